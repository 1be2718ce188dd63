package starman.session;

import static org.assertj.core.api.Assertions.assertThat;
import static starman.session.TestBrowser.END;
import static starman.session.TestBrowser.USER;

import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import starman.coach.CoachFeed;
import starman.coach.Message;
import starman.goals.GoalProgress;
import starman.goals.Goals;
import starman.model.Listen;
import starman.normalize.ArtistFilter;
import starman.simulator.HistoryGenerator;
import starman.sync.NowPlayingLane;

/** Goals set through the session: kept on the disk for the next visit, refused with a sentence, heard by the coach. */
class GoalsSessionTest {
    static final long MINUTE = 60_000;
    private final List<Listen> history = HistoryGenerator.generate(3, USER, 3_000, END).listens();
    private final TestBrowser browser = SessionTest.browser(history);

    @AfterEach
    void close() {
        browser.close();
    }

    @Test
    void aGoalIsKeptForTheNextVisitAndABadOneIsNotSaved() throws IOException {
        TestBrowser.TestTab tab = browser.connected().open();
        browser.timer.runFor(10 * MINUTE);
        TestBrowser.TestTab other = browser.open();

        assertThat(tab.session.addGoal(new Goals.Form("MINUTES", "0", "DAY", "", "")))
                .isEqualTo("A goal needs a target above zero; 0 minutes would be met before you start.");
        assertThat(tab.session.addGoal(new Goals.Form("ALBUM_TRACKS", "", "WEEK", "No Such Album", ""))).startsWith(
                "Starman has not heard an album called 'No Such Album' by David Bowie");
        assertThat(DiskStorage.open(browser.disk).goals()).isEqualTo(Goals.NONE);
        assertThat(other.reloads).isZero();

        assertThat(tab.session.addGoal(new Goals.Form("SONGS", "20", "WEEK", "", ""))).isNull();
        String album = tab.session.goalAlbums().get(0);
        assertThat(tab.session.addGoal(new Goals.Form("ALBUM_TRACKS", "", "MONTH", album, ""))).isNull();
        assertThat(other.reloads).as("the other tab starts again with them").isEqualTo(2);

        TestBrowser.TestTab next = browser.open();
        browser.timer.runFor(MINUTE);
        List<GoalProgress> kept = next.session.goals();
        assertThat(kept).extracting(p -> p.goal().title("David Bowie"))
                .containsExactly("20 songs of David Bowie a week", "every track of " + album + " a month");
        assertThat(kept.get(0).done()).isEqualTo(tab.session.goals().get(0).done());

        tab.session.removeGoal(kept.get(0).goal().id());
        assertThat(DiskStorage.open(browser.disk).goals().list()).extracting(g -> g.albumName()).containsExactly(album);
    }

    @Test
    void damagedGoalsAndMappingsAreDroppedWhileTheListensStay() throws IOException {
        TestBrowser.TestTab first = browser.connected().open();
        browser.timer.runFor(10 * MINUTE);
        assertThat(first.session.addGoal(new Goals.Form("SONGS", "20", "WEEK", "", ""))).isNull();
        long songs = first.session.dashboard().allTime().songs();
        first.close();
        browser.disk.put(DiskStorage.GOALS, "[{\"id\": 1, \"kind\": ");
        browser.disk.put(DiskStorage.MAPPINGS, "{\"mappings\": [[\"key\"");

        TestBrowser.TestTab tab = browser.open();
        browser.timer.runFor(MINUTE);

        assertThat(tab.session.isDamaged()).isFalse();
        assertThat(tab.session.goals()).isEmpty();
        assertThat(tab.session.dashboard().allTime().songs()).isEqualTo(songs).isPositive();
    }

    @Test
    void theCoachSaysWhenATrackMeetsAGoal() throws IOException {
        TestBrowser.TestTab tab = browser.connected().open();
        browser.timer.runFor(5 * MINUTE);
        Listen bowie = history.stream().filter(l -> ArtistFilter.DAVID_BOWIE.matches(l.track())).reduce((a, b) -> b)
                .orElseThrow();
        tab.session.addGoal(new Goals.Form("SONGS", "1", "DAY", "", ""));
        int today = (int) tab.session.goals().get(0).done();
        tab.session.removeGoal(1);
        tab.session.addGoal(new Goals.Form("SONGS", Integer.toString(today + 1), "DAY", "", ""));

        browser.server.setPlayingNow(USER, bowie.track());
        browser.timer.runFor(NowPlayingLane.VISIBLE_POLL_MILLIS);
        long now = browser.clock.nowMillis() / 1000;
        browser.server.addListen(USER, new Listen(now - 5, now - 5, "just-ended", USER, bowie.track()));
        browser.server.clearPlayingNow(USER);
        browser.timer.runFor(NowPlayingLane.VISIBLE_POLL_MILLIS);

        String met = "Goal met: " + (today + 1) + (today == 0 ? " song" : " songs") + " of David Bowie today.";
        assertThat(tab.session.coachFeed()).extracting(CoachFeed.Line::message)
                .contains(new Message(Message.Kind.GOAL_MET, met));
        assertThat(DiskStorage.open(browser.disk).coachFeed().lines()).extracting(CoachFeed.Line::message)
                .contains(new Message(Message.Kind.GOAL_MET, met));
    }
}
