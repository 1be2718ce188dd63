package starman.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InterruptedIOException;
import org.junit.jupiter.api.Test;
import starman.listenbrainz.ListenBrainzException;
import starman.store.StorageException;
import starman.sync.Problems;

/** What each failure says and what happens next. */
class FailureTest {
    private static Failure.Kind kind(Exception e) {
        return Failure.of(e, true, false).kind();
    }

    @Test
    void passingTroubleIsTriedAgainAndAWrongAccountWaitsForThePerson() {
        for (ListenBrainzException.Kind passing : new ListenBrainzException.Kind[] {ListenBrainzException.Kind.NETWORK,
            ListenBrainzException.Kind.SERVER_ERROR, ListenBrainzException.Kind.RATE_LIMITED,
            ListenBrainzException.Kind.MALFORMED}) {
            assertThat(kind(new ListenBrainzException(passing, "x"))).as(passing.name()).isEqualTo(Failure.Kind.PASSING);
        }
        for (ListenBrainzException.Kind account : new ListenBrainzException.Kind[] {
            ListenBrainzException.Kind.UNKNOWN_USER, ListenBrainzException.Kind.BAD_TOKEN,
            ListenBrainzException.Kind.BAD_REQUEST}) {
            assertThat(kind(new ListenBrainzException(account, "x"))).as(account.name()).isEqualTo(Failure.Kind.ACCOUNT);
        }
        assertThat(kind(new IOException("reset"))).isEqualTo(Failure.Kind.PASSING);
    }

    @Test
    void storageFailuresReadTheStoreAgainBeforeTryingAgain() {
        Failure full = Failure.of(new StorageException("QuotaExceededError", true, null), true, false);
        Failure broken = Failure.of(new StorageException("Starman could not save (x).", false, null), true, false);
        Failure bug = Failure.of(new IllegalStateException("a bug"), true, false);

        assertThat(full.kind()).isEqualTo(Failure.Kind.STORAGE_FULL);
        assertThat(full.sentence()).isEqualTo(Problems.STORAGE_FULL);
        assertThat(broken.kind()).isEqualTo(Failure.Kind.STORAGE);
        assertThat(bug.kind()).isEqualTo(Failure.Kind.UNEXPECTED);
        assertThat(bug.sentence()).contains("a bug").endsWith("it will try again.");
        assertThat(full.rereads() && broken.rereads() && bug.rereads()).isTrue();
        assertThat(Failure.of(new IOException("reset"), true, false).rereads()).isFalse();
    }

    @Test
    void damageAReplacedDatabaseAndAClosingTabEachHaveTheirOwnWayOut() {
        assertThat(kind(new DamagedStorageException("x", null))).isEqualTo(Failure.Kind.DAMAGED);
        assertThat(Failure.of(new IOException("closed"), true, true)).isEqualTo(
                new Failure(Failure.Kind.REPLACED, Session.REPLACED));
        assertThat(kind(new InterruptedIOException())).isEqualTo(Failure.Kind.INTERRUPTED);
    }
}
