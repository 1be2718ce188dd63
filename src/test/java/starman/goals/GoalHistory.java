package starman.goals;

import java.time.DayOfWeek;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import starman.javatime.JavaTime;
import starman.listenbrainz.ArtistReleaseGroup;
import starman.metrics.ListenIndex;
import starman.metrics.RecordingLengths;
import starman.metrics.TrackLists;
import starman.model.AdditionalInfo;
import starman.model.Listen;
import starman.model.MbidMapping;
import starman.model.TrackMetadata;
import starman.normalize.ArtistFilter;
import starman.normalize.Normalizer;
import starman.normalize.ReleaseGroupResolver;

/** Listens for the goal tests: mapped to release groups rg-0 … rg-5, whose track lists are t0 … t4 of each. */
public final class GoalHistory {
    public static final int TRACKS = 5;
    public static final TrackLists TRACK_LISTS = rg -> rg.startsWith("rg-")
            ? IntStream.range(0, TRACKS).mapToObj(i -> new TrackLists.Track("rec-" + rg + " t" + i,
                    rg + " t" + i)).toList() : null;
    /**
     * The artist's discography: rg-2, rg-0 and rg-1 (twice) are studio albums, as is tba, whose track list is not
     * known; rg-3 is an EP, rg-4 a soundtrack and rg-5 live.
     */
    public static final List<ArtistReleaseGroup> DISCOGRAPHY = List.of(
            group("rg-2", "1977-01-14", "Album", List.of()), group("rg-0", "1971-12-17", "Album", List.of()),
            group("rg-1", "1972-06-16", "Album", List.of()), group("rg-3", "1973-01-01", "EP", List.of()),
            group("rg-4", "1974-05-24", "Album", List.of("Soundtrack")), group("tba", "2030", "Album", List.of()),
            group("rg-5", "1978-09-08", "Album", List.of("Live")), group("rg-1", "1972-06-16", "Album", List.of()));
    /** Its studio albums with a track list, in release order. */
    public static final List<String> STUDIO = List.of("rg-0", "rg-1", "rg-2");

    private static ArtistReleaseGroup group(String rg, String date, String type, List<String> secondary) {
        return new ArtistReleaseGroup(rg, "Album " + rg.replace("rg-", ""), "David Bowie", date, type, secondary);
    }

    private GoalHistory() {
    }

    /** A listen of track {@code track} (0..6: 5 and 6 are not on the album's list) of album rg-{@code album}. */
    public static Listen listen(long t, int album, int track, long durationMs) {
        String rg = "rg-" + album;
        String title = rg + " t" + track;
        AdditionalInfo info = new AdditionalInfo(durationMs < 0 ? null : durationMs, null, null, null, null, List.of(),
                null, null, Map.of());
        MbidMapping mapping = new MbidMapping("rec-" + title, title, "rel-" + rg, rg,
                List.of(ArtistFilter.DAVID_BOWIE.mbid()), List.of(), null, null);
        return new Listen(t, 0, "msid-" + t + "-" + title, "u",
                new TrackMetadata("David Bowie", title, "Album " + album, info, mapping));
    }

    public static ListenIndex index(ZoneId zone, DayOfWeek weekStart, List<Listen> listens) {
        ListenIndex index = new ListenIndex(new Normalizer(ReleaseGroupResolver.NONE), ArtistFilter.DAVID_BOWIE,
                JavaTime.periods(zone, weekStart), RecordingLengths.NONE);
        index.addAll(listens);
        return index;
    }
}
