package starman.coach;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import starman.bench.SyntheticHistory;
import starman.javatime.JavaTime;
import starman.metrics.ListenIndex;
import starman.metrics.ReferenceAlbums;
import starman.metrics.TrackLists;
import starman.model.Listen;
import starman.normalize.ArtistFilter;
import starman.normalize.CanonicalKeys;
import starman.normalize.Normalizer;
import starman.normalize.ReleaseGroupResolver;
import starman.normalize.TextKeys;
import starman.random.SplitMix64;

/** Replaying a history track by track, the coach celebrates and warns exactly when a brute-force count says so. */
class CoachPropertyTest {
    static final Normalizer NORMALIZER = new Normalizer(ReleaseGroupResolver.NONE);

    @Property(tries = 25)
    void completionsAndFocusBreaksMatchReference(@ForAll long seed) {
        List<Listen> listens = new ArrayList<>();
        for (Listen l : SyntheticHistory.random(new SplitMix64(seed), 1_743_328_800L, 3, 250)) {
            boolean twin = !listens.isEmpty() && listens.get(listens.size() - 1).listenedAt() == l.listenedAt();
            if (ArtistFilter.DAVID_BOWIE.matches(l.track()) && !twin) {
                listens.add(l);
            }
        }
        ListenIndex index = new ListenIndex(NORMALIZER, ArtistFilter.DAVID_BOWIE,
                JavaTime.periods(ZoneId.of("UTC"), DayOfWeek.MONDAY), SyntheticHistory.LENGTHS);
        Coach coach = new Coach(index, SyntheticHistory.TRACK_LISTS, 0.5);
        int completions = 0;
        int breaks = 0;
        for (Listen l : listens) {
            index.add(l);
            for (Message m : coach.react(CoachEvent.trackEnded(l.listenedAt(), l.key()), null)) {
                completions += m.kind() == Message.Kind.ALBUM_COMPLETE ? 1 : 0;
                breaks += m.kind() == Message.Kind.FOCUS_BREAK ? 1 : 0;
            }
        }
        assertThat(new int[]{completions, breaks}).containsExactly(reference(listens));
    }

    /**
     * {completions, focus breaks}, each listen judged with the album keys known when it ended (a later
     * mapped listen can tie an unmapped title to a release group only from then on).
     */
    private static int[] reference(List<Listen> listens) {
        List<CanonicalKeys> keys = listens.stream().map(l -> NORMALIZER.keys(l.track())).toList();
        int completions = 0;
        int breaks = 0;
        int start = 0;
        for (int i = 0; i < listens.size(); i++) {
            if (i > 0 && listens.get(i).listenedAt() - end(listens.get(i - 1), keys.get(i - 1)) > 1800) {
                start = i;
            }
            List<String> albums = ReferenceAlbums.canonical(keys.subList(0, i + 1));
            String album = albums.get(i);
            String previous = i > start ? albums.get(i - 1) : null;
            if (album != null && previous != null && !album.equals(previous)) {
                List<TrackLists.Track> left = tracks(previous);
                breaks += left != null && heard(keys, albums, previous, start, i) < left.size() * 0.5 ? 1 : 0;
            }
            List<TrackLists.Track> tracks = tracks(album);
            if (tracks != null && heard(keys, albums, album, start, i) < tracks.size()
                    && heard(keys, albums, album, start, i + 1) == tracks.size()) {
                completions++;
            }
        }
        return new int[]{completions, breaks};
    }

    /** How many tracks of {@code album} the listens [from, to) of that album heard. */
    private static int heard(List<CanonicalKeys> keys, List<String> albums, String album, int from, int to) {
        Set<Integer> heard = new HashSet<>();
        List<TrackLists.Track> tracks = tracks(album);
        for (int j = from; j < to; j++) {
            for (int t = 0; album.equals(albums.get(j)) && t < tracks.size(); t++) {
                if (keys.get(j).recordingKey().equals(CanonicalKeys.mbidKey(tracks.get(t).recordingMbid()))
                        || keys.get(j).titleKey().equals(TextKeys.title(tracks.get(t).title()))) {
                    heard.add(t);
                }
            }
        }
        return heard.size();
    }

    private static List<TrackLists.Track> tracks(String album) {
        String mbid = album == null ? null : CanonicalKeys.mbidOf(album);
        return mbid == null ? null : SyntheticHistory.TRACK_LISTS.tracks(mbid);
    }

    private static long end(Listen l, CanonicalKeys k) {
        long ms = l.track().additionalInfo().effectiveDurationMs();
        String mbid = CanonicalKeys.mbidOf(k.recordingKey());
        if (ms < 0 && mbid != null) {
            ms = SyntheticHistory.LENGTHS.lengthMs(mbid);
        }
        return l.listenedAt() + (ms > 0 ? ms / 1000 : 0);
    }
}
