package starman.metrics.charts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import starman.metrics.charts.SprintGauge.Zone;

class SprintGaugeTest {
    @Test
    void zonesAreWholeSongsPerQuarterHour() {
        // the pace is songs in 15 minutes times four: 0, 1-2, 3-4 and 5+ songs
        assertThat(List.of(0, 1, 2, 3, 4, 5, 9).stream().map(songs -> Zone.of(songs * 4.0)).toList())
                .containsExactly(Zone.REST, Zone.WARM_UP, Zone.WARM_UP, Zone.CARDIO, Zone.CARDIO, Zone.PEAK, Zone.PEAK);
        assertThat(Zone.REST.range()).isEqualTo("Rest: under 4 songs an hour");
        assertThat(Zone.WARM_UP.range()).isEqualTo("Warm-up: 4 to 11 songs an hour");
        assertThat(Zone.PEAK.range()).isEqualTo("Peak: 20 songs an hour or more");
    }

    @Test
    void theSceneSaysThePaceAndItsZone() {
        Scene scene = SprintGauge.scene(12);
        assertThat(scene.title()).isEqualTo("Sprint pace: 12 songs an hour, cardio zone");
        List<String> labels = scene.shapes().stream().filter(s -> s instanceof Shape.Box)
                .map(s -> ((Shape.Box) s).label()).toList();
        assertThat(labels).containsExactly(Zone.REST.range(), Zone.WARM_UP.range(), Zone.CARDIO.range(),
                Zone.PEAK.range(), scene.title());
    }

    /** The needle lies inside the bar, in the box of its own zone (or at the end, past the scale). */
    @Property
    void theNeedleSitsInItsZone(@ForAll @IntRange(min = 0, max = 60) int songs) {
        double perHour = songs * 4.0;
        Scene scene = SprintGauge.scene(perHour);
        List<Shape.Box> boxes = scene.shapes().stream().filter(s -> s instanceof Shape.Box).map(s -> (Shape.Box) s)
                .toList();
        Shape.Box needle = boxes.get(boxes.size() - 1);
        Shape.Box zone = boxes.get(Zone.of(perHour).ordinal());
        double middle = needle.x() + needle.width() / 2;
        assertThat(middle).isBetween(zone.x(), zone.x() + zone.width());
        assertThat(needle.x()).isGreaterThanOrEqualTo(0);
        assertThat(needle.x() + needle.width()).isLessThanOrEqualTo(scene.width());
    }
}
