package starman.versions;

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
import java.util.TreeMap;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import starman.javatime.JavaTime;
import starman.metrics.DrillDown;
import starman.metrics.ListenIndex;
import starman.metrics.ListenLength;
import starman.metrics.MetadataCache;
import starman.metrics.RecordingWorks;
import starman.metrics.Submission;
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
 * The versions against a grouping by hand: every listen of the artist keyed again by the normaliser, versions told
 * apart by MBID or by submitted title and release, songs made by merging sets that share a title, a recording or a
 * work until none do. Over the simulator's history (remasters, deluxe releases, unmapped listens) with live takes and
 * random work data added.
 */
class VersionsPropertyTest {
    static final long END = 1_764_000_000L;
    static final ArtistFilter BOWIE = ArtistFilter.DAVID_BOWIE;

    @Property(tries = 15)
    void everySongAndVersionMatchesTheGroupingByHand(@ForAll long seed,
            @ForAll @IntRange(min = 0, max = 2_000) int listens) {
        SplitMix64 rng = new SplitMix64(seed);
        MetadataCache metadata = new MetadataCache();
        List<Listen> history = new ArrayList<>(HistoryGenerator.generate(seed, "demo", listens, END).listens());
        history.addAll(liveTakes(rng, 1 + rng.nextInt(40)));
        Map<String, List<RecordingWorks.Work>> works = works(rng, history);
        RecordingWorks port = works::get;
        ListenIndex index = index(metadata, history);

        Versions versions = Versions.of(index, port);

        Reference reference = new Reference(metadata, history, works);
        assertThat(shown(versions)).isEqualTo(reference.songs());
        assertThat(versions.songs()).extracting(Versions.Song::listens).isSortedAccordingTo(Comparator.reverseOrder());
        assertThat(versions.mostVersions(5)).extracting(Versions.Song::versionCount)
                .isSortedAccordingTo(Comparator.reverseOrder()).allMatch(n -> n > 1);
        // every version's and song's number opens exactly its listens, and one song alone is the same song
        for (Versions.Song song : versions.songs().subList(0, Math.min(4, versions.songs().size()))) {
            Versions.Recording first = song.groups().get(0).recordings().get(0);
            Versions.Song alone = Versions.song(index, port, first.key(), null);
            assertThat(alone).isEqualTo(song);
            assertThat(keys(drill(index, song.rows(), history))).isEqualTo(reference.listensOf(song));
            for (Versions.Group g : song.groups()) {
                for (Versions.Recording r : g.recordings()) {
                    for (Versions.Version v : r.versions()) {
                        assertThat(keys(drill(index, v.rows(), history))).isEqualTo(reference.listensOf(v));
                    }
                }
            }
        }
    }

    @Test
    void remastersJoinTheStudioTakeByTitleAndLiveTakesOnlyThroughTheWork() {
        List<Listen> listens = new ArrayList<>();
        listens.add(listen(100, "\"Heroes\"", "\"Heroes\"", "studio", 371_000));
        listens.add(listen(200, "\"Heroes\" - 2017 Remaster", "\"Heroes\" (2017 Remaster)", null, 371_000));
        listens.add(listen(300, "\"Heroes\" - 2017 Remaster", "\"Heroes\" (2017 Remaster)", null, -1));
        listens.add(listen(400, "\"Heroes\" (Live)", "Stage", "live", 379_000));
        listens.add(listen(500, "\"Heroes\" (Live)", "Stage (2017)", null, 379_000));
        ListenIndex index = index(new MetadataCache(), listens);

        Versions without = Versions.of(index, RecordingWorks.NONE);
        assertThat(without.songs()).extracting(Versions.Song::name, Versions.Song::versionCount)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("\"Heroes\"", 2),
                        org.assertj.core.groups.Tuple.tuple("\"Heroes\" (live)", 2));
        assertThat(without.workNote()).contains("have not arrived yet");
        Versions.Version remaster = without.songs().get(0).groups().get(0).recordings().stream()
                .filter(r -> r.mbid() == null).findFirst().orElseThrow().versions().get(0);
        assertThat(remaster.listens()).isEqualTo(2);
        assertThat(remaster.unknownLength()).isEqualTo(1);
        assertThat(remaster.firstListen()).isEqualTo(200);
        assertThat(remaster.rules()).containsExactly("'- 2017 Remaster' stripped");

        RecordingWorks.Work heroes = new RecordingWorks.Work("w-heroes", "“Heroes”");
        Versions with = Versions.of(index, mbid -> List.of(heroes));
        assertThat(with.songs()).hasSize(1);
        Versions.Song song = with.songs().get(0);
        assertThat(song.name()).isEqualTo("“Heroes”");
        assertThat(song.versionCount()).isEqualTo(4);
        assertThat(song.listens()).isEqualTo(5);
        assertThat(song.groups()).extracting(Versions.Group::work).containsExactly(heroes, null);
        assertThat(song.groups().get(0).recordings()).extracting(Versions.Recording::rule)
                .containsOnly("same work: “Heroes”");
        assertThat(song.groups().get(0).recordings().get(0).versions().get(0).rules())
                .containsExactly("recording MBID from ListenBrainz's mbid_mapping");
        assertThat(with.workNote()).isEqualTo("Works from MusicBrainz for 2 of 2 recordings with an MBID.");
        assertThat(with.mostVersions(3)).containsExactly(song);
    }

    // --- the reference ---

    /** The songs worked out again from the listens themselves. */
    static final class Reference {
        final Normalizer normalizer;
        final MetadataCache metadata;
        final Map<String, List<RecordingWorks.Work>> works;
        final List<Listen> listens = new ArrayList<>();
        /** Per listen: its version's identity. */
        final List<String> version = new ArrayList<>();
        final List<String> recording = new ArrayList<>();
        /** The songs as sets of version identities. */
        final List<Set<String>> songs = new ArrayList<>();

        Reference(MetadataCache metadata, List<Listen> history, Map<String, List<RecordingWorks.Work>> works) {
            this.metadata = metadata;
            this.works = works;
            this.normalizer = new Normalizer(metadata);
            history.stream().filter(l -> BOWIE.matches(l.track())).sorted(Comparator.comparingLong(Listen::listenedAt)
                    .thenComparingLong(l -> ListenIndex.hash(l.recordingMsid()))).forEach(listens::add);
            // each version starts as the set of its own links: title, recording (when an MBID), work
            Map<String, Set<String>> links = new HashMap<>();
            for (Listen l : listens) {
                CanonicalKeys k = normalizer.keys(l.track());
                String mbid = CanonicalKeys.mbidOf(k.recordingKey());
                String id = mbid != null ? k.recordingKey()
                        : new Submission(k.recordingKey(), k.recordingRule(), l.track().trackName(),
                        l.track().releaseName()).key();
                version.add(id);
                recording.add(k.recordingKey());
                Set<String> of = links.computeIfAbsent(id, x -> new HashSet<>());
                of.add("t" + TextKeys.title(l.track().trackName()));
                if (mbid != null) {
                    of.add("r" + mbid);
                    List<RecordingWorks.Work> w = works.get(mbid);
                    if (w != null && !w.isEmpty()) {
                        of.add("w" + w.get(0).mbid());
                    }
                }
            }
            List<Set<String>> members = new ArrayList<>();
            List<Set<String>> linkSets = new ArrayList<>();
            links.forEach((id, l) -> {
                members.add(new HashSet<>(Set.of(id)));
                linkSets.add(new HashSet<>(l));
            });
            boolean merged = true;
            while (merged) {
                merged = false;
                for (int i = 0; i < linkSets.size() && !merged; i++) {
                    for (int j = i + 1; j < linkSets.size() && !merged; j++) {
                        if (!java.util.Collections.disjoint(linkSets.get(i), linkSets.get(j))) {
                            linkSets.get(i).addAll(linkSets.remove(j));
                            members.get(i).addAll(members.remove(j));
                            merged = true;
                        }
                    }
                }
            }
            songs.addAll(members);
        }

        /** Per song (a set): version identity to {listens, known ms, unknown, first listen, work of its recording}. */
        Set<Map<String, List<Object>>> songs() {
            Set<Map<String, List<Object>>> all = new HashSet<>();
            for (Set<String> song : songs) {
                Map<String, List<Object>> versions = new TreeMap<>();
                for (String v : song) {
                    long count = 0;
                    long ms = 0;
                    long unknown = 0;
                    long first = -1;
                    String work = null;
                    for (int i = 0; i < listens.size(); i++) {
                        if (!version.get(i).equals(v)) {
                            continue;
                        }
                        count++;
                        int length = ListenLength.of(listens.get(i).track(), normalizer.keys(listens.get(i).track()),
                                metadata).ms();
                        ms += Math.max(0, length);
                        unknown += length < 0 ? 1 : 0;
                        first = first < 0 ? listens.get(i).listenedAt() : first;
                        String mbid = CanonicalKeys.mbidOf(recording.get(i));
                        List<RecordingWorks.Work> w = mbid == null ? null : works.get(mbid);
                        work = w == null || w.isEmpty() ? null : w.get(0).mbid();
                    }
                    versions.put(v, java.util.Arrays.asList(count, ms, unknown, first, work));
                }
                all.add(versions);
            }
            return all;
        }

        List<String> listensOf(Versions.Song song) {
            Set<String> ids = new HashSet<>();
            song.groups().forEach(g -> g.recordings().forEach(r -> r.versions().forEach(v -> ids.add(id(v)))));
            return newest(ids);
        }

        List<String> listensOf(Versions.Version v) {
            return newest(Set.of(id(v)));
        }

        private List<String> newest(Set<String> ids) {
            List<String> found = new ArrayList<>();
            for (int i = listens.size() - 1; i >= 0; i--) {
                if (ids.contains(version.get(i))) {
                    found.add(listens.get(i).listenedAt() + "/" + listens.get(i).recordingMsid());
                }
            }
            return found;
        }
    }

    private static String id(Versions.Version v) {
        return v.submission() == null ? v.recordingKey() : v.submission().key();
    }

    private static Set<Map<String, List<Object>>> shown(Versions versions) {
        Set<Map<String, List<Object>>> all = new HashSet<>();
        int total = 0;
        for (Versions.Song song : versions.songs()) {
            Map<String, List<Object>> shown = new TreeMap<>();
            int count = 0;
            for (Versions.Group g : song.groups()) {
                for (Versions.Recording r : g.recordings()) {
                    for (Versions.Version v : r.versions()) {
                        assertThat(v.recordingKey()).isEqualTo(r.key());
                        shown.put(id(v), java.util.Arrays.asList((long) v.listens(), v.knownMs(),
                                (long) v.unknownLength(), v.firstListen(), g.work() == null ? null : g.work().mbid()));
                        count += v.listens();
                    }
                }
            }
            assertThat(song.listens()).isEqualTo(count);
            assertThat(song.versionCount()).isEqualTo(shown.size());
            total += count;
            all.add(shown);
        }
        assertThat(all).hasSize(versions.songs().size());
        return all;
    }

    // --- the data ---

    /** Works for about two thirds of the mapped recordings: a few shared works, some none, some not looked up. */
    private static Map<String, List<RecordingWorks.Work>> works(SplitMix64 rng, List<Listen> history) {
        Map<String, List<RecordingWorks.Work>> works = new HashMap<>();
        for (Listen l : history) {
            MbidMapping m = l.track().mbidMapping();
            String mbid = m != null ? m.recordingMbid() : l.track().additionalInfo().recordingMbid();
            if (mbid == null || works.containsKey(mbid)) {
                continue;
            }
            int r = rng.nextInt(6);
            works.put(mbid, r == 0 ? List.of() : r == 1 ? null : List.of(new RecordingWorks.Work(
                    "w" + (r == 2 ? rng.nextInt(5) : mbid.hashCode()), "Work " + r)));
        }
        works.values().removeIf(w -> w == null);
        return works;
    }

    /** Live takes of Bowie songs, some mapped to a live recording, some not, under a few release names. */
    private static List<Listen> liveTakes(SplitMix64 rng, int n) {
        String[] songs = {"\"Heroes\"", "Station to Station", "Changes", "Life on Mars?"};
        String[] releases = {"Stage", "David Live", "Glastonbury 2000", null};
        List<Listen> listens = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            String song = songs[rng.nextInt(songs.length)];
            String mbid = rng.nextInt(2) == 0 ? null : java.util.UUID.nameUUIDFromBytes(("live:" + song + rng.nextInt(2)).getBytes(java.nio.charset.StandardCharsets.UTF_8)).toString();
            listens.add(listen(END - 1_000_000 + rng.nextInt(900_000), song + (rng.nextInt(2) == 0 ? " (Live)"
                    : " - Live 1978"), releases[rng.nextInt(releases.length)], mbid, rng.nextInt(3) == 0 ? -1 : 300_000));
        }
        return listens;
    }

    /** A Bowie listen; {@code recording} null leaves it unmapped. */
    private static Listen listen(long t, String track, String release, String recording, int durationMs) {
        MbidMapping mapping = recording == null ? null : new MbidMapping(recording, track, null, null,
                List.of(Catalogue.BOWIE_MBID), List.of(), null, null);
        AdditionalInfo info = new AdditionalInfo(durationMs < 0 ? null : (long) durationMs, null, null, null, null,
                List.of(), null, "test", Map.of());
        return new Listen(t, t, "msid-" + t + "-" + track + "-" + release, "demo",
                new TrackMetadata("David Bowie", track, release, info, mapping));
    }

    private static ListenIndex index(MetadataCache metadata, List<Listen> listens) {
        ListenIndex index = new ListenIndex(new Normalizer(metadata), BOWIE,
                JavaTime.periods(ZoneId.of("Europe/London"), DayOfWeek.MONDAY), metadata);
        index.addAll(listens);
        return index;
    }

    private static List<Listen> drill(ListenIndex index, DrillDown.Rows rows, List<Listen> history) {
        Map<String, Listen> stored = new HashMap<>();
        history.forEach(l -> stored.put(l.listenedAt() + "/" + ListenIndex.hash(l.recordingMsid()), l));
        return DrillDown.ofRows(index, new Object(), (at, hashes, n) -> {
            Listen[] found = new Listen[n];
            for (int i = 0; i < n; i++) {
                found[i] = stored.get(at[i] + "/" + hashes[i]);
            }
            return found;
        }, rows).listens(null, Integer.MAX_VALUE / 2);
    }

    private static List<String> keys(List<Listen> listens) {
        return listens.stream().map(l -> l.listenedAt() + "/" + l.recordingMsid()).toList();
    }
}
