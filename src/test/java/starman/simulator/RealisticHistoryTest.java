package starman.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import starman.importer.ExportZip;
import starman.model.Listen;
import starman.model.ListenJson;
import starman.model.MbidMapping;
import starman.model.TrackMetadata;

class RealisticHistoryTest {
    static final long END = 1_764_000_000L;
    static final RealisticHistory HISTORY = RealisticHistory.of(50_000, END);
    static final List<Listen> LISTENS = HISTORY.listens();
    static final HistoryShape SHAPE = shape(LISTENS);
    private static final Pattern UUID = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

    @Test
    void theSameSeedGivesTheSameBytesAndTheStreamEqualsTheList() {
        RealisticHistory small = RealisticHistory.of(5_000, END).seed(7);
        assertThat(lines(small)).isEqualTo(lines(RealisticHistory.of(5_000, END).seed(7)));
        assertThat(streamed(small)).isEqualTo(small.listens());
        assertThat(lines(small)).isNotEqualTo(lines(small.seed(8)));
    }

    @Test
    void tenYearsInTimeOrderEndingTwoMinutesBeforeTheEnd() {
        assertThat(LISTENS).hasSize(50_000);
        for (int i = 1; i < LISTENS.size(); i++) {
            assertThat(LISTENS.get(i).listenedAt()).isGreaterThan(LISTENS.get(i - 1).listenedAt());
        }
        assertThat(SHAPE.last()).isEqualTo(END - 120);
        assertThat(SHAPE.spanDays()).isBetween(3651.0, 3652.0);
        assertThat(LISTENS).allSatisfy(l -> {
            assertThat(l.userName()).isEqualTo("demo");
            assertThat(l.insertedAt()).isGreaterThan(l.listenedAt()).isLessThanOrEqualTo(END);
        });
    }

    @Test
    void aLongTailOfArtistsAndFifteenPercentBowie() {
        assertThat(SHAPE.bowieShare()).isBetween(0.145, 0.155);
        assertThat(SHAPE.artists()).isGreaterThan(1_000);
        Map<String, Integer> byArtist = new HashMap<>();
        LISTENS.forEach(l -> byArtist.merge(l.track().artistName(), 1, Integer::sum));
        List<Integer> counts = byArtist.values().stream().sorted((a, b) -> b - a).toList();
        // after Bowie the most played artist has a few percent of the listens, while most are heard a few times
        assertThat(counts.get(1)).isBetween(500, 5_000);
        assertThat(counts.get(counts.size() / 2)).isLessThan(20);
    }

    @Test
    void submissionsAndLineSizesAsCalibrated() {
        // 1M listens: ~275,000 submissions (HistoryStatistics prints them); fewer listens repeat less (Stage's live
        // takes, played since the versions group by work, add a few)
        assertThat(SHAPE.submissions() / (double) SHAPE.listens()).isBetween(0.50, 0.63);
        assertThat(SHAPE.msids()).isBetween(SHAPE.submissions(), SHAPE.submissions() + SHAPE.submissions() / 100);
        assertThat(SHAPE.bytesPerLine()).isBetween(930.0, 1000.0);
    }

    @Test
    void fivePlayersEachWithItsOwnAdditionalInfo() {
        assertThat(SHAPE.players()).containsOnlyKeys("listenbrainz", "Navidrome", "Web Scrobbler", "Pano Scrobbler",
                "ListenBrainz Last.fm importer");
        assertThat(SHAPE.players().values()).allSatisfy(n -> assertThat(n).isGreaterThan(LISTENS.size() / 20));
        assertThat(first(l -> client(l).equals("listenbrainz")).track().additionalInfo().other())
                .containsKeys("origin_url", "spotify_id", "spotify_album_id", "spotify_artist_ids", "artist_names",
                        "release_artist_name", "release_artist_names", "discnumber", "isrc", "music_service",
                        "music_service_name", "recording_msid");
        assertThat(first(l -> client(l).equals("Navidrome")).track().additionalInfo().recordingMbid()).isNotNull();
        assertThat(first(l -> client(l).equals("Web Scrobbler")).track().additionalInfo().durationSeconds()).isPositive();
        assertThat(first(l -> client(l).equals("Pano Scrobbler")).track().additionalInfo().effectiveDurationMs()).isNegative();
        assertThat(first(l -> client(l).startsWith("ListenBrainz Last.fm")).track().additionalInfo().other().get("origin_url"))
                .asString().startsWith("https://www.last.fm/music/");
        assertThat(SHAPE.unknownDurationShare()).isBetween(0.2, 0.5);
        assertThat(SHAPE.secondsDurationShare()).isBetween(0.1, 0.4);
        assertThat(LISTENS).allSatisfy(l ->
                assertThat(l.track().additionalInfo().other().get("recording_msid")).isEqualTo(l.recordingMsid()));
    }

    @Test
    void bowieHasRemasterAnniversaryAndUpperCaseVariants() {
        assertThat(SHAPE.bowieReleases()).contains("Low (2017 Remaster)", "Ziggy Stardust (40th Anniversary Edition)",
                "\"Heroes\" (2017 Remaster)", "Heroes (2017 Remaster)", "\"HEROES\"", "Hunky Dory");
        assertThat(count(l -> l.track().trackName().equals("\"Heroes\" - 2017 Remaster"))).isPositive();
        List<Listen> upper = LISTENS.stream().filter(l -> l.track().artistName().equals("DAVID BOWIE")).toList();
        assertThat(upper).isNotEmpty().allSatisfy(l -> assertThat(l.track().mbidMapping()).isNull());
        assertThat(count(l -> l.track().artistName().equals("Queen & David Bowie")
                && l.track().mbidMapping() != null && l.track().mbidMapping().artists().size() == 2)).isPositive();
    }

    @Test
    void mappedNeverMappedAndRecentlyUnmapped() {
        assertThat(SHAPE.mappedShare()).isBetween(0.65, 0.9);
        assertThat(SHAPE.noReleaseGroupShare()).isBetween(0.05, 0.15);
        Map<String, Set<Boolean>> mappedByMsid = new HashMap<>();
        LISTENS.stream().filter(l -> l.listenedAt() <= END - RealisticHistory.MAPPER_LAG_SECONDS)
                .forEach(l -> mappedByMsid.computeIfAbsent(l.recordingMsid(), k -> new HashSet<>())
                        .add(l.track().mbidMapping() != null));
        assertThat(mappedByMsid.values()).allSatisfy(states -> assertThat(states).hasSize(1));
        assertThat(mappedByMsid.values()).anySatisfy(states -> assertThat(states).containsOnly(false));
        // listens of the last hours are not mapped yet, though earlier listens of their submissions are
        List<Listen> small = RealisticHistory.of(20_000, END).listens();
        Set<String> mappedBefore = new HashSet<>();
        List<Listen> recent = new ArrayList<>();
        for (Listen l : small) {
            if (l.listenedAt() > END - RealisticHistory.MAPPER_LAG_SECONDS) {
                recent.add(l);
            } else if (l.track().mbidMapping() != null) {
                mappedBefore.add(l.recordingMsid());
            }
        }
        assertThat(recent).isNotEmpty().allSatisfy(l -> assertThat(l.track().mbidMapping()).isNull());
        assertThat(recent).anySatisfy(l -> assertThat(mappedBefore).contains(l.recordingMsid()));
    }

    @Test
    void mbidsAreLowerCaseUuids() {
        assertThat(LISTENS.stream().map(l -> l.track().mbidMapping()).filter(m -> m != null)
                .flatMap(RealisticHistoryTest::mbids)).allSatisfy(id -> assertThat(id).matches(UUID));
        assertThat(LISTENS).extracting(Listen::recordingMsid).allSatisfy(id -> assertThat(id).matches(UUID));
        assertThat(RealisticHistory.uuid(1, 'x', 2)).matches(UUID).satisfies(id -> assertThat(id.charAt(14)).isEqualTo('4'));
    }

    @Test
    void listensOfOneSubmissionShareOneMetadata() {
        Map<String, Set<TrackMetadata>> byMsid = new HashMap<>();
        LISTENS.stream().filter(l -> l.listenedAt() <= END - RealisticHistory.MAPPER_LAG_SECONDS)
                .forEach(l -> byMsid.computeIfAbsent(l.recordingMsid(),
                        k -> Collections.newSetFromMap(new IdentityHashMap<>())).add(l.track()));
        assertThat(byMsid.values()).allSatisfy(tracks -> assertThat(tracks).hasSize(1));
        assertThat(byMsid).hasSizeLessThan(LISTENS.size() * 2 / 3);
    }

    @Test
    void theWorstCaseHasAnMsidAndAnAdditionalInfoOfItsOwnOnEveryListen() {
        RealisticHistory worst = RealisticHistory.of(20_000, END).mode(RealisticHistory.Mode.WORST_CASE);
        List<Listen> listens = streamed(worst);
        List<Listen> realistic = RealisticHistory.of(20_000, END).listens();
        assertThat(listens).extracting(Listen::recordingMsid).doesNotHaveDuplicates();
        assertThat(listens.stream().map(l -> l.track().additionalInfo()).distinct()).hasSize(listens.size());
        assertThat(listens).extracting(Listen::listenedAt)
                .isEqualTo(realistic.stream().map(Listen::listenedAt).toList());
        for (int i = 0; i < listens.size(); i++) {
            TrackMetadata w = listens.get(i).track();
            TrackMetadata r = realistic.get(i).track();
            assertThat(List.of(w.artistName(), w.trackName(), w.releaseName()))
                    .isEqualTo(List.of(r.artistName(), r.trackName(), r.releaseName()));
            assertThat(w.mbidMapping()).isEqualTo(r.mbidMapping());
        }
        assertThat(listens).allSatisfy(l -> {
            Map<String, Object> other = l.track().additionalInfo().other();
            if (client(l).equals("listenbrainz")) {
                assertThat(other.get("ms_played")).isInstanceOf(Long.class);
            } else {
                assertThat(other).containsEntry("client_timestamp", Instant.ofEpochSecond(l.listenedAt()).toString());
            }
        });
    }

    @Test
    void everyExportLineReadsBackAsTheSameListen() {
        assertThat(LISTENS).allSatisfy(l -> assertThat(ListenJson.parse(ExportZip.line(l))).isEqualTo(withoutUser(l)));
        RealisticHistory.of(5_000, END).mode(RealisticHistory.Mode.WORST_CASE).forEach(l ->
                assertThat(ListenJson.parse(ExportZip.line(l))).isEqualTo(withoutUser(l)));
    }

    @Property(tries = 30)
    void anySeedAndSizeGivesThatManyListensInTimeOverTenYears(@ForAll long seed, @ForAll @IntRange(min = 200, max = 3_000) int count) {
        List<Listen> listens = streamed(RealisticHistory.of(count, END).seed(seed));
        assertThat(listens).hasSize(count);
        for (int i = 1; i < count; i++) {
            assertThat(listens.get(i).listenedAt()).isGreaterThan(listens.get(i - 1).listenedAt());
        }
        assertThat(listens.get(count - 1).listenedAt()).isEqualTo(END - 120);
        assertThat(END - 120 - listens.get(0).listenedAt())
                .isBetween(RealisticHistory.SPAN_SECONDS - 1, RealisticHistory.SPAN_SECONDS);
    }

    private static HistoryShape shape(List<Listen> listens) {
        HistoryShape shape = new HistoryShape();
        listens.forEach(shape::add);
        return shape;
    }

    private static List<String> lines(RealisticHistory history) {
        List<String> lines = new ArrayList<>();
        history.forEach(l -> lines.add(ExportZip.line(l)));
        return lines;
    }

    private static List<Listen> streamed(RealisticHistory history) {
        List<Listen> listens = new ArrayList<>();
        history.forEach(listens::add);
        return listens;
    }

    private static Listen withoutUser(Listen l) {
        return new Listen(l.listenedAt(), l.insertedAt(), l.recordingMsid(), null, l.track());
    }

    private static Stream<String> mbids(MbidMapping m) {
        List<String> ids = new ArrayList<>(List.of(m.recordingMbid(), m.releaseMbid()));
        if (m.releaseGroupMbid() != null) {
            ids.add(m.releaseGroupMbid());
        }
        ids.addAll(m.artistMbids());
        return ids.stream();
    }

    private static String client(Listen l) {
        return String.valueOf(l.track().additionalInfo().submissionClient());
    }

    private static Listen first(Predicate<Listen> p) {
        return LISTENS.stream().filter(p).findFirst().orElseThrow();
    }

    private static long count(Predicate<Listen> p) {
        return LISTENS.stream().filter(p).count();
    }
}
