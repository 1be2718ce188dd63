package starman.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Set;
import starman.javatime.JavaTime;
import starman.json.JsonException;
import starman.json.JsonWriter;
import starman.metrics.Dashboard;
import starman.metrics.ListenIndex;
import starman.metrics.RecordingLengths;
import starman.metrics.Totals;
import starman.normalize.ArtistFilter;
import starman.normalize.Normalizer;
import starman.normalize.ReleaseGroupResolver;

/** {@code stats}: the table for one artist at one instant, from a file of listens, as one JSON object. */
final class StatsCommand {
    private StatsCommand() {
    }

    static final String USAGE = "usage: starman stats --listens FILE [--artist NAME] [--artist-mbid MBID] [--tz ZONE]"
            + " [--now ISO_INSTANT] [--week-start MONDAY]\n"
            + "  FILE: a ListenBrainz export ZIP (listenbrainz_NAME_TS.zip), an export made before August 2024\n"
            + "        (a JSON array of listens, NAME_lb-YYYY-MM-DD.json), export JSONL (one listen a line)\n"
            + "        or an API page\n"
            + "  defaults: --artist \"David Bowie\" (matched by MBID when listens carry one), --tz UTC,"
            + " --now the current time, --week-start MONDAY";

    static int run(String[] args, PrintStream out) throws IOException {
        Options o = new Options(args, Set.of("listens", "artist", "artist-mbid", "tz", "now", "week-start"), Set.of("help"));
        if (o.has("help")) {
            out.println(USAGE);
            return 0;
        }
        Path file = Path.of(o.required("listens"));
        String name = o.get("artist", ArtistFilter.DAVID_BOWIE.name());
        ArtistFilter artist = o.has("artist-mbid") ? new ArtistFilter(name, o.get("artist-mbid", null)) : ArtistFilter.byName(name);
        ZoneId zone = zone(o.get("tz", "UTC"));
        Instant now = o.has("now") ? instant(o.get("now", null)) : Instant.ofEpochSecond(Instant.now().getEpochSecond());
        DayOfWeek weekStart = weekStart(o.get("week-start", "MONDAY"));

        ListenIndex index = new ListenIndex(new Normalizer(ReleaseGroupResolver.NONE), artist,
                JavaTime.periods(zone, weekStart), RecordingLengths.NONE);
        try {
            if (ListenFiles.isApiPage(file)) {
                index.addAll(ListenFiles.readPage(file));
            } else {
                StreamedStats.read(file, index);
            }
        } catch (NoSuchFileException e) {
            throw new IOException(file + ": no such file", e);
        } catch (JsonException e) {
            throw new IOException(file + ": not ListenBrainz JSON: " + e.getMessage(), e);
        }
        out.println(json(name, zone, now, index.dashboard(now.getEpochSecond())));
        return 0;
    }

    static String json(String artist, ZoneId zone, Instant now, Dashboard d) {
        JsonWriter w = new JsonWriter().beginObject();
        w.name("artist").value(artist);
        w.name("tz").value(zone.getId());
        w.name("now").value(now.toString());
        w.name("pace").beginObject();
        w.name("songs").value(d.pace().songs());
        w.name("minutes").value(d.pace().minutes());
        w.endObject();
        period(w, "today", d.today());
        period(w, "week", d.week());
        period(w, "month", d.month());
        period(w, "all_time", d.allTime());
        w.name("unknown_duration_songs").value(d.allTime().unknownDuration());
        w.name("sprint_per_hour").value(d.sprintPerHour());
        return w.endObject().toString();
    }

    private static void period(JsonWriter w, String name, Totals t) {
        w.name(name).beginObject();
        w.name("songs").value(t.songs());
        w.name("albums").value(t.albums());
        w.name("minutes").value(t.minutes());
        w.endObject();
    }

    private static ZoneId zone(String id) {
        try {
            return ZoneId.of(id);
        } catch (DateTimeException e) {
            throw new UsageException("unknown time zone '" + id + "'");
        }
    }

    private static Instant instant(String iso) {
        try {
            return Instant.parse(iso);
        } catch (DateTimeException e) {
            throw new UsageException("--now must be an ISO instant such as 2025-03-30T12:00:00Z, not '" + iso + "'");
        }
    }

    private static DayOfWeek weekStart(String day) {
        try {
            return DayOfWeek.valueOf(day.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new UsageException("--week-start must be a day such as MONDAY, not '" + day + "'");
        }
    }
}
