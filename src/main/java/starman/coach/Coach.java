package starman.coach;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import starman.atlas.Releases;
import starman.listenbrainz.ArtistReleaseGroup;
import starman.metrics.AlbumProgress;
import starman.metrics.AlbumProgress.Completion;
import starman.metrics.ListenIndex;
import starman.metrics.TrackLists;
import starman.metrics.Windows;
import starman.model.ListenKey;
import starman.time.CivilDate;
import starman.training.Anniversaries;
import starman.training.Rows;

/**
 * Turns events into encouragement: a pure function of the index state and the event, so it is tested
 * without timers. Each message is said once, by the event whose listens crossed the line: completing an
 * album in the current session, leaving an album before the focus threshold, reaching a sprint rate,
 * beating the best day, the first listen of a day that extends a streak, and the first listen of a day that is the
 * anniversary of a first listen (of the artist, of an album) or of a studio album's or EP's first release.
 */
public final class Coach {
    public static final double DEFAULT_FOCUS_THRESHOLD = 0.5;
    /** Sprint rates (songs per hour) worth a word; 12 is three back-to-back four-minute songs. */
    static final int[] SPRINT_MILESTONES = {12, 16, 20, 24};

    private final ListenIndex index;
    private final AlbumProgress progress;
    private final double focusThreshold;

    /** @param focusThreshold the share of an album (0..1) to hear before switching is no focus break */
    public Coach(ListenIndex index, TrackLists trackLists, double focusThreshold) {
        this.index = index;
        this.progress = new AlbumProgress(index, trackLists);
        this.focusThreshold = focusThreshold;
    }

    /** @param discography the artist's release groups, null while not fetched (release anniversaries read them) */
    public List<Message> react(CoachEvent event, List<ArtistReleaseGroup> discography) {
        int[] fresh = freshRows(index, event);
        List<Message> messages = new ArrayList<>();
        albumMessages(event.now(), fresh, messages);
        sprintMessage(event.now(), fresh, messages);
        dayMessages(event.now(), fresh, discography, messages);
        return messages;
    }

    /** The rows of the event's listens that are indexed and not after now, in time order. */
    static int[] freshRows(ListenIndex index, CoachEvent event) {
        int end = index.rowsUpTo(event.now());
        int[] rows = new int[event.fresh().size()];
        int n = 0;
        for (ListenKey key : event.fresh()) {
            int row = index.row(key);
            if (row >= 0 && row < end) {
                rows[n++] = row;
            }
        }
        rows = Arrays.copyOf(rows, n);
        Arrays.sort(rows);
        return rows;
    }

    private void albumMessages(long now, int[] fresh, List<Message> messages) {
        int current = progress.currentRow(now);
        if (current < 0) {
            return;
        }
        int sessionStart = progress.sessionStart(current);
        for (int row : fresh) {
            if (row < sessionStart) {
                continue; // a late listen from an earlier session: old news
            }
            Completion left = progress.focusBreak(row, focusThreshold);
            if (left != null) {
                messages.add(new Message(Message.Kind.FOCUS_BREAK, "Focus break: you left " + left.album() + " after "
                        + left.heard() + " of " + left.total() + " tracks."));
            }
            Completion reached = progress.completionAt(row);
            if (reached != null && reached.complete()
                    && !progress.completion(index.albumId(row), sessionStart, row).complete()) {
                messages.add(new Message(Message.Kind.ALBUM_COMPLETE, "Album complete: all " + reached.total()
                        + " tracks of " + reached.album() + " this session."));
            }
        }
    }

    private void sprintMessage(long now, int[] fresh, List<Message> messages) {
        double perListen = 3600.0 / Windows.SPRINT_S;
        double after = index.sprintPerHour(now);
        int inSprint = 0;
        for (int row : fresh) {
            inSprint += index.timestamp(row) > now - Windows.SPRINT_S ? 1 : 0;
        }
        double before = after - perListen * inSprint;
        for (int i = SPRINT_MILESTONES.length - 1; i >= 0; i--) {
            int m = SPRINT_MILESTONES[i];
            if (before < m && m <= after) {
                messages.add(new Message(Message.Kind.SPRINT, "Sprint: " + m + " songs an hour!"));
                return;
            }
        }
    }

    private void dayMessages(long now, int[] fresh, List<ArtistReleaseGroup> discography, List<Message> messages) {
        int today = index.periods().epochDay(now);
        int end = index.rowsUpTo(now);
        int todaySongs = 0;
        int bestBefore = 0;
        int runDay = Integer.MIN_VALUE;
        int runSongs = 0;
        int streak = 0;
        for (int row = 0; row < end; row++) {
            int day = index.epochDay(row);
            if (day != runDay) {
                streak = day == runDay + 1 ? streak + 1 : 1;
                runDay = day;
                runSongs = 0;
            }
            runSongs++;
            if (day == today) {
                todaySongs = runSongs;
            } else {
                bestBefore = Math.max(bestBefore, runSongs);
            }
        }
        long freshToday = 0;
        for (int row : fresh) {
            freshToday += index.epochDay(row) == today ? 1 : 0;
        }
        long todayBefore = todaySongs - freshToday;
        if (bestBefore > 0 && todaySongs > bestBefore && todayBefore <= bestBefore) {
            messages.add(new Message(Message.Kind.DAILY_RECORD, "New daily record: " + todaySongs + " songs by "
                    + index.artist().name() + " today (best was " + bestBefore + ")."));
        }
        if (todaySongs > 0 && todayBefore == 0 && streak >= 2) {
            messages.add(new Message(Message.Kind.STREAK, "Day " + streak + " in a row with " + index.artist().name() + "."));
        }
        if (todaySongs > 0 && todayBefore == 0) {
            for (Anniversaries.Anniversary a : new Anniversaries().on(Rows.of(index), today)) {
                messages.add(new Message(Message.Kind.ANNIVERSARY, "On this day: " + a.sentence(index.artist().name())));
            }
            List<Releases.Released> released = discography == null ? List.of()
                    : Releases.onThisDay(discography, CivilDate.ofEpochDay(today));
            for (Releases.Released r : released) {
                messages.add(new Message(Message.Kind.RELEASE_ANNIVERSARY, "On this day: " + r.sentence()));
            }
        }
    }
}
