package starman.coach;

import java.util.ArrayList;
import java.util.List;
import starman.atlas.Atlas;
import starman.goals.Goal;
import starman.goals.GoalProgress;
import starman.goals.Goals;
import starman.listenbrainz.ArtistReleaseGroup;
import starman.metrics.ListenIndex;
import starman.metrics.Periods;
import starman.metrics.TrackLists;
import starman.metrics.charts.Days;

/**
 * What the coach says of the goals when listens land: a goal met, at risk (the first listen in the late part of
 * its period finds it behind pace) or missed (the first listen of a period
 * after one that ended short, if the goal was set by that one's start; the first listen after a front-to-back goal's
 * deadline), and an album of a front-to-back goal just played front to back. Like
 * {@link Coach}, a function of the index and the event: each line belongs to the listens that crossed it, so it is
 * said once, a reload or another tab included, with nothing remembered.
 */
public final class GoalCoach {
    private static final int[] NONE = new int[0];

    private final ListenIndex index;
    private final TrackLists trackLists;

    public GoalCoach(ListenIndex index, TrackLists trackLists) {
        this.index = index;
        this.trackLists = trackLists;
    }

    /** @param discography the artist's release groups, null while not fetched (front-to-back goals read them) */
    public List<Message> react(Goals goals, List<ArtistReleaseGroup> discography, CoachEvent event) {
        long now = event.now();
        int[] fresh = Coach.freshRows(index, event);
        List<Message> messages = new ArrayList<>();
        if (fresh.length == 0) {
            return messages;
        }
        String artist = index.artist().name();
        for (Goal goal : goals.list()) {
            if (goal.span() == null) {
                byDeadline(goal, discography, now, fresh, messages);
                continue;
            }
            Periods.Range period = goal.span().at(index.periods(), now);
            boolean firstOfPeriod = index.timestamp(fresh[fresh.length - 1]) >= period.start()
                    && noOtherRow(fresh, period.start(), now);
            Periods.Range last = goal.span().at(index.periods(), period.start() - 1);
            if (firstOfPeriod && goal.created() <= last.start()) {
                GoalProgress before = GoalProgress.in(goal, index, trackLists, null, last, now, NONE);
                if (before.status() == GoalProgress.Status.MISSED && before.trackListKnown()) {
                    messages.add(new Message(Message.Kind.GOAL_MISSED, "Goal missed: " + before.figure() + " of "
                            + subject(goal, artist) + " " + goal.span().past + "."));
                }
            }
            GoalProgress after = GoalProgress.in(goal, index, trackLists, null, period, now, NONE);
            if (!after.trackListKnown()) {
                continue;
            }
            if (after.status() == GoalProgress.Status.MET) {
                GoalProgress before = GoalProgress.in(goal, index, trackLists, null, period, now, fresh);
                if (before.status() != GoalProgress.Status.MET) {
                    messages.add(new Message(Message.Kind.GOAL_MET, "Goal met: " + goal.what(artist) + " "
                            + goal.span().now + "."));
                }
            } else {
                atRisk(after, period, now, fresh, "of " + subject(goal, artist) + " " + goal.span().now, messages);
            }
        }
        return messages;
    }

    /** At risk: the first listen in the late part of its period that finds it behind pace ("34 of 60 minutes " + what). */
    private void atRisk(GoalProgress after, Periods.Range period, long now, int[] fresh, String what,
                        List<Message> messages) {
        long late = period.start() + (long) Math.ceil((period.end() - period.start()) * GoalProgress.LATE);
        if (after.status() == GoalProgress.Status.AT_RISK && index.timestamp(fresh[fresh.length - 1]) >= late
                && noOtherRow(fresh, late, now)) {
            messages.add(new Message(Message.Kind.GOAL_AT_RISK, "Goal at risk: " + after.figure() + " " + what
                    + ". " + after.paceSentence()));
        }
    }

    /**
     * A front-to-back goal: missed with the first listen after its deadline; met, or an album of it played front to
     * back, by the listens that completed those plays; at risk as the others.
     */
    private void byDeadline(Goal goal, List<ArtistReleaseGroup> discography, long now, int[] fresh,
                            List<Message> messages) {
        Periods.Range period = goal.period(index.periods(), now);
        GoalProgress after = GoalProgress.in(goal, index, trackLists, discography, period, now, NONE);
        if (!after.trackListKnown()) {
            return;
        }
        String by = "by " + Days.longDate(goal.deadline());
        if (now >= period.end()) {
            if (after.status() == GoalProgress.Status.MISSED && index.timestamp(fresh[fresh.length - 1]) >= period.end()
                    && noOtherRow(fresh, period.end(), now)) {
                messages.add(new Message(Message.Kind.GOAL_MISSED, "Goal missed: " + after.figure() + " front to"
                        + " back " + by + "."));
            }
            return;
        }
        List<Atlas.FrontToBack> completed = after.completedBy(fresh);
        if (after.status() == GoalProgress.Status.MET && !completed.isEmpty()) {
            messages.add(new Message(Message.Kind.GOAL_MET, "Goal met: " + goal.what(index.artist().name()) + ", "
                    + completed.get(completed.size() - 1).name() + " the last of " + after.target() + "."));
            return;
        }
        for (Atlas.FrontToBack album : completed) {
            messages.add(new Message(Message.Kind.GOAL_ALBUM, "Front to back: " + album.name() + ", "
                    + after.figure() + " " + by + "."));
        }
        atRisk(after, period, now, fresh, "front to back " + by, messages);
    }

    /** Whether no row from {@code from} up to now is other than the fresh ones. */
    private boolean noOtherRow(int[] fresh, long from, long now) {
        int lo = index.rowsUpTo(from - 1);
        int hi = index.rowsUpTo(now);
        int freshInside = 0;
        for (int row : fresh) {
            if (row >= lo && row < hi) {
                freshInside++;
            }
        }
        return hi - lo == freshInside;
    }

    /** "David Bowie", or the album for an album goal: "34 of 60 minutes of David Bowie", "5 of 11 tracks of Low". */
    private static String subject(Goal goal, String artist) {
        return goal.kind() == Goal.Kind.ALBUM_TRACKS ? goal.albumName() : artist;
    }
}
