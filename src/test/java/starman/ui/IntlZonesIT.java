package starman.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.JavascriptExecutor;
import starman.simulator.ListenBrainzSimulator;
import starman.testing.Chromium;
import starman.testing.Site;
import starman.time.ZoneOffsets;

/**
 * The page's time zones come from Chromium's Intl data (the site's zones.js), the JVM's from java.time: both must give
 * every zone the same offsets at every instant from 1990 on, through DST changes, half-hour and 45-minute offsets,
 * zones that dropped or gained DST and days skipped.
 */
class IntlZonesIT {
    /** 1990-01-01, where zones.js starts, to 2037-01-01: rules both tz databases have had for years. */
    private static final long FROM = 631_152_000L;
    private static final long TO = 2_114_380_800L;
    private static final List<String> ZONES = List.of("UTC", "Europe/London", "Europe/Dublin", "Europe/Berlin",
            "Europe/Moscow", "Europe/Volgograd", "Europe/Istanbul", "Europe/Lisbon", "America/New_York",
            "America/Chicago", "America/Los_Angeles", "America/St_Johns", "America/Havana", "America/Sao_Paulo",
            "America/Santiago", "America/Caracas", "America/Mexico_City", "America/Whitehorse", "America/Nuuk",
            "Africa/Casablanca", "Africa/Cairo", "Africa/Juba", "Asia/Tehran", "Asia/Kolkata", "Asia/Kathmandu",
            "Asia/Pyongyang", "Asia/Jerusalem", "Asia/Amman", "Asia/Tokyo", "Asia/Shanghai", "Australia/Sydney",
            "Australia/Adelaide", "Australia/Eucla", "Australia/Lord_Howe", "Pacific/Auckland", "Pacific/Chatham",
            "Pacific/Apia", "Pacific/Kiritimati", "Pacific/Fiji", "Antarctica/Troll");

    /**
     * Zones whose rules changed after this JDK's tz database (2025a in JDK 17.0.15) and before the browser's: compared
     * up to the change. Chromium 156 has Morocco on +00 from 2026-09-20 (node's ICU, tz 2025c, and Debian's 2025b
     * still say +01).
     */
    private static final Map<String, Long> CHANGED_SINCE = Map.of("Africa/Casablanca", 1_789_866_000L);

    private ListenBrainzSimulator simulator;

    @AfterEach
    void stop() {
        if (simulator != null) {
            simulator.close();
        }
    }

    @Test
    void everyZoneHasJavaTimesOffsetsAtEveryInstant() throws Exception {
        try (Chromium chromium = Chromium.start(1280, 800)) {
            JavascriptExecutor js = open(chromium);
            List<String> disagreements = new ArrayList<>();
            for (String id : ZONES) {
                disagreements.addAll(disagreements(offsets(id, js.executeScript("localStorage.clear();"
                        + " return starmanZoneOffsets(arguments[0]);", id)), id));
            }
            assertThat(disagreements).isEmpty();
        }
    }

    @Test
    void aZoneIsKeptPerBrowserAndAnUnknownOneIsNone() throws Exception {
        try (Chromium chromium = Chromium.start(1280, 800)) {
            JavascriptExecutor js = open(chromium);
            String id = "Australia/Lord_Howe";
            js.executeScript("localStorage.clear();");
            Object first = js.executeScript("return starmanZoneOffsets(arguments[0]);", id);
            assertThat((String) js.executeScript("return localStorage.getItem('starman-zone-v2:' + arguments[0]);",
                    id)).contains("\"changes\"");
            assertThat(disagreements(offsets(id, js.executeScript("return starmanZoneOffsets(arguments[0]);", id)), id))
                    .as("the kept copy").isEmpty();
            assertThat(disagreements(offsets(id, first), id)).isEmpty();

            // kept by an older browser (whose rules may be out of date): worked out again
            js.executeScript("localStorage.setItem('starman-zone-v2:' + arguments[0],"
                    + " JSON.stringify({browser: 'an older browser', changes: [], offsets: [0]}));", id);
            assertThat(disagreements(offsets(id, js.executeScript("return starmanZoneOffsets(arguments[0]);", id)), id))
                    .isEmpty();

            assertThat(js.executeScript("return starmanZoneOffsets('Mars/Olympus_Mons');")).isNull();
        }
    }

    private JavascriptExecutor open(Chromium chromium) throws Exception {
        simulator = ListenBrainzSimulator.builder().demoUser(10, 7).site(Site.directory(), "/starman/").start();
        chromium.driver().get(simulator.baseUrl() + "/starman/");
        return (JavascriptExecutor) chromium.driver();
    }

    /** A zone as zones.js found it. */
    private record Found(ZoneOffsets offsets, long[] changes) {
    }

    private static Found offsets(String id, Object found) {
        assertThat(found).as(id + " in Chromium's Intl").isInstanceOf(Map.class);
        List<?> changes = (List<?>) ((Map<?, ?>) found).get("changes");
        List<?> offsets = (List<?>) ((Map<?, ?>) found).get("offsets");
        long[] at = new long[changes.size()];
        int[] offset = new int[offsets.size()];
        for (int i = 0; i < at.length; i++) {
            at[i] = ((Number) changes.get(i)).longValue();
        }
        for (int i = 0; i < offset.length; i++) {
            offset[i] = ((Number) offsets.get(i)).intValue();
        }
        return new Found(new ZoneOffsets(id, at, offset), at);
    }

    /**
     * Where the page's offsets differ from java.time's in [FROM, TO): both are step functions, so comparing them at the
     * start and on either side of every change of either one compares them at every instant.
     */
    private static List<String> disagreements(Found page, String id) {
        ZoneRules rules = ZoneId.of(id).getRules();
        TreeSet<Long> points = new TreeSet<>(List.of(FROM));
        for (long change : page.changes()) {
            points.add(change - 1);
            points.add(change);
        }
        for (ZoneOffsetTransition t = rules.nextTransition(Instant.ofEpochSecond(FROM));
             t != null && t.toEpochSecond() < TO; t = rules.nextTransition(t.getInstant())) {
            points.add(t.toEpochSecond() - 1);
            points.add(t.toEpochSecond());
        }
        List<String> found = new ArrayList<>();
        for (long t : points.subSet(FROM, CHANGED_SINCE.getOrDefault(id, TO))) {
            int intl = page.offsets().offsetAt(t);
            int javaTime = rules.getOffset(Instant.ofEpochSecond(t)).getTotalSeconds();
            if (intl != javaTime) {
                found.add(id + " at " + Instant.ofEpochSecond(t) + ": Intl " + intl + " s, java.time " + javaTime + " s");
            }
        }
        return found;
    }
}
