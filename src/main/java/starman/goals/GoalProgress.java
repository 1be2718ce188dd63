package starman.goals;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;
import java.util.function.IntConsumer;
import starman.atlas.Atlas;
import starman.listenbrainz.ArtistReleaseGroup;
import starman.metrics.ListenIndex;
import starman.metrics.Periods;
import starman.metrics.TrackLists;
import starman.metrics.charts.Days;
import starman.normalize.CanonicalKeys;
import starman.normalize.TextKeys;
import starman.text.Format;

/**
 * Where a goal stands in one of its periods at {@code now}: what the artist's listens of the period up to now add up
 * to, the pace still needed to meet it by the period's end, when the current pace would meet it, and its status.
 * Counting reads only the period's rows of the index (found by time), never the whole history.
 *
 * @param from the period's first second, {@code end} the first second after it
 * @param done minutes (to the millisecond), songs, different albums, or the album's tracks heard
 * @param target what meets it (an album goal: its track count now, when the track list is known)
 * @param trackListKnown false for an album goal whose track list ListenBrainz has not given yet, or a front-to-back
 *     goal without the discography or any studio album's track list
 * @param albums a front-to-back goal's studio albums, each with its plays front to back within the period
 */
public record GoalProgress(Goal goal, long from, long end, long now, double done, int target, Status status,
                           boolean trackListKnown, Periods periods, List<Atlas.FrontToBack> albums) {
    /** Behind pace after this share of the period is at risk; earlier, there is time to catch up. */
    public static final double LATE = 2.0 / 3;

    /** Behind pace: the pace so far falls short, with time left to catch up; at risk: the same late in the period. */
    public enum Status {
        MET("Met"), ON_TRACK("On track"), BEHIND("Behind pace"), AT_RISK("At risk"), MISSED("Missed");

        public final String title;

        Status(String title) {
            this.title = title;
        }
    }

    /**
     * The goal in its period that contains {@code now}; {@code discography} is the artist's release groups (null while
     * not fetched), which only a front-to-back goal reads.
     */
    public static GoalProgress now(Goal goal, ListenIndex index, TrackLists trackLists,
                                   List<ArtistReleaseGroup> discography, long now) {
        return in(goal, index, trackLists, discography, goal.period(index.periods(), now), now, NO_ROWS);
    }

    private static final int[] NO_ROWS = new int[0];

    /**
     * The goal in {@code period} at {@code now}: its listens from the period's start up to now (or to its end, once
     * over), leaving out the rows {@code without} (ascending; the coach's state before the listens that just landed).
     */
    public static GoalProgress in(Goal goal, ListenIndex index, TrackLists trackLists,
                                  List<ArtistReleaseGroup> discography, Periods.Range period, long now, int[] without) {
        int lo = index.rowsUpTo(period.start() - 1);
        int hi = index.rowsUpTo(Math.min(now, period.end() - 1));
        double done;
        int target = goal.target();
        boolean known = true;
        List<Atlas.FrontToBack> albums = List.of();
        if (goal.kind() == Goal.Kind.FRONT_TO_BACK) {
            albums = discography == null ? List.of()
                    : Atlas.studioFrontToBack(discography, trackLists, index, lo, hi);
            known = !albums.isEmpty();
            target = known ? albums.size() : target;
            int played = 0;
            for (Atlas.FrontToBack album : albums) {
                played += playedWithout(album, without) ? 1 : 0;
            }
            done = played;
        } else if (goal.kind() == Goal.Kind.ALBUM_TRACKS) {
            AlbumTracks album = AlbumTracks.of(goal, index, trackLists);
            known = album != null;
            target = known ? album.size() : target;
            done = known ? album.heard(index, lo, hi, without) : 0;
        } else {
            done = count(goal.kind(), index, lo, hi, without);
        }
        return new GoalProgress(goal, period.start(), period.end(), now, done, target,
                status(done, target, period, now), known, index.periods(), albums);
    }

    /** Whether one of the album's front-to-back plays was completed by a row not in {@code without} (ascending). */
    private static boolean playedWithout(Atlas.FrontToBack album, int[] without) {
        for (int row : album.completedAt()) {
            if (Arrays.binarySearch(without, row) < 0) {
                return true;
            }
        }
        return false;
    }

    /** A front-to-back goal's studio albums played front to back in its period only by these rows (ascending). */
    public List<Atlas.FrontToBack> completedBy(int[] rows) {
        List<Atlas.FrontToBack> completed = new ArrayList<>();
        for (Atlas.FrontToBack album : albums) {
            if (album.played() && !playedWithout(album, rows)) {
                completed.add(album);
            }
        }
        return completed;
    }

    /** A front-to-back goal's studio albums not yet played front to back in its period, in release order. */
    public List<Atlas.FrontToBack> toDo() {
        List<Atlas.FrontToBack> open = new ArrayList<>();
        for (Atlas.FrontToBack album : albums) {
            if (!album.played()) {
                open.add(album);
            }
        }
        return open;
    }

    private static double count(Goal.Kind kind, ListenIndex index, int lo, int hi, int[] without) {
        long[] total = new long[1];
        BitSet albums = new BitSet();
        forEachRow(lo, hi, without, row -> {
            switch (kind) {
                case SONGS -> total[0]++;
                case MINUTES -> total[0] += Math.max(0, index.durationMs(row));
                default -> {
                    if (index.albumId(row) >= 0) {
                        albums.set(index.albumId(row));
                    }
                }
            }
        });
        return switch (kind) {
            case MINUTES -> total[0] / 60_000.0;
            case ALBUMS -> albums.cardinality();
            default -> total[0];
        };
    }

    /** Each row of [lo, hi) but those in {@code without} (ascending). */
    private static void forEachRow(int lo, int hi, int[] without, IntConsumer action) {
        int skip = 0;
        for (int row = lo; row < hi; row++) {
            while (skip < without.length && without[skip] < row) {
                skip++;
            }
            if (skip == without.length || without[skip] != row) {
                action.accept(row);
            }
        }
    }

    private static Status status(double done, int target, Periods.Range period, long now) {
        if (done >= target) {
            return Status.MET;
        }
        if (now >= period.end()) {
            return Status.MISSED;
        }
        double elapsed = elapsed(period.start(), period.end(), now);
        return done >= target * elapsed ? Status.ON_TRACK : elapsed >= LATE ? Status.AT_RISK : Status.BEHIND;
    }

    /** The share of the period gone at now, the second of now included (a listen at now counts). */
    private static double elapsed(long from, long end, long now) {
        return Math.min(1.0, (double) (Math.min(now + 1, end) - from) / (end - from));
    }

    /** The share of the period gone. */
    public double elapsed() {
        return elapsed(from, end, now);
    }

    /** What is left to meet it, 0 once met. */
    public double remaining() {
        return Math.max(0, target - done);
    }

    /** The seconds of the period after now. */
    public long secondsLeft() {
        return Math.max(0, end - (now + 1));
    }

    /** The seconds of the pace's unit: an hour for a day goal, a week for a front-to-back goal, a day for the others. */
    public long paceUnitSeconds() {
        return goal.span() == null ? 7 * 86_400 : goal.span() == Goal.Span.DAY ? 3600 : 86_400;
    }

    /** The pace still needed, per {@link #paceUnitSeconds()}: 0 once met, the whole remainder in the last second. */
    public double neededPace() {
        double left = secondsLeft() / (double) paceUnitSeconds();
        return remaining() == 0 ? 0 : left <= 0 ? remaining() : remaining() / left;
    }

    /**
     * When the pace so far (what is done over the time gone) would meet it, unix seconds; -1 when met already or
     * nothing is done yet to set a pace. It may lie after the period's end.
     */
    public long eta() {
        if (remaining() == 0 || done <= 0) {
            return -1;
        }
        double rate = done / (Math.min(now + 1, end) - from);
        return now + (long) Math.ceil(remaining() / rate);
    }

    /** What the pace so far comes to by the period's end. */
    public double projected() {
        return done / elapsed();
    }

    /** "34 of 60 minutes": whole units, rounded down, so a figure shown as the target is met. */
    public String figure() {
        if (!trackListKnown) {
            return goal.span() == null ? "discography not known yet" : "track list not known yet";
        }
        long whole = (long) Math.floor(done + 1e-9);
        return whole + " of " + target + " " + goal.unit(target);
    }

    /** "26 minutes to go: 3.1 minutes an hour until the day ends." */
    public String paceSentence() {
        if (!trackListKnown) {
            return goal.span() == null ? "The studio albums and their track lists come with the discography from"
                    + " ListenBrainz; Starman has not got them yet." : "The track list of " + goal.albumName()
                    + " comes with ListenBrainz's metadata; Starman has not got it yet.";
        }
        if (goal.span() == null) {
            return deadlinePace();
        }
        String period = goal.span().name().toLowerCase();
        if (status == Status.MET) {
            return "Met " + (now >= end ? goal.span().past : goal.span().now) + ".";
        }
        if (status == Status.MISSED) {
            return "Missed: the " + period + " ended at " + figure() + ".";
        }
        double left = Math.ceil(remaining() - 1e-9);
        return amount(left) + " to go: " + amount(neededPace()) + (goal.span() == Goal.Span.DAY ? " an hour" : " a day")
                + " until the " + period + " ends.";
    }

    /** "18 studio albums in 40 days: 3.2 a week." */
    private String deadlinePace() {
        if (status == Status.MET) {
            return "Met: all " + target + " " + goal.unit(target) + " front to back.";
        }
        if (status == Status.MISSED) {
            return "Missed: the deadline passed at " + figure() + ".";
        }
        long left = (long) Math.ceil(remaining() - 1e-9);
        long days = (secondsLeft() + 86_399) / 86_400;
        return left + " " + goal.unit(left) + " in " + Format.count(days, "day", "days") + ": "
                + Format.decimal(neededPace()) + " a week.";
    }

    /** "At this pace, met by 21:40." or "At this pace, 45 of 60 minutes by the end of the week." */
    public String etaSentence() {
        if (!trackListKnown || status == Status.MET || status == Status.MISSED) {
            return "";
        }
        long eta = eta();
        if (goal.span() == null) {
            return eta < 0 ? "Nothing front to back yet to set a pace."
                    : eta < end ? "At this pace, all " + target + " by " + Days.longDate(periods.epochDay(eta)) + "."
                    : "At this pace, " + (long) Math.floor(projected()) + " of " + target + " "
                            + goal.unit(target) + " by the deadline.";
        }
        if (eta < 0) {
            return "Nothing yet " + goal.span().now + " to set a pace.";
        }
        if (eta < end) {
            int day = periods.epochDay(eta);
            String on = day == periods.epochDay(now) ? "" : " on " + Days.longDate(day);
            return "At this pace, met" + on + " by " + clock(eta + 59) + "."; // the minute it is met in, rounded up
        }
        return "At this pace, " + (long) Math.floor(projected()) + " of " + target + " " + goal.unit(target)
                + " by the end of the " + goal.span().name().toLowerCase() + ".";
    }

    /** "21:40" in the person's zone. */
    private String clock(long epochSecond) {
        long local = Math.floorMod(epochSecond + periods.zone().offsetAt(epochSecond), 86_400L);
        long minutes = local / 60;
        return two(minutes / 60) + ":" + two(minutes % 60);
    }

    private static String two(long n) {
        return n < 10 ? "0" + n : Long.toString(n);
    }

    /** "3.1 minutes", "1 song". */
    private String amount(double value) {
        long tenths = Math.round(value * 10);
        String number = tenths % 10 == 0 ? Long.toString(tenths / 10) : tenths / 10 + "." + tenths % 10;
        return number + " " + goal.unit(tenths == 10 ? 1 : 2);
    }

    /** An album goal's tracks: each one's recording and title ids in the index, matched as the album card does. */
    private record AlbumTracks(int album, int[] recordings, int[] titles) {
        static AlbumTracks of(Goal goal, ListenIndex index, TrackLists trackLists) {
            String releaseGroup = CanonicalKeys.mbidOf(goal.albumKey());
            List<TrackLists.Track> tracks = releaseGroup == null ? null : trackLists.tracks(releaseGroup);
            if (tracks == null || tracks.isEmpty()) {
                return null;
            }
            int[] recordings = new int[tracks.size()];
            int[] titles = new int[tracks.size()];
            for (int i = 0; i < recordings.length; i++) {
                recordings[i] = index.findRecording(CanonicalKeys.mbidKey(tracks.get(i).recordingMbid()));
                titles[i] = index.findTitle(TextKeys.title(tracks.get(i).title()));
            }
            return new AlbumTracks(index.findAlbum(goal.albumKey()), recordings, titles);
        }

        int size() {
            return recordings.length;
        }

        int heard(ListenIndex index, int lo, int hi, int[] without) {
            BitSet heard = new BitSet(recordings.length);
            if (album >= 0) {
                forEachRow(lo, hi, without, row -> {
                    if (index.albumId(row) != album) {
                        return;
                    }
                    for (int t = 0; t < recordings.length; t++) {
                        if (recordings[t] >= 0 && index.recordingId(row) == recordings[t]
                                || titles[t] >= 0 && index.titleId(row) == titles[t]) {
                            heard.set(t);
                        }
                    }
                });
            }
            return heard.cardinality();
        }
    }
}
