package starman.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.function.Predicate;
import java.util.List;
import org.junit.jupiter.api.Test;
import starman.listenbrainz.ListenBrainzClient;
import starman.model.AdditionalInfo;
import starman.model.MbidMapping;
import starman.model.TrackMetadata;
import starman.normalize.ArtistFilter;
import starman.time.Weekday;

class SettingsTest {
    private static final String BJORK_MBID = "87c5dedd-371d-4a53-9f7f-80522fb7f3cb";

    @Test
    void everyChoiceSurvivesTheJsonRoundTrip() {
        Settings chosen = new Settings("rob", "http://127.0.0.1:9/", "sec-ret", "Björk", BJORK_MBID,
                "Asia/Tokyo", Weekday.SUNDAY, 7);

        assertThat(Settings.parse(chosen.toJson())).isEqualTo(chosen);
    }

    @Test
    void settingsSavedBeforeTheNewFieldsStillParseWithTheDefaults() {
        Settings old = Settings.parse("{\"user\":\"rob\",\"api_root\":\"http://127.0.0.1:8080\"}");

        assertThat(old).isEqualTo(new Settings("rob", "http://127.0.0.1:8080", "", "David Bowie", "", "",
                Weekday.MONDAY, 3));
        assertThat(old.hasToken()).isFalse();
        assertThat(old.artistFilter()).isEqualTo(ArtistFilter.DAVID_BOWIE);
        assertThat(old.rescanSeconds()).isEqualTo(3 * 86_400);
    }

    @Test
    void unknownFieldsNullsAndAStrangeWeekDayTakeTheDefaults() {
        Settings s = Settings.parse("{\"user\":\"rob\",\"future\":[1,{\"x\":2}],\"token\":null,\"artist\":null,"
                + "\"week_start\":\"SOMEDAY\",\"rescan_days\":null}");

        assertThat(s).isEqualTo(new Settings("rob", ListenBrainzClient.DEFAULT_API_ROOT));
    }

    @Test
    void theTokenNeverAppearsInTheTextForm() {
        Settings s = new Settings("rob", null, "sec-ret-token", null, null, null, null, 3);

        assertThat(s.toString()).doesNotContain("sec-ret-token").contains("token=(set)").contains("user=rob");
    }

    @Test
    void theFilterMatchesByNameOrByTheGivenMbid() {
        TrackMetadata byName = new TrackMetadata("Björk", "Jóga", "Homogenic", null, null);
        TrackMetadata otherMbid = new TrackMetadata("Bjork", "Jóga", "Homogenic", AdditionalInfo.EMPTY,
                new MbidMapping(null, null, null, null, List.of("11111111-1111-1111-1111-111111111111"), null, null, null));
        Settings nameOnly = Settings.check("rob", null, "", "bjork", "", "", "MONDAY", "3", JAVA_ZONES).settings();
        Settings withMbid = Settings.check("rob", null, "", "Björk", BJORK_MBID.toUpperCase(), "", "MONDAY", "3", JAVA_ZONES)
                .settings();

        assertThat(nameOnly.artistFilter().matches(byName)).isTrue();
        assertThat(withMbid.artistMbid()).isEqualTo(BJORK_MBID);
        assertThat(withMbid.artistFilter().matches(byName)).isTrue(); // no MBID on the listen: the name decides
        assertThat(withMbid.artistFilter().matches(otherMbid)).isFalse();
        assertThat(nameOnly.artistFilter().matches(otherMbid)).isTrue();
    }

    @Test
    void anEmptyZoneFollowsTheDevice() {
        assertThat(new Settings("rob", null).zoneId("Europe/Berlin")).isEqualTo("Europe/Berlin");
        assertThat(Settings.check("rob", null, "", "x", "", " Asia/Tokyo ", "monday", "0", JAVA_ZONES).settings()
                .zoneId("Europe/Berlin")).isEqualTo("Asia/Tokyo");
    }

    @Test
    void badInputGetsASentenceThatSaysWhatToCorrect() {
        assertThat(check("rob", " ", "", "", "MONDAY", "3")).startsWith("Enter the artist to follow");
        assertThat(check("rob", "Björk", "not-an-id", "", "MONDAY", "3"))
                .startsWith("'not-an-id' is not a MusicBrainz artist id");
        assertThat(check("rob", "Björk", "", "Mars/Olympus", "MONDAY", "3"))
                .isEqualTo("Starman does not know the time zone 'Mars/Olympus'; use a name such as Europe/London,"
                        + " or leave it empty for this device's zone.");
        assertThat(check("rob", "Björk", "", "+02:00", "MONDAY", "3")).contains("time zone '+02:00'");
        assertThat(check("rob", "Björk", "", "", "FUNDAY", "3")).isEqualTo("Choose the day your weeks start on.");
        assertThat(check("rob", "Björk", "", "", "MONDAY", "31"))
                .isEqualTo("The re-scan window is a whole number of days from 0 to 30.");
        assertThat(check("rob", "Björk", "", "", "MONDAY", "two")).startsWith("The re-scan window");
        assertThat(check("rob", "Björk", "", "UTC", "sunday", " 30 ")).isNull();
    }

    @Test
    void theIndexIsRebuiltForArtistZoneAndWeekAndTheSyncRestartedForTheRest() {
        Settings before = new Settings("rob", null);

        assertThat(new Settings("rob", null, "", "Björk", "", "", Weekday.MONDAY, 3).changesIndex(before)).isTrue();
        assertThat(new Settings("rob", null, "", null, "", "UTC", Weekday.MONDAY, 3).changesIndex(before)).isTrue();
        assertThat(new Settings("rob", null, "", null, "", "", Weekday.SUNDAY, 3).changesIndex(before)).isTrue();
        assertThat(new Settings("rob", null, "t", null, "", "", Weekday.MONDAY, 3).changesIndex(before)).isFalse();
        assertThat(new Settings("rob", null, "t", null, "", "", Weekday.MONDAY, 3).changesSync(before)).isTrue();
        assertThat(new Settings("rob", null, "", null, "", "", Weekday.MONDAY, 9).changesSync(before)).isTrue();
        assertThat(new Settings("rob", null, "", "Björk", "", "UTC", Weekday.MONDAY, 3).changesSync(before))
                .isFalse();
        assertThat(new Settings("rob", null, "", null, "", "", null, 3).zoneId("UTC")).isEqualTo("UTC");
    }

    private static String check(String user, String artist, String mbid, String zone, String weekStart, String days) {
        return Settings.check(user, null, "", artist, mbid, zone, weekStart, days, JAVA_ZONES).problem();
    }

    /** The zone ids java.time knows, as the browser's Intl would know them. */
    private static final Predicate<String> JAVA_ZONES = id -> {
        try {
            ZoneId.of(id);
            return true;
        } catch (DateTimeException unknown) {
            return false;
        }
    };
}
