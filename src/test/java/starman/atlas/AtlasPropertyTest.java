package starman.atlas;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import starman.javatime.JavaTime;
import starman.listenbrainz.ArtistReleaseGroup;
import starman.metrics.DrillDown;
import starman.metrics.ListenIndex;
import starman.metrics.ListenLength;
import starman.metrics.MetadataCache;
import starman.metrics.ReferenceAlbums;
import starman.metrics.TrackLists;
import starman.model.AdditionalInfo;
import starman.model.Listen;
import starman.model.MbidMapping;
import starman.model.TrackMetadata;
import starman.normalize.ArtistFilter;
import starman.normalize.CanonicalKeys;
import starman.normalize.Normalizer;
import starman.normalize.TextKeys;
import starman.random.SplitMix64;
import starman.simulator.Catalogue;
import starman.simulator.HistoryGenerator;

/**
 * The atlas against a brute-force reference that walks every listen for every track: the simulator's history (remasters,
 * unmapped listens, missing durations, ties) with whole albums played in order added, over the simulator's discography,
 * some track lists not known yet.
 */
class AtlasPropertyTest {
    static final long END = 1_764_000_000L;
    static final ArtistFilter BOWIE = ArtistFilter.DAVID_BOWIE;

    /** What the reference and the atlas must agree on, per release group in shown order. */
    record Expected(String mbid, ReleaseKind kind, List<List<Long>> tracks, int frontToBack) {
    }

    @Property(tries = 12)
    void everyTrackAndFrontToBackPlayMatchesTheWalkOverEveryListen(@ForAll long seed,
            @ForAll @IntRange(min = 0, max = 2_500) int listens) {
        SplitMix64 rng = new SplitMix64(seed);
        MetadataCache metadata = catalogueMetadata(rng);
        List<Listen> history = new ArrayList<>(HistoryGenerator.generate(seed, "demo", listens, END).listens());
        history.addAll(wholeAlbums(rng, 1 + rng.nextInt(4)));
        ListenIndex index = index(metadata, history);
        List<ArtistReleaseGroup> groups = discography(rng);

        Atlas atlas = Atlas.of(Catalogue.BOWIE_MBID, groups, metadata, metadata, index);

        Reference reference = new Reference(metadata, history);
        assertThat(shown(atlas)).isEqualTo(reference.expected(groups));
        int heard = 0;
        int total = 0;
        List<String> cuts = new ArrayList<>();
        for (Expected e : reference.expected(groups)) {
            if (e.kind() == ReleaseKind.STUDIO_ALBUM && e.tracks() != null) {
                List<TrackLists.Track> list = metadata.tracks(e.mbid());
                for (int k = 0; k < list.size(); k++) {
                    total++;
                    if (e.tracks().get(k).get(0) > 0) {
                        heard++;
                    } else {
                        cuts.add(e.mbid() + "/" + list.get(k).recordingMbid());
                    }
                }
            }
        }
        assertThat(atlas.overall()).isEqualTo(heard + " of " + total + " studio-album tracks heard at least once");
        assertThat(atlas.deepCuts()).extracting(c -> c.album().releaseGroupMbid() + "/" + c.track().recordingMbid())
                .isEqualTo(cuts);

        // every studio album's and track's number opens exactly the listens that made it
        for (Atlas.Album album : atlas.sections().get(0).albums()) {
            if (!album.tracksKnown()) {
                continue;
            }
            for (Atlas.Track track : album.tracks()) {
                assertThat(keys(drill(index, Atlas.plays(album, track), history)))
                        .isEqualTo(reference.plays(album.releaseGroupMbid(), List.of(track.recordingMbid()),
                                List.of(track.title())));
            }
            assertThat(keys(drill(index, Atlas.plays(album), history))).isEqualTo(reference.plays(
                    album.releaseGroupMbid(), album.tracks().stream().map(Atlas.Track::recordingMbid).toList(),
                    album.tracks().stream().map(Atlas.Track::title).toList()));
        }
    }

    @Test
    void aWholeAlbumInOrderInOneSessionIsOneFrontToBackPlayAndAGapOrASkipIsNone() {
        MetadataCache metadata = catalogueMetadata(null);
        Catalogue.Album low = album("Low");
        List<Listen> listens = new ArrayList<>();
        long t = END - 100_000;
        t = play(listens, low, 0, low.tracks().size(), t, 0); // whole, in order
        t = play(listens, low, 0, 5, t + 3_600, 0);
        t = play(listens, low, 5, low.tracks().size(), t + 1_801, 0); // the rest after a break: another session
        t = play(listens, low, 1, low.tracks().size(), t + 3_600, 0); // the first track skipped
        play(listens, low, 0, low.tracks().size(), t + 3_600, 1_800); // whole, half-hour pauses between tracks
        ListenIndex index = index(metadata, listens);

        Atlas atlas = Atlas.of(Catalogue.BOWIE_MBID, discography(null), metadata, metadata, index);

        Atlas.Album shown = atlas.sections().get(0).albums().stream().filter(a -> a.name().equals("Low")).findFirst()
                .orElseThrow();
        assertThat(shown.frontToBack()).isEqualTo(2);
        assertThat(shown.heard()).isEqualTo(low.tracks().size());
        assertThat(shown.tracks().get(0).plays()).isEqualTo(3);
        assertThat(shown.trackShare()).isEqualTo(1.0);
        assertThat(shown.timeShare()).isEqualTo(1.0);
        assertThat(atlas.sections()).extracting(Atlas.Section::kind).containsExactly(ReleaseKind.values());
        assertThat(atlas.sections().get(0).albums()).extracting(Atlas.Album::year)
                .isSortedAccordingTo(Comparator.naturalOrder());
    }

    // --- the reference ---

    /** The atlas's numbers worked out again by walking the listens for each track. */
    static final class Reference {
        final Normalizer normalizer;
        final MetadataCache metadata;
        final List<Listen> listens = new ArrayList<>();
        final List<CanonicalKeys> keys = new ArrayList<>();
        final List<String> albums;

        Reference(MetadataCache metadata, List<Listen> history) {
            this.metadata = metadata;
            this.normalizer = new Normalizer(metadata);
            for (Listen l : history) {
                if (BOWIE.matches(l.track())) {
                    listens.add(l);
                }
            }
            listens.sort(Comparator.comparingLong(Listen::listenedAt)
                    .thenComparingLong(l -> ListenIndex.hash(l.recordingMsid())));
            listens.forEach(l -> keys.add(normalizer.keys(l.track())));
            albums = ReferenceAlbums.canonical(keys);
        }

        boolean plays(int i, String group, String recordingMbid, String title) {
            CanonicalKeys k = keys.get(i);
            return k.recordingKey().equals(CanonicalKeys.mbidKey(recordingMbid))
                    || CanonicalKeys.mbidOf(k.recordingKey()) == null
                    && CanonicalKeys.mbidKey(group).equals(albums.get(i))
                    && k.titleKey().equals(TextKeys.title(title));
        }

        int ms(int i) {
            return ListenLength.of(listens.get(i).track(), keys.get(i), metadata).ms();
        }

        boolean sameSession(int i) {
            int ms = ms(i - 1);
            return listens.get(i).listenedAt() - (listens.get(i - 1).listenedAt() + (ms > 0 ? ms / 1000 : 0)) <= 1_800;
        }

        List<Expected> expected(List<ArtistReleaseGroup> groups) {
            List<ArtistReleaseGroup> sorted = new ArrayList<>(groups);
            sorted.sort(Atlas.RELEASE_ORDER);
            List<Expected> expected = new ArrayList<>();
            for (ReleaseKind kind : ReleaseKind.values()) {
                Set<String> seen = new HashSet<>();
                for (ArtistReleaseGroup g : sorted) {
                    if (ReleaseKind.of(g.type(), g.secondaryTypes()) != kind || !seen.add(g.mbid())) {
                        continue;
                    }
                    List<TrackLists.Track> list = metadata.tracks(g.mbid());
                    expected.add(list == null ? new Expected(g.mbid(), kind, null, 0)
                            : new Expected(g.mbid(), kind, tracks(g.mbid(), list), frontToBack(g.mbid(), list)));
                }
            }
            return expected;
        }

        /** Per track: plays, minutes in ms, first listen. */
        private List<List<Long>> tracks(String group, List<TrackLists.Track> list) {
            List<List<Long>> tracks = new ArrayList<>();
            for (TrackLists.Track t : list) {
                long plays = 0;
                long ms = 0;
                long first = -1;
                for (int i = 0; i < listens.size(); i++) {
                    if (plays(i, group, t.recordingMbid(), t.title())) {
                        plays++;
                        ms += ms(i) >= 0 ? ms(i) : Math.max(0, metadata.lengthMs(t.recordingMbid()));
                        first = first < 0 ? listens.get(i).listenedAt() : first;
                    }
                }
                tracks.add(List.of(plays, ms, first));
            }
            return tracks;
        }

        /** Every listen that starts the whole track list played in order, listen after listen, in one session. */
        private int frontToBack(String group, List<TrackLists.Track> list) {
            int count = 0;
            for (int i = 0; i + list.size() <= listens.size(); i++) {
                boolean whole = !list.isEmpty();
                for (int k = 0; whole && k < list.size(); k++) {
                    whole = plays(i + k, group, list.get(k).recordingMbid(), list.get(k).title())
                            && (k == 0 || sameSession(i + k));
                }
                count += whole ? 1 : 0;
            }
            return count;
        }

        /** The keys (listened_at, msid) of the listens that play any of these tracks, newest first. */
        List<String> plays(String group, List<String> recordings, List<String> titles) {
            List<String> found = new ArrayList<>();
            for (int i = listens.size() - 1; i >= 0; i--) {
                for (int k = 0; k < recordings.size(); k++) {
                    if (plays(i, group, recordings.get(k), titles.get(k))) {
                        found.add(listens.get(i).listenedAt() + "/" + listens.get(i).recordingMsid());
                        break;
                    }
                }
            }
            return found;
        }
    }

    private static List<Expected> shown(Atlas atlas) {
        List<Expected> shown = new ArrayList<>();
        for (Atlas.Section section : atlas.sections()) {
            for (Atlas.Album a : section.albums()) {
                assertThat(a.kind()).isEqualTo(section.kind());
                List<List<Long>> tracks = a.tracks() == null ? null : a.tracks().stream()
                        .map(t -> List.of((long) t.plays(), t.playedMs(), t.firstListen())).toList();
                shown.add(new Expected(a.releaseGroupMbid(), section.kind(), tracks, a.frontToBack()));
                if (a.tracksKnown()) {
                    assertThat(a.heard()).isEqualTo((int) a.tracks().stream().filter(Atlas.Track::heard).count());
                    assertThat(a.plays()).isEqualTo(a.tracks().stream().mapToInt(Atlas.Track::plays).sum());
                    assertThat(a.totalMs()).isEqualTo(a.tracks().stream().mapToLong(t -> Math.max(0, t.lengthMs())).sum());
                    assertThat(a.heardMs()).isEqualTo(a.tracks().stream().filter(Atlas.Track::heard)
                            .mapToLong(t -> Math.max(0, t.lengthMs())).sum());
                }
            }
        }
        return shown;
    }

    // --- the data ---

    /** The metadata lane's answers for the simulator's catalogue; with an rng, about a tenth of the track lists unknown. */
    static MetadataCache catalogueMetadata(SplitMix64 rng) {
        MetadataCache metadata = new MetadataCache();
        for (Catalogue.Album album : allAlbums()) {
            for (Catalogue.Release release : album.releases()) {
                metadata.putReleaseGroup(release.mbid(), album.releaseGroupMbid());
            }
            for (Catalogue.Recording r : album.tracks()) {
                metadata.putLength(r.mbid(), r.lengthMs());
            }
            if (rng == null || rng.nextInt(10) > 0) {
                metadata.putTracks(album.releaseGroupMbid(), album.tracks().stream()
                        .map(r -> new TrackLists.Track(r.mbid(), r.name())).toList());
            }
        }
        return metadata;
    }

    private static List<Catalogue.Album> allAlbums() {
        List<Catalogue.Album> all = new ArrayList<>(Catalogue.standard().albums());
        Catalogue.standard().discography(Catalogue.BOWIE_MBID).forEach(e -> {
            if (!all.contains(e.album())) {
                all.add(e.album());
            }
        });
        return all;
    }

    /** The simulator's discography as ListenBrainz gives it; with an rng shuffled, with a repeat. */
    static List<ArtistReleaseGroup> discography(SplitMix64 rng) {
        List<ArtistReleaseGroup> groups = new ArrayList<>(Catalogue.standard().discography(Catalogue.BOWIE_MBID).stream()
                .map(e -> new ArtistReleaseGroup(e.album().releaseGroupMbid(), e.album().name(), e.album().artistCredit(),
                        e.date(), e.type(), e.secondaryTypes())).toList());
        if (rng != null) {
            for (int i = groups.size() - 1; i > 0; i--) {
                int j = rng.nextInt(i + 1);
                groups.set(i, groups.set(j, groups.get(i)));
            }
            groups.add(groups.get(rng.nextInt(groups.size())));
        }
        return groups;
    }

    static ListenIndex index(MetadataCache metadata, List<Listen> listens) {
        ListenIndex index = new ListenIndex(new Normalizer(metadata), BOWIE,
                JavaTime.periods(ZoneId.of("Europe/London"), DayOfWeek.MONDAY), metadata);
        index.addAll(listens);
        return index;
    }

    static Catalogue.Album album(String name) {
        return Catalogue.standard().albums().stream().filter(a -> a.name().equals(name)).findFirst().orElseThrow();
    }

    /** Bowie's albums played whole and in order (mapped, with durations), some with one listen unmapped. */
    private static List<Listen> wholeAlbums(SplitMix64 rng, int n) {
        List<Catalogue.Album> bowie = Catalogue.standard().albums().stream()
                .filter(a -> a.isBy(Catalogue.BOWIE_MBID)).toList();
        List<Listen> listens = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Catalogue.Album album = bowie.get(rng.nextInt(bowie.size()));
            long t = END - 3_000_000L + rng.nextInt(2_000_000);
            play(listens, album, 0, album.tracks().size(), t, rng.nextInt(3) == 0 ? 1_900 : rng.nextInt(120));
        }
        return listens;
    }

    /** Plays tracks [from, to) of the album's canonical release from {@code t}, {@code pause} s between; the next t. */
    static long play(List<Listen> listens, Catalogue.Album album, int from, int to, long t, int pause) {
        for (int k = from; k < to; k++) {
            Catalogue.Recording r = album.tracks().get(k);
            MbidMapping mapping = new MbidMapping(r.mbid(), r.name(), album.canonical().mbid(),
                    album.releaseGroupMbid(), List.of(Catalogue.BOWIE_MBID), List.of(), null, null);
            AdditionalInfo info = new AdditionalInfo(r.lengthMs(), null, null, null, null, List.of(), k + 1, "test",
                    Map.of());
            listens.add(new Listen(t, t, "whole-" + album.releaseGroupMbid() + "-" + t, "demo",
                    new TrackMetadata("David Bowie", r.name(), album.name(), info, mapping)));
            t += r.lengthMs() / 1000 + pause;
        }
        return t;
    }

    private static List<Listen> drill(ListenIndex index, DrillDown.Rows rows, List<Listen> history) {
        Map<String, Listen> stored = new HashMap<>();
        history.forEach(l -> stored.put(l.listenedAt() + "/" + ListenIndex.hash(l.recordingMsid()), l));
        DrillDown drill = DrillDown.ofRows(index, new Object(), (at, hashes, n) -> {
            Listen[] found = new Listen[n];
            for (int i = 0; i < n; i++) {
                found[i] = stored.get(at[i] + "/" + hashes[i]);
            }
            return found;
        }, rows);
        return drill.listens(null, Integer.MAX_VALUE / 2);
    }

    private static List<String> keys(List<Listen> listens) {
        return listens.stream().map(l -> l.listenedAt() + "/" + l.recordingMsid()).toList();
    }
}
