package starman.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InterruptedIOException;
import org.junit.jupiter.api.Test;
import starman.listenbrainz.ListenBrainzException;
import starman.store.StorageException;
import starman.sync.Problems;
import starman.sync.Problems.Reach;

/** What each failure says and what happens next. */
class FailureTest {
    private static Failure of(Exception e) {
        return Failure.of(e, Reach.NO_ANSWER_YET, false);
    }

    private static Failure.Kind kind(Exception e) {
        return of(e).kind();
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
    void noAnswerAfterAnswersIsListenBrainzNotAnsweringAndPassesLikeAnyNetworkFailure() {
        ListenBrainzException none = new ListenBrainzException(ListenBrainzException.Kind.NETWORK,
                "Cannot reach ListenBrainz (Failed to fetch); check the connection.");

        assertThat(Failure.of(none, Reach.ANSWERED_BEFORE, false))
                .isEqualTo(new Failure(Failure.Kind.PASSING, Problems.NOT_ANSWERING));
    }

    @Test
    void storageFailuresReadTheStoreAgainBeforeTryingAgain() {
        Failure full = of(new StorageException("QuotaExceededError", true, null));
        Failure broken = of(new StorageException("Starman could not save (x).", false, null));
        Failure bug = of(new IllegalStateException("a bug"));

        assertThat(full.kind()).isEqualTo(Failure.Kind.STORAGE_FULL);
        assertThat(full.sentence()).isEqualTo(Problems.STORAGE_FULL);
        assertThat(broken.kind()).isEqualTo(Failure.Kind.STORAGE);
        assertThat(bug.kind()).isEqualTo(Failure.Kind.UNEXPECTED);
        assertThat(bug.sentence()).contains("a bug").endsWith("it will try again.");
        assertThat(full.rereads() && broken.rereads() && bug.rereads()).isTrue();
        assertThat(of(new IOException("reset")).rereads()).isFalse();
    }

    @Test
    void damageAReplacedDatabaseAndAClosingTabEachHaveTheirOwnWayOut() {
        assertThat(kind(new DamagedStorageException("x", null))).isEqualTo(Failure.Kind.DAMAGED);
        assertThat(Failure.of(new IOException("closed"), Reach.NO_ANSWER_YET, true)).isEqualTo(
                new Failure(Failure.Kind.REPLACED, Session.REPLACED));
        assertThat(kind(new InterruptedIOException())).isEqualTo(Failure.Kind.INTERRUPTED);
    }
}
