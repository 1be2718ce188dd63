package starman.coach;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import starman.goals.Goal;
import starman.goals.GoalHistory;
import starman.goals.Goals;
import starman.metrics.ListenIndex;
import starman.model.Listen;

/** The coach's goal lines: each said once, by the listen that crossed it, whatever listens follow. */
class GoalCoachTest {
    static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    static final long MONDAY = ZonedDateTime.of(2024, 11, 25, 0, 0, 0, 0, BERLIN).toEpochSecond();
    final ListenIndex index = GoalHistory.index(BERLIN, DayOfWeek.MONDAY, List.of());
    final GoalCoach coach = new GoalCoach(index, GoalHistory.TRACK_LISTS);
    final List<Message> said = new ArrayList<>();
    Goals goals = Goals.NONE;

    /** A listen of ten minutes at {@code t}; the coach hears it end then. */
    List<Message> ended(long t, int album, int track) {
        Listen l = GoalHistory.listen(t, album, track, 600_000);
        index.add(l);
        List<Message> messages = coach.react(goals, GoalHistory.DISCOGRAPHY, CoachEvent.trackEnded(t + 600, l.key()));
        said.addAll(messages);
        return messages;
    }

    @Test
    void aGoalMetIsSaidOnce() {
        goals = goals.with(new Goal(1, Goal.Kind.MINUTES, 30, Goal.Span.DAY, null, null, MONDAY));
        assertThat(ended(MONDAY + 9 * 3600, 0, 0)).isEmpty();
        assertThat(ended(MONDAY + 9 * 3600 + 600, 0, 1)).isEmpty();
        assertThat(ended(MONDAY + 9 * 3600 + 1200, 0, 2))
                .containsExactly(new Message(Message.Kind.GOAL_MET, "Goal met: 30 minutes of David Bowie today."));
        assertThat(ended(MONDAY + 9 * 3600 + 1800, 0, 3)).isEmpty();
        // a listen of earlier today that lands late changes nothing: the goal was met already
        assertThat(ended(MONDAY + 3600, 0, 4)).isEmpty();
    }

    @Test
    void aGoalAtRiskIsSaidAtTheFirstListenLateInItsPeriod() {
        goals = goals.with(new Goal(1, Goal.Kind.MINUTES, 120, Goal.Span.DAY, null, null, MONDAY));
        assertThat(ended(MONDAY + 10 * 3600, 0, 0)).isEmpty(); // behind pace, but not late
        long late = MONDAY + 17 * 3600; // past two thirds of the day
        assertThat(ended(late, 0, 1)).containsExactly(new Message(Message.Kind.GOAL_AT_RISK,
                "Goal at risk: 20 of 120 minutes of David Bowie today. 100 minutes to go: 14.6 minutes an hour until"
                        + " the day ends."));
        assertThat(ended(late + 600, 0, 2)).isEmpty();
        assertThat(ended(late + 1200, 0, 3)).isEmpty();
    }

    @Test
    void aGoalMissedIsSaidAtTheFirstListenOfTheNextPeriod() {
        goals = goals.with(new Goal(1, Goal.Kind.SONGS, 3, Goal.Span.WEEK, null, null, MONDAY - 86_400));
        ended(MONDAY + 3 * 86_400, 0, 0);
        long nextWeek = MONDAY + 7 * 86_400;
        assertThat(ended(nextWeek + 10 * 3600, 0, 1)).containsExactly(new Message(Message.Kind.GOAL_MISSED,
                "Goal missed: 1 of 3 songs of David Bowie last week."));
        assertThat(ended(nextWeek + 11 * 3600, 0, 2)).isEmpty();
        // a goal set during a week is not called missed for it
        goals = Goals.NONE.with(new Goal(2, Goal.Kind.SONGS, 3, Goal.Span.WEEK, null, null, nextWeek + 12 * 3600));
        assertThat(ended(nextWeek + 7 * 86_400 + 3600, 0, 3)).isEmpty();
    }

    @Test
    void everyTrackOfAnAlbumIsMetWhenItsLastTrackLands() {
        long DECEMBER = ZonedDateTime.of(2024, 12, 2, 0, 0, 0, 0, BERLIN).toEpochSecond();
        goals = goals.with(new Goal(1, Goal.Kind.ALBUM_TRACKS, 5, Goal.Span.MONTH, "mb:rg-3", "Album 3", DECEMBER));
        for (int track = 0; track < 4; track++) {
            ended(DECEMBER + track * 600, 3, track);
            ended(DECEMBER + track * 600 + 300, 3, 6); // a track not on the list
        }
        assertThat(said).isEmpty();
        assertThat(ended(DECEMBER + 3 * 3600, 3, 4))
                .containsExactly(new Message(Message.Kind.GOAL_MET, "Goal met: every track of Album 3 this month."));
        assertThat(ended(DECEMBER + 4 * 3600, 3, 0)).isEmpty();
    }

    @Test
    void aFrontToBackGoalSaysEachAlbumPlayedWholeThenMetOrMissed() {
        int friday = (int) LocalDate.of(2024, 11, 29).toEpochDay();
        goals = goals.with(Goal.frontToBack(1, 3, MONDAY + 3600, friday));
        for (int track = 0; track < 4; track++) {
            assertThat(ended(MONDAY + 7200 + track * 600L, 0, track)).isEmpty();
        }
        assertThat(ended(MONDAY + 7200 + 2400, 0, 4)).containsExactly(new Message(Message.Kind.GOAL_ALBUM,
                "Front to back: Album 0, 1 of 3 studio albums by Friday 29 November 2024."));
        assertThat(ended(MONDAY + 7200 + 3000, 0, 0)).isEmpty(); // Album 0 again: once is enough
        for (int album : new int[] {1, 2}) {
            for (int track = 0; track < 5; track++) {
                ended(MONDAY + album * 86_400L + track * 600, album, track);
            }
        }
        assertThat(said).containsExactly(
                new Message(Message.Kind.GOAL_ALBUM, "Front to back: Album 0, 1 of 3 studio albums by Friday 29"
                        + " November 2024."),
                new Message(Message.Kind.GOAL_ALBUM, "Front to back: Album 1, 2 of 3 studio albums by Friday 29"
                        + " November 2024."),
                new Message(Message.Kind.GOAL_MET, "Goal met: every studio album of David Bowie front to back, Album 2"
                        + " the last of 3."));

        said.clear();
        goals = Goals.NONE.with(Goal.frontToBack(2, 3, MONDAY + 5 * 86_400, friday + 2));
        long sunday = MONDAY + 6 * 86_400;
        assertThat(ended(sunday + 23 * 3600, 0, 1)).containsExactly(new Message(Message.Kind.GOAL_AT_RISK,
                "Goal at risk: 0 of 3 studio albums front to back by Sunday 1 December 2024. 3 studio albums in 1"
                        + " day: 605.0 a week.")); // 50 minutes left
        assertThat(ended(sunday + 86_400 + 3600, 0, 2)).containsExactly(new Message(Message.Kind.GOAL_MISSED,
                "Goal missed: 0 of 3 studio albums front to back by Sunday 1 December 2024."));
        assertThat(ended(sunday + 86_400 + 7200, 0, 3)).isEmpty();
    }
}
