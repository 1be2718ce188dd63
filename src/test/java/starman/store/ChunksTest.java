package starman.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class ChunksTest {
    /** Commits of random sizes, as sync pages and import batches add entries, replayed with what they replace. */
    @Test
    void chunksStayFewAndNoMergeWritesMoreThanTheCap() {
        Random random = new Random(7);
        Chunks chunks = new Chunks(new int[0], 0);
        List<Integer> keys = new ArrayList<>();
        int size = 0;
        int largestWrite = 0;
        for (int commit = 0; commit < 5_000; commit++) {
            int added = random.nextInt(10) == 0 ? random.nextInt(3_000) : 1 + random.nextInt(40);
            int grown = size + added;
            int start = chunks.nextStart(grown);
            keys.removeAll(chunks.replaced(start));
            if (!keys.contains(start)) {
                keys.add(start);
            }
            chunks.committed(start, grown);
            largestWrite = Math.max(largestWrite, grown - start);
            size = grown;
        }

        assertThat(size).isGreaterThan(10 * Chunks.MAX_MERGED);
        assertThat(largestWrite).as("entries written by one commit").isLessThanOrEqualTo(Chunks.MAX_MERGED);
        assertThat(chunks.count()).isEqualTo(keys.size())
                .isLessThanOrEqualTo(size / (Chunks.MAX_MERGED / 2) + 2 * 17);
        assertThat(keys).isSorted().startsWith(0);
    }
}
