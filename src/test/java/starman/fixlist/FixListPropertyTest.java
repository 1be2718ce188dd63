package starman.fixlist;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import starman.atlas.Atlas;
import starman.atlas.ReleaseKind;
import starman.javatime.JavaTime;
import starman.listenbrainz.ArtistReleaseGroup;
import starman.metrics.DrillDown;
import starman.metrics.ListenIndex;
import starman.metrics.MetadataCache;
import starman.metrics.TrackLists;
import starman.model.AdditionalInfo;
import starman.model.Listen;
import starman.model.MbidMapping;
import starman.model.TrackMetadata;
import starman.normalize.ArtistFilter;
import starman.normalize.CanonicalKeys;
import starman.normalize.KeyRule;
import starman.normalize.Normalizer;
import starman.normalize.TextKeys;
import starman.random.SplitMix64;
import starman.simulator.Catalogue;
import starman.simulator.HistoryGenerator;
import starman.testing.StoredListRows;

/**
 * The fix-list against brute force: the simulator's history (unmapped listens among them) with Bowie's titles in
 * other spellings added, some unmapped and some mapped by ListenBrainz to another artist, grouped by a walk over every
 * listen; and the effect of a mapping against the engine itself run with the mapping applied.
 */
class FixListPropertyTest {
    static final long END = 1_764_000_000L;
    static final ArtistFilter BOWIE = ArtistFilter.DAVID_BOWIE;
    static final String OTHER_ARTIST = "00000000-0000-4000-8000-00000000abcd";

    @Property(tries = 15)
    void groupsAreTheWalksGroupsBiggestFirstEachWithItsListensAndMostCommonSpelling(@ForAll long seed,
            @ForAll @IntRange(min = 0, max = 2_000) int listens) {
        SplitMix64 rng = new SplitMix64(seed);
        List<Listen> history = history(seed, listens, rng);
        Normalizer normalizer = new Normalizer(catalogueMetadata());

        FixList fixList = FixList.of(BOWIE, normalizer, rows(history));

        Map<String, List<Listen>> expected = new LinkedHashMap<>();
        for (Listen l : history) {
            TrackMetadata t = l.track();
            boolean unmapped = BOWIE.matches(t) && mbid(t) == null;
            boolean elsewhere = !BOWIE.matches(t) && t.mbidMapping() != null
                    && !t.mbidMapping().artistMbids().isEmpty() && List.of(TextKeys.artists(t.artistName())).contains("david bowie");
            if (unmapped || elsewhere) {
                String key = TextKeys.primaryArtist(t.artistName()) + "|" + TextKeys.title(t.trackName()) + "|"
                        + TextKeys.title(t.releaseName());
                expected.computeIfAbsent(key, k -> new ArrayList<>()).add(l);
            }
        }
        List<String> order = new ArrayList<>(expected.keySet());
        order.sort(Comparator.comparingInt((String k) -> -expected.get(k).size()).thenComparing(k -> k));
        assertThat(fixList.groups()).extracting(FixList.Group::key).isEqualTo(order);
        assertThat(fixList.mappedByYou()).isEmpty();
        ListenIndex index = index(normalizer, history);
        for (FixList.Group g : fixList.groups()) {
            List<Listen> of = expected.get(g.key());
            assertThat(g.listens()).isEqualTo(of.size());
            Set<String> keys = new HashSet<>();
            of.forEach(l -> keys.add(l.listenedAt() + "/" + ListenIndex.hash(l.recordingMsid())));
            Set<String> shown = new HashSet<>();
            long[] at = g.listenedAt();
            long[] hashes = g.msidHashes();
            for (int i = 0; i < at.length; i++) {
                shown.add(at[i] + "/" + hashes[i]);
                assertThat(g.contains(at[i], hashes[i])).isTrue();
            }
            assertThat(shown).isEqualTo(keys);
            long counted = of.stream().filter(l -> BOWIE.matches(l.track())).count();
            assertThat(g.counted()).isEqualTo(counted);
            assertThat(g.why()).isEqualTo(counted < of.size() ? FixList.Why.OTHER_ARTIST : FixList.Why.UNMAPPED);
            // the spelling most listens carry, a tie to the alphabetically first
            Map<String, Integer> spellings = new HashMap<>();
            of.forEach(l -> spellings.merge(l.track().artistName() + "\u0000" + l.track().trackName() + "\u0000"
                    + l.track().releaseName(), 1, Integer::sum));
            String best = spellings.keySet().stream().min(Comparator.comparingInt((String s) -> -spellings.get(s))
                    .thenComparing(s -> s)).orElseThrow();
            assertThat(g.artist() + "\u0000" + g.title() + "\u0000" + g.release()).isEqualTo(best);
            // its number opens exactly the listens of it the index counts
            DrillDown drill = DrillDown.ofRows(index, new Object(), (t, h, n) -> new Listen[n], g.rows());
            assertThat(drill.totals().songs()).isEqualTo(g.counted());
        }
    }

    @Property(tries = 10)
    void theEffectOfAMappingIsWhatTheEngineCountsWithTheMappingApplied(@ForAll long seed,
            @ForAll @IntRange(min = 200, max = 2_000) int listens) {
        SplitMix64 rng = new SplitMix64(seed);
        List<Listen> history = history(seed, listens, rng);
        MetadataCache metadata = catalogueMetadata();
        Normalizer normalizer = new Normalizer(metadata);
        ListenIndex before = index(normalizer, history);
        List<ArtistReleaseGroup> discography = discography();
        Atlas atlas = Atlas.of(Catalogue.BOWIE_MBID, discography, metadata, metadata, before);
        FixList fixList = FixList.of(BOWIE, normalizer, rows(history));

        for (FixList.Group group : fixList.groups()) {
            List<Candidate> candidates = Candidate.of(group, discography, metadata);
            for (Candidate c : candidates) {
                assertThat(TextKeys.title(c.title())).isEqualTo(group.titleKey());
            }
            if (candidates.isEmpty()) {
                continue;
            }
            Candidate candidate = candidates.get(rng.nextInt(candidates.size()));
            Effect effect = Effect.of(group, candidate, before, atlas);

            Mappings mine = Mappings.NONE.with(new Mappings.Confirmed(group.key(), candidate.mapping(),
                    candidate.title(), candidate.albumName(), 0));
            Normalizer mapped = new Normalizer(metadata, mine);
            ListenIndex after = index(mapped, history);
            Atlas atlasAfter = Atlas.of(Catalogue.BOWIE_MBID, discography, metadata, metadata, after);
            assertThat(effect.songsBefore()).isEqualTo(before.size());
            assertThat(effect.songsAfter()).isEqualTo(after.size());
            assertThat(effect.tracksBefore()).isEqualTo(distinctRecordings(before));
            assertThat(effect.tracksAfter()).isEqualTo(distinctRecordings(after));
            assertThat(effect.albumsBefore()).isEqualTo(before.totals(Long.MIN_VALUE, Long.MAX_VALUE).albums());
            assertThat(effect.albumsAfter()).isEqualTo(after.totals(Long.MIN_VALUE, Long.MAX_VALUE).albums());
            assertThat(effect.studioHeardBefore()).isEqualTo(atlas.studioHeard());
            assertThat(effect.studioTracks()).isEqualTo(atlas.studioTracks());
            assertThat(effect.studioHeardAfter()).isEqualTo(atlasAfter.studioHeard());
            Atlas.Album chosen = album(atlasAfter, candidate.releaseGroupMbid());
            if (chosen != null && chosen.tracksKnown()) {
                assertThat(effect.albumHeardAfter()).isEqualTo(chosen.heard());
                assertThat(effect.albumTracks()).isEqualTo(chosen.total());
                assertThat(effect.albumHeardBefore()).isEqualTo(album(atlas, candidate.releaseGroupMbid()).heard());
            }
            // the mapped group leaves the list for the person's own list, its listens now the candidate's
            FixList now = FixList.of(BOWIE, mapped, rows(history));
            assertThat(now.group(group.key()).why()).isEqualTo(FixList.Why.MAPPED_BY_YOU);
            assertThat(now.groups()).extracting(FixList.Group::key).doesNotContain(group.key());
            int rule = 0;
            for (Listen l : history) {
                if (group.contains(l.listenedAt(), ListenIndex.hash(l.recordingMsid()))) {
                    assertThat(after.explain(l).keys().recordingRule()).isEqualTo(KeyRule.OWN);
                    assertThat(after.explain(l).recordingKey()).isEqualTo(CanonicalKeys.mbidKey(candidate.recordingMbid()));
                    assertThat(after.explain(l).lines()).anyMatch(line -> line.contains("your own mapping"));
                    rule++;
                } else if (after.row(l.key()) >= 0) {
                    // the same text mapped by ListenBrainz or the player keeps its recording
                    assertThat(after.explain(l).keys().recordingRule()).isNotEqualTo(KeyRule.OWN);
                }
            }
            assertThat(rule).isEqualTo(group.listens());
            return; // one group a try: the engine runs twice for it
        }
    }

    @Test
    void aTitleOnSeveralReleaseGroupsOffersEachTheSubmittedAlbumFirstAndAnUnknownTitleNone() {
        MetadataCache metadata = catalogueMetadata();
        Catalogue.Album low = Catalogue.standard().albums().stream().filter(a -> a.name().equals("Low")).findFirst()
                .orElseThrow();
        Catalogue.Recording track = low.tracks().get(0);
        List<Listen> listens = List.of(listen(1_000, "David Bowie", track.name(), "Low"),
                listen(2_000, "David Bowie", "A Song Bowie Never Wrote", "Low"));
        FixList fixList = FixList.of(BOWIE, new Normalizer(metadata), rows(listens));
        FixList.Group group = fixList.group("david bowie|" + TextKeys.title(track.name()) + "|low");
        List<Candidate> candidates = Candidate.of(group, discography(), metadata);
        assertThat(candidates).isNotEmpty();
        assertThat(candidates.get(0).releaseGroupMbid()).isEqualTo(low.releaseGroupMbid());
        assertThat(candidates.get(0).kind()).isEqualTo(ReleaseKind.STUDIO_ALBUM);
        assertThat(candidates).allMatch(c -> TextKeys.title(c.title()).equals(TextKeys.title(track.name())));
        assertThat(Candidate.of(fixList.group("david bowie|a song bowie never wrote|low"), discography(), metadata))
                .isEmpty();
    }

    // --- the history and its reference ---

    /** The simulator's history plus Bowie titles respelt: unmapped, or mapped to another artist's recording. */
    static List<Listen> history(long seed, int listens, SplitMix64 rng) {
        List<Listen> history = new ArrayList<>(HistoryGenerator.generate(seed, "demo", listens, END).listens());
        List<Catalogue.Album> bowie = Catalogue.standard().albums().stream().filter(a -> a.isBy(Catalogue.BOWIE_MBID))
                .toList();
        int extra = rng.nextInt(60);
        for (int i = 0; i < extra; i++) {
            Catalogue.Album album = bowie.get(rng.nextInt(bowie.size()));
            Catalogue.Recording r = album.tracks().get(rng.nextInt(album.tracks().size()));
            String title = switch (rng.nextInt(3)) {
                case 0 -> r.name().toUpperCase();
                case 1 -> r.name() + " (2017 Remaster)";
                default -> r.name();
            };
            String artist = rng.nextInt(4) == 0 ? "DAVID BOWIE" : "David Bowie";
            long t = END - 5_000_000L + rng.nextInt(4_000_000);
            TrackMetadata track = new TrackMetadata(artist, title, album.name(), AdditionalInfo.EMPTY,
                    rng.nextInt(3) == 0 ? elsewhere() : null);
            history.add(new Listen(t, t + 10, UUID.nameUUIDFromBytes(("msid:" + title + i % 7).getBytes()).toString(), "demo", track));
        }
        return history;
    }

    private static MbidMapping elsewhere() {
        return new MbidMapping("00000000-0000-4000-8000-0000000000ee", "Something else", null, null,
                List.of(OTHER_ARTIST), List.of(new MbidMapping.MappedArtist(OTHER_ARTIST, "David Bowie Tribute", "")),
                null, null);
    }

    private static Listen listen(long t, String artist, String title, String release) {
        return new Listen(t, t, UUID.nameUUIDFromBytes(("msid:" + t).getBytes()).toString(), "demo",
                new TrackMetadata(artist, title, release, AdditionalInfo.EMPTY, null));
    }

    private static String mbid(TrackMetadata t) {
        MbidMapping m = t.mbidMapping();
        if (m != null && m.recordingMbid() != null && !m.recordingMbid().isEmpty()) {
            return m.recordingMbid();
        }
        String submitted = t.additionalInfo().recordingMbid();
        return submitted == null || submitted.isEmpty() ? null : submitted;
    }

    static StoredRows rows(List<Listen> listens) {
        return StoredListRows.of(listens);
    }

    static ListenIndex index(Normalizer normalizer, List<Listen> listens) {
        ListenIndex index = new ListenIndex(normalizer, BOWIE, JavaTime.periods(ZoneId.of("Europe/London"), DayOfWeek.MONDAY),
                catalogueMetadata());
        index.addAll(listens);
        return index;
    }

    private static int distinctRecordings(ListenIndex index) {
        Set<Integer> ids = new HashSet<>();
        for (int row = 0; row < index.size(); row++) {
            ids.add(index.recordingId(row));
        }
        return ids.size();
    }

    private static Atlas.Album album(Atlas atlas, String mbid) {
        for (Atlas.Section s : atlas.sections()) {
            for (Atlas.Album a : s.albums()) {
                if (a.releaseGroupMbid().equals(mbid)) {
                    return a;
                }
            }
        }
        return null;
    }

    static MetadataCache catalogueMetadata() {
        MetadataCache metadata = new MetadataCache();
        for (Catalogue.Album album : Catalogue.standard().albums()) {
            for (Catalogue.Release release : album.releases()) {
                metadata.putReleaseGroup(release.mbid(), album.releaseGroupMbid());
            }
            for (Catalogue.Recording r : album.tracks()) {
                metadata.putLength(r.mbid(), r.lengthMs());
            }
            metadata.putTracks(album.releaseGroupMbid(), album.tracks().stream()
                    .map(r -> new TrackLists.Track(r.mbid(), r.name())).toList());
        }
        return metadata;
    }

    static List<ArtistReleaseGroup> discography() {
        return Catalogue.standard().discography(Catalogue.BOWIE_MBID).stream()
                .map(e -> new ArtistReleaseGroup(e.album().releaseGroupMbid(), e.album().name(), e.album().artistCredit(),
                        e.date(), e.type(), e.secondaryTypes())).toList();
    }
}
