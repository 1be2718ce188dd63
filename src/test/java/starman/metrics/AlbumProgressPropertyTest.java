package starman.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import starman.bench.SyntheticHistory;
import starman.javatime.JavaTime;
import starman.model.Listen;
import starman.normalize.ArtistFilter;
import starman.normalize.CanonicalKeys;
import starman.normalize.Normalizer;
import starman.normalize.ReleaseGroupResolver;
import starman.normalize.TextKeys;
import starman.random.SplitMix64;

/** Sessions, completion and focus breaks against loops over listen objects. */
class AlbumProgressPropertyTest {
    static final Normalizer NORMALIZER = new Normalizer(ReleaseGroupResolver.NONE);

    @Property(tries = 30)
    void completionAndFocusMatchReference(@ForAll long seed) {
        List<Listen> history = SyntheticHistory.random(new SplitMix64(seed), 1_743_328_800L, 3, 300);
        ListenIndex index = new ListenIndex(NORMALIZER, ArtistFilter.DAVID_BOWIE,
                JavaTime.periods(ZoneId.of("UTC"), DayOfWeek.MONDAY), SyntheticHistory.LENGTHS);
        index.addAll(history);
        AlbumProgress progress = new AlbumProgress(index, SyntheticHistory.TRACK_LISTS);

        List<Listen> listens = new ArrayList<>();
        for (Listen l : history) {
            if (ArtistFilter.DAVID_BOWIE.matches(l.track())) {
                listens.add(l);
            }
        }
        listens.sort(Comparator.comparingLong(Listen::listenedAt).thenComparingLong(l -> ListenIndex.hash(l.recordingMsid())));
        List<CanonicalKeys> keys = listens.stream().map(l -> NORMALIZER.keys(l.track())).toList();
        List<String> albums = ReferenceAlbums.canonical(keys);
        assertThat(index.size()).isEqualTo(listens.size());

        for (int i = 0; i < listens.size(); i++) {
            int start = i;
            while (start > 0 && listens.get(start).listenedAt() - end(listens.get(start - 1), keys.get(start - 1)) <= 1800) {
                start--;
            }
            assertThat(progress.sessionStart(i)).isEqualTo(start);
            assertThat(counts(progress.completionAt(i))).isEqualTo(counts(completion(keys, albums, start, i + 1, i)));
            AlbumProgress.Completion left = null;
            String previous = i > start ? albums.get(i - 1) : null;
            String current = albums.get(i);
            if (previous != null && current != null && !previous.equals(current)) {
                AlbumProgress.Completion c = completion(keys, albums, start, i, i - 1);
                left = c != null && c.heard() < c.total() * 0.5 ? c : null;
            }
            assertThat(counts(progress.focusBreak(i, 0.5))).isEqualTo(counts(left));
        }
    }

    /** How much of the album of listen {@code of} the listens [from, to) heard; null without a track list. */
    private static AlbumProgress.Completion completion(List<CanonicalKeys> keys, List<String> albums, int from, int to,
                                                        int of) {
        String album = albums.get(of);
        if (album == null || !album.startsWith("mb:")) {
            return null;
        }
        List<TrackLists.Track> tracks = SyntheticHistory.TRACK_LISTS.tracks(album.substring(3));
        if (tracks == null) {
            return null;
        }
        int heard = 0;
        for (TrackLists.Track t : tracks) {
            for (int j = from; j < to; j++) {
                CanonicalKeys k = keys.get(j);
                if (album.equals(albums.get(j)) && (k.recordingKey().equals("mb:" + t.recordingMbid())
                        || k.titleKey().equals(TextKeys.title(t.title())))) {
                    heard++;
                    break;
                }
            }
        }
        return new AlbumProgress.Completion("", heard, tracks.size());
    }

    /** Completions without the album's display name, which is whichever release name the index saw first. */
    private static List<Integer> counts(AlbumProgress.Completion c) {
        return c == null ? null : List.of(c.heard(), c.total());
    }

    private static long end(Listen l, CanonicalKeys k) {
        long ms = l.track().additionalInfo().effectiveDurationMs();
        if (ms < 0 && k.recordingKey().startsWith("mb:")) {
            ms = SyntheticHistory.LENGTHS.lengthMs(k.recordingKey().substring(3));
        }
        return l.listenedAt() + (ms > 0 ? ms / 1000 : 0);
    }
}
