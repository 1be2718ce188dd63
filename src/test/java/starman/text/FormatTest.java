package starman.text;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;

class FormatTest {
    /** The page's plain decimals read as the JDK prints the same rounded number. */
    @Property
    void plainReadsAsTheJdkPrintsTheRoundedNumber(@ForAll @LongRange(min = -10_000_000, max = 10_000_000) long units,
                                                  @ForAll boolean hundredths) {
        int digits = hundredths ? 2 : 1;
        double scale = hundredths ? 100.0 : 10.0;
        String jdk = units % (long) scale == 0 ? Long.toString(units / (long) scale) : Double.toString(units / scale);
        assertThat(Format.plain(units / scale, digits)).isEqualTo(jdk);
    }
}
