package starman.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import starman.model.Listen;
import starman.model.ListenJson;
import starman.simulator.Catalogue.Album;
import starman.simulator.HistoryGenerator.History;

class HistoryGeneratorTest {
    static final long END = 1_764_000_000L;
    static final List<Listen> LISTENS = HistoryGenerator.generate(HistoryGenerator.DEFAULT_SEED, "demo", 50_000, END).listens();

    @Test
    void sameSeedGivesTheSameHistory() {
        History a = HistoryGenerator.generate(7, "demo", 5_000, END);
        History b = new HistoryGenerator(7).generate("demo", 5_000, END);
        assertThat(a.listens()).isEqualTo(b.listens());
        assertThat(json(a.listens())).isEqualTo(json(b.listens()));
    }

    @Test
    void differentSeedGivesADifferentHistory() {
        assertThat(json(HistoryGenerator.generate(7, "demo", 5_000, END).listens()))
                .isNotEqualTo(json(HistoryGenerator.generate(8, "demo", 5_000, END).listens()));
    }

    @Test
    void listensAreSortedUniqueAndEndBeforeTheEndTime() {
        assertThat(LISTENS).hasSize(50_000);
        assertThat(LISTENS).extracting(Listen::key).isSorted().doesNotHaveDuplicates();
        assertThat(LISTENS.get(LISTENS.size() - 1).listenedAt()).isLessThan(END);
        assertThat(LISTENS).allSatisfy(l -> {
            assertThat(l.userName()).isEqualTo("demo");
            assertThat(l.insertedAt()).isGreaterThanOrEqualTo(l.listenedAt()).isLessThanOrEqualTo(END);
        });
    }

    @Test
    void coversYearsAndAboutHalfIsBowie() {
        long years = (LISTENS.get(LISTENS.size() - 1).listenedAt() - LISTENS.get(0).listenedAt()) / (365 * 86400);
        assertThat(years).isGreaterThanOrEqualTo(3);
        assertThat(share(l -> l.track().artistName().equals("David Bowie"))).isBetween(0.40, 0.60);
    }

    @Test
    void hasTheQuirksOfRealHistories() {
        assertThat(share(l -> l.track().mbidMapping() == null)).isBetween(0.03, 0.20);
        assertThat(share(l -> l.track().additionalInfo().effectiveDurationMs() < 0)).isBetween(0.02, 0.10);
        assertThat(share(l -> l.track().additionalInfo().durationSeconds() != null)).isBetween(0.10, 0.40);
        assertThat(count(l -> l.track().mbidMapping() == null && l.track().additionalInfo().recordingMbid() != null))
                .isPositive();
        assertThat(count(l -> l.insertedAt() - l.listenedAt() > 2 * 3600)).isPositive();
        assertThat(count(l -> l.track().artistName().equals("Björk"))).isPositive();
        assertThat(count(l -> l.track().releaseName().equals("Ágætis byrjun"))).isPositive();
        assertThat(count(l -> l.track().artistName().equals("Queen & David Bowie")
                && l.track().mbidMapping() != null && l.track().mbidMapping().artists().size() == 2)).isPositive();
    }

    @Test
    void sameSecondTiesHaveDifferentMsids() {
        Map<Long, List<Listen>> bySecond = LISTENS.stream().collect(Collectors.groupingBy(Listen::listenedAt));
        List<List<Listen>> ties = bySecond.values().stream().filter(l -> l.size() > 1).toList();
        assertThat(ties).isNotEmpty();
        assertThat(ties).allSatisfy(t -> assertThat(t).extracting(Listen::recordingMsid).doesNotHaveDuplicates());
    }

    @Test
    void titleVariantsShareTheReleaseGroupButNotTheRelease() {
        Album ziggy = Catalogue.standard().albums().stream()
                .filter(a -> a.name().startsWith("The Rise and Fall of Ziggy Stardust")).findFirst().orElseThrow();
        List<Listen> starman = LISTENS.stream()
                .filter(l -> l.track().mbidMapping() != null && l.track().mbidMapping().recordingName().equals("Starman"))
                .toList();
        assertThat(starman).extracting(l -> l.track().trackName())
                .contains("Starman", "Starman - 2012 Remaster", "Starman (2012 Remastered Version)");
        assertThat(starman).extracting(l -> l.track().releaseName())
                .contains("The Rise and Fall of Ziggy Stardust and the Spiders from Mars (40th Anniversary Edition)");
        assertThat(starman).extracting(l -> l.track().mbidMapping().releaseGroupMbid()).containsOnly(ziggy.releaseGroupMbid());
        assertThat(starman.stream().map(l -> l.track().mbidMapping().releaseMbid()).distinct().count()).isEqualTo(3);
        assertThat(starman).extracting(l -> l.track().mbidMapping().recordingMbid()).containsOnly(
                ziggy.tracks().get(3).mbid());
    }

    @Test
    void listensOfOneSubmissionShareMsidAndMetadata() {
        Map<String, Set<Object>> tracksByMsid = LISTENS.stream()
                .filter(l -> l.listenedAt() < END - HistoryGenerator.MAPPER_LAG_SECONDS)
                .collect(Collectors.groupingBy(Listen::recordingMsid, Collectors.mapping(Listen::track, Collectors.toSet())));
        assertThat(tracksByMsid.values()).allSatisfy(tracks -> assertThat(tracks).hasSize(1));
    }

    @Test
    void theNewestListensAreNotMappedYet() {
        assertThat(LISTENS.stream().filter(l -> l.listenedAt() > END - HistoryGenerator.MAPPER_LAG_SECONDS))
                .isNotEmpty()
                .allSatisfy(l -> assertThat(l.track().mbidMapping()).isNull());
    }

    @Test
    void linesAreAsFatAsRealOnes() {
        double averageBytes = LISTENS.stream().limit(2_000).mapToInt(l -> ListenJson.toJson(l).length()).average()
                .orElseThrow();
        assertThat(averageBytes).isBetween(600.0, 1500.0);
    }

    @Test
    void generatesAMillionListens() {
        List<Listen> million = HistoryGenerator.generate(1, "big", 1_000_000, END).listens();
        assertThat(million).hasSize(1_000_000);
        int outOfOrder = 0;
        for (int i = 1; i < million.size(); i++) {
            // strictly increasing keys: sorted and unique
            if (million.get(i - 1).key().compareTo(million.get(i).key()) >= 0) {
                outOfOrder++;
            }
        }
        assertThat(outOfOrder).isZero();
    }

    private static double share(Predicate<Listen> p) {
        return (double) count(p) / LISTENS.size();
    }

    private static long count(Predicate<Listen> p) {
        return LISTENS.stream().filter(p).count();
    }

    private static List<String> json(List<Listen> listens) {
        return listens.stream().map(ListenJson::toJson).toList();
    }
}
