package starman.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import starman.model.AdditionalInfo;
import starman.model.Listen;
import starman.model.TrackMetadata;

class FaultTallyTest {
    private static Listen listen(long at, String msid) {
        return new Listen(at, at + 5, msid, "rob", new TrackMetadata("Artist", "Track " + msid, "Album",
                new AdditionalInfo(215_000L, null, null, null, null, List.of(), null, "test", Map.of()), null));
    }

    /** The comparison itself: a listen missing, one twice and one changed are each found. */
    @Test
    void aLostDuplicatedOrChangedListenIsALoss() {
        List<Listen> server = List.of(listen(100, "a"), listen(200, "b"), listen(300, "c"));
        Listen changed = new Listen(300, 999, "c", "rob", server.get(2).track());
        FaultTally tally = new FaultTally();
        tally.compare(1, "same", List.copyOf(server), server);
        assertThat(tally.losses).isZero();

        tally.compare(2, "lost", List.of(server.get(0), server.get(2)), server);
        tally.compare(3, "twice", List.of(server.get(0), server.get(1), server.get(1), server.get(2)), server);
        tally.compare(4, "changed", List.of(server.get(0), server.get(1), changed), server);

        assertThat(tally.losses).isEqualTo(1 + 1 + 2);
        assertThat(tally.listensCompared).isEqualTo(4 * 3);
        assertThat(tally.lossReport.toString()).contains("seed 2, lost", "seed 3, twice", "seed 4, changed");
    }

    @Test
    void storageFaultsAreCountedBesideTheNetworksOnceASuiteRecordsAny() {
        FaultTally none = new FaultTally();
        FaultTally some = new FaultTally();
        some.recordStorage(FaultTally.StorageFault.FAILED_COMMIT, 3);
        some.recordStorage(FaultTally.StorageFault.STORAGE_FULL, 0);

        assertThat(none.markdown("t", 0, 0, "slow", "cmd")).doesNotContain("Storage faults");
        assertThat(none.markdownOnRealTime("t", 0, 0, "cmd")).doesNotContain("Storage faults");
        assertThat(some.markdown("t", 0, 0, "slow", "cmd")).contains("| Storage faults injected | 3 |",
                "| - a commit refused (the transaction aborted) | 3 |",
                "| - a commit refused for lack of room (the storage full until room is made) | 0 |");
        assertThat(some.markdownOnRealTime("t", 0, 0, "cmd")).contains("| Storage faults injected | 3 |");
    }

    /** Part of the history is no loss for the one-sided count; a listen twice or changed is. */
    @Test
    void extrasCountOnlyWhatIsStoredWrongly() {
        List<Listen> server = List.of(listen(100, "a"), listen(200, "b"), listen(300, "c"));
        Listen changed = new Listen(300, 999, "c", "rob", server.get(2).track());

        assertThat(FaultTally.extras(List.of(server.get(0)), server)).isZero();
        assertThat(FaultTally.extras(List.of(server.get(0), server.get(0)), server)).isEqualTo(1);
        assertThat(FaultTally.extras(List.of(server.get(0), changed), server)).isEqualTo(1);
    }

    @Test
    void aSuiteOfCasesListsWhatEachRefused() {
        FaultTally tally = new FaultTally();
        tally.recordStorage(FaultTally.StorageFault.FAILED_COMMIT, 3);

        assertThat(tally.markdownOfCases("t", "cmd", Map.of("sync", 3L)))
                .contains("| Commits refused (the transaction aborted) | 3 |", "| - sync | 3 |", "| Losses found | 0 |");
    }

    @Test
    void aSectionIsReplacedInPlaceAndOthersAreKept() {
        String text = MarkedSections.replace(ReliabilityReport.HEADER, "a", "A1");
        text = MarkedSections.replace(text, "b", "B1");
        String again = MarkedSections.replace(text, "a", "A2");

        assertThat(again).contains("A2", "B1").doesNotContain("A1");
        assertThat(again.indexOf("A2")).isLessThan(again.indexOf("B1"));
        assertThat(MarkedSections.replace(again, "a", "A2")).isEqualTo(again);
    }
}
