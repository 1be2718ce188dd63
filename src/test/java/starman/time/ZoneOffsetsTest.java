package starman.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;
import starman.javatime.JavaTime;

/** Local days from a zone's offsets, against java.time's rules as the reference. */
class ZoneOffsetsTest {
    @Provide
    Arbitrary<String> zones() {
        // summer time at midnight (Santiago, Havana), a skipped day (Apia, 2011), half hours (Lord Howe, Kolkata)
        return Arbitraries.of("Europe/London", "America/New_York", "Australia/Lord_Howe", "Asia/Kolkata",
                "America/Santiago", "America/Havana", "Pacific/Apia", "Asia/Tehran", "America/Sao_Paulo", "UTC");
    }

    @Property(tries = 2_000)
    void localDaysAndTheirStartsAreJavaTimes(@ForAll("zones") String id,
                                            @ForAll @LongRange(min = 631_152_000L, max = 2_208_988_800L) long t) {
        ZoneId zone = ZoneId.of(id);
        ZoneOffsets offsets = JavaTime.offsets(zone);
        LocalDate date = Instant.ofEpochSecond(t).atZone(zone).toLocalDate();

        assertThat(offsets.offsetAt(t)).isEqualTo(zone.getRules().getOffset(Instant.ofEpochSecond(t)).getTotalSeconds());
        assertThat(offsets.epochDay(t)).isEqualTo(date.toEpochDay());
        for (int d = -1; d <= 1; d++) {
            LocalDate day = date.plusDays(d);
            assertThat(offsets.startOfDay((int) day.toEpochDay())).as("%s %s", id, day)
                    .isEqualTo(day.atStartOfDay(zone).toEpochSecond());
        }
    }

    @Test
    void aDaySkippedWholeStartsWhereTheNextBegins() {
        ZoneId apia = ZoneId.of("Pacific/Apia");
        ZoneOffsets offsets = JavaTime.offsets(apia);
        LocalDate skipped = LocalDate.of(2011, 12, 30);

        assertThat(offsets.startOfDay((int) skipped.toEpochDay()))
                .isEqualTo(skipped.atStartOfDay(apia).toEpochSecond())
                .isEqualTo(offsets.startOfDay((int) skipped.plusDays(1).toEpochDay()));
    }

    @Test
    void offsetsMustFitTheirChanges() {
        assertThatThrownBy(() -> new ZoneOffsets("x", new long[] {5}, new int[] {0})).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ZoneOffsets("x", new long[] {5, 5}, new int[] {0, 1, 2}))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(ZoneOffsets.UTC.epochDay(-1)).isEqualTo(-1);
        assertThat(ZoneOffsets.UTC.startOfDay(1)).isEqualTo(86_400);
    }
}
