package starman.exporter;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;
import starman.model.AdditionalInfo;
import starman.model.Listen;
import starman.model.MbidMapping;
import starman.model.TrackMetadata;
import starman.normalize.CanonicalKeys;
import starman.normalize.Normalizer;
import starman.normalize.ReleaseGroupResolver;

class CsvExportTest {
    /** Over LocalDate's years, -999,999,999 to 999,999,999. */
    @Property(tries = 3000)
    void writesInstantsAsJavaTimeDoes(@ForAll @LongRange(min = -31_557_014_135_596_800L,
            max = 31_556_889_832_780_799L) long epochSecond) {
        StringBuilder out = new StringBuilder();
        CsvExport.utc(out, epochSecond);
        assertThat(out.toString()).isEqualTo(Instant.ofEpochSecond(epochSecond).toString());
    }

    private static String csv(Listen... listens) {
        List<String> parts = new ArrayList<>();
        CsvExport export = new CsvExport(new Normalizer(ReleaseGroupResolver.NONE),
                mbid -> mbid.equals("rec-1") ? 183_000 : -1, parts::add, 1 << 16);
        for (Listen listen : listens) {
            export.add(listen);
        }
        export.finish();
        return String.join("", parts);
    }

    private static Listen listen(String artist, String track, String release, Long durationMs, MbidMapping mapping) {
        AdditionalInfo info = new AdditionalInfo(durationMs, null, null, null, null, List.of(), null, null, Map.of());
        return new Listen(1_700_000_000L, 0, "m", "rob", new TrackMetadata(artist, track, release, info, mapping));
    }

    @Test
    void quotesCommasQuotesAndLineBreaksAndKeepsFormulasText() {
        Listen hostile = listen("=cmd|' /C calc'!A0", "-1", "@SUM(A1)", null, null);
        CanonicalKeys keys = new Normalizer(ReleaseGroupResolver.NONE).keys(hostile.track());
        String csv = csv(listen("Queen, David Bowie", "Under \"Pressure\"", "Hot\nSpace", 248_000L, null), hostile);

        assertThat(csv).isEqualTo(CsvExport.HEADER + "\r\n"
                + "2023-11-14T22:13:20Z,\"Queen, David Bowie\",\"Under \"\"Pressure\"\"\",\"Hot\nSpace\","
                + "t:queen|under pressure,t:queen|hot space,4.13\r\n"
                + "2023-11-14T22:13:20Z,'=cmd|' /C calc'!A0,'-1,'@SUM(A1)," + keys.recordingKey() + ","
                + keys.albumKey() + ",\r\n");
    }

    @Test
    void aFormulaBehindALeadingTabOrCarriageReturnIsKeptTextToo() {
        StringBuilder tab = new StringBuilder();
        CsvExport.field(tab, "\t=HYPERLINK(\"http://evil\")");
        StringBuilder cr = new StringBuilder();
        CsvExport.field(cr, "\r+1");

        assertThat(tab.toString()).isEqualTo("\"'\t=HYPERLINK(\"\"http://evil\"\")\"");
        assertThat(cr.toString()).isEqualTo("\"'\r+1\"");
    }

    @Test
    void canonicalKeysComeFromTheMappingAndMinutesFromMetadataWhenNoDurationWasSent() {
        MbidMapping mapping = new MbidMapping("rec-1", "Sound and Vision", "rel-1", "rg-low", List.of(), List.of(),
                null, null);

        assertThat(csv(listen("David Bowie", "Sound and Vision", "Low", null, mapping)))
                .endsWith("\r\n2023-11-14T22:13:20Z,David Bowie,Sound and Vision,Low,mb:rec-1,mb:rg-low,3.05\r\n");
    }
}
