package starman.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import starman.model.Listen;

/** The listens endpoint's paging rule against a plain reference: filter, pick oldest or newest, newest first. */
class ListenStorePropertiesTest {
    static final List<Listen> HISTORY = HistoryGenerator.generate(11, "p", 400, 1_700_100_000L).listens();
    static final long FIRST = HISTORY.get(0).listenedAt();
    static final long SPAN = HISTORY.get(HISTORY.size() - 1).listenedAt() - FIRST;
    static final ListenStore STORE = new ListenStore(HISTORY);

    @Property(tries = 500)
    void pagesFollowListenBrainzsRule(@ForAll @IntRange(min = -1, max = 1000) int minPermille,
                                      @ForAll @IntRange(min = -1, max = 1000) int maxPermille,
                                      @ForAll @IntRange(min = 0, max = 120) int count,
                                      @ForAll @LongRange(min = -2, max = 2) long jitter) {
        Long minTs = minPermille < 0 ? null : FIRST + SPAN * minPermille / 1000 + jitter;
        Long maxTs = maxPermille < 0 ? null : FIRST + SPAN * maxPermille / 1000 + jitter;
        Stream<Listen> inRange = HISTORY.stream()
                .filter(l -> minTs == null || l.listenedAt() > minTs)
                .filter(l -> maxTs == null || l.listenedAt() < maxTs);
        List<Listen> expected = minTs != null
                ? inRange.limit(count).sorted(Comparator.comparing(Listen::key).reversed()).toList()
                : inRange.sorted(Comparator.comparing(Listen::key).reversed()).limit(count).toList();
        assertThat(STORE.page(minTs, maxTs, count)).isEqualTo(expected);
    }
}
