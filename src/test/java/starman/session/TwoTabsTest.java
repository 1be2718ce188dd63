package starman.session;

import static org.assertj.core.api.Assertions.assertThat;
import static starman.session.SessionTest.MINUTE;
import static starman.session.SessionTest.onDisk;
import static starman.session.TestBrowser.END;
import static starman.session.TestBrowser.USER;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import starman.model.Listen;
import starman.simulator.HistoryGenerator;
import starman.store.SyncCheckpoint;

/** Two tabs (two sessions) over one store: one writes, the other follows, and one takes over from the other. */
class TwoTabsTest {
    private final List<Listen> history = HistoryGenerator.generate(5, USER, 6_500, END).listens();
    private final TestBrowser browser = SessionTest.browser(history).connected();

    @AfterEach
    void close() {
        browser.close();
    }

    @Test
    void theSecondTabFollowsTheFirstThroughTheStoreAndSendsNothing() {
        TestBrowser.TestTab first = browser.open();
        TestBrowser.TestTab second = browser.open();
        browser.timer.runFor(10 * MINUTE);

        assertThat(first.session.isLeader()).isTrue();
        assertThat(second.session.isLeader()).isFalse();
        assertThat(second.session.canPause()).isFalse();
        assertThat(second.session.storage().listens().all()).isEqualTo(browser.server.listens(USER));
        assertThat(second.session.dashboard()).isEqualTo(first.session.dashboard());
        // one tab asked: the listen count once, the listens once, playing-now every 30 s
        assertThat(browser.server.stats().requests("listen-count")).isEqualTo(1);
        assertThat(browser.server.stats().requests("listens")).isEqualTo((history.size() + 999) / 1000);
    }

    @Test
    void closingTheSyncingTabMidBackfillHandsTheSyncOverAndNothingIsLost() throws IOException {
        TestBrowser.TestTab first = browser.open();
        TestBrowser.TestTab second = browser.open();
        int[] listensRequests = {0};
        browser.network(transport -> request -> {
            // the first tab closes as its third page is about to go
            if (request.url().contains("/listens?") && ++listensRequests[0] == 3) {
                first.close();
                throw new InterruptedIOException("the tab closed");
            }
            return transport.execute(request);
        });
        browser.timer.runUntil(first::isClosed, MINUTE);
        SyncCheckpoint handedOver = DiskStorage.open(browser.disk).listens().checkpoint();
        assertThat(handedOver.running()).isTrue();

        browser.timer.runFor(10 * MINUTE);

        assertThat(second.session.isLeader()).isTrue();
        assertThat(onDisk(browser)).isEqualTo(browser.server.listens(USER));
        assertThat(second.session.storage().listens().all()).isEqualTo(browser.server.listens(USER));
        assertThat(second.session.progress().done()).isTrue();
        // every page once: the second tab went on from the first one's checkpoint
        assertThat(browser.server.stats().requests("listens")).isEqualTo((history.size() + 999) / 1000);
    }

    @Test
    void aFollowerNeverWritesEvenWhenTheSyncingTabHasStopped() {
        browser.disk.quota(20_000);
        TestBrowser.TestTab first = browser.open();
        TestBrowser.TestTab second = browser.open();
        browser.timer.runFor(10 * MINUTE);

        assertThat(first.session.problem()).isNotNull();
        assertThat(first.session.isLeader()).isTrue();
        assertThat(second.session.isLeader()).isFalse();
        assertAsNoImport(second);
    }

    private static void assertAsNoImport(TestBrowser.TestTab tab) {
        boolean refused;
        try {
            tab.session.importFile((listens, user) -> {
                throw new AssertionError("a follower wrote");
            });
            refused = false;
        } catch (AnotherTabSyncs e) {
            refused = true;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        assertThat(refused).isTrue();
    }

    @Test
    void aBurstOfMessagesBeforeAReadingMakesOneReading() {
        TestBrowser.TestTab first = browser.open();
        TestBrowser.TestTab second = browser.open();
        browser.timer.runFor(10 * MINUTE);
        int marks = second.marks.size();

        for (int i = 0; i < 5; i++) {
            first.post(Session.LISTENS);
        }
        browser.timer.runFor(MINUTE);

        assertThat(second.marks.subList(marks, second.marks.size())).containsExactly(Tab.INDEXED);
    }

    @Test
    void aFollowerWhoseReadFailsSaysSoInTheStoragesWordsAndReadsAgainAtTheNextMessage() {
        TestBrowser.TestTab first = browser.open();
        TestBrowser.TestTab second = browser.open();
        browser.timer.runFor(10 * MINUTE);

        browser.disk.unreadable(true);
        first.post(Session.LISTENS);
        browser.timer.runFor(MINUTE);
        assertThat(second.session.problem()).isEqualTo(
                "Starman could not read this browser's storage (UnknownError: the database cannot be read).");

        browser.disk.unreadable(false);
        first.post(Session.LISTENS);
        browser.timer.runFor(MINUTE);
        assertThat(second.session.problem()).isNull();
    }

    @Test
    void aFollowerThatReadsDamagedDataSaysSoAndStopsReading() {
        TestBrowser.TestTab first = browser.open();
        TestBrowser.TestTab second = browser.open();
        browser.timer.runFor(10 * MINUTE);

        browser.disk.damageABlock();
        first.post(Session.LISTENS);
        browser.timer.runFor(MINUTE);

        assertThat(second.session.isDamaged()).isTrue();
        assertThat(second.session.problem()).startsWith("Starman's data in this browser is damaged");
        int marks = second.marks.size();
        first.post(Session.LISTENS);
        browser.timer.runFor(MINUTE);
        assertThat(second.marks).hasSize(marks);
    }
}
