package starman.goals;

import starman.metrics.Periods;
import starman.metrics.charts.Days;

/**
 * One goal the person set: {@code target} of {@code kind} per {@code span}, counted afresh each period; or, for
 * {@link Kind#FRONT_TO_BACK}, every studio album of the artist front to back once between the day it was set and the
 * end of {@code deadline} (span null). An album goal names its canonical album by key ({@code albumKey}, with the name
 * it had when set) and its target is the album's track count; a front-to-back goal's target is the studio albums
 * with a known track list when set (its progress counts those known now).
 *
 * @param id this goal among the person's, for removing it
 * @param created when it was set (unix seconds): only periods that began after are ever called missed
 * @param deadline the last local day (an epoch day) of a front-to-back goal, -1 for the others
 */
public record Goal(int id, Kind kind, int target, Span span, String albumKey, String albumName, long created,
                   int deadline) {
    /** A goal counted afresh each period. */
    public Goal(int id, Kind kind, int target, Span span, String albumKey, String albumName, long created) {
        this(id, kind, target, span, albumKey, albumName, created, -1);
    }

    /** Every studio album front to back by the end of the local day {@code deadline}. */
    public static Goal frontToBack(int id, int studioAlbums, long created, int deadline) {
        return new Goal(id, Kind.FRONT_TO_BACK, studioAlbums, null, null, null, created, deadline);
    }

    public enum Kind {
        MINUTES("minutes"),
        SONGS("songs"),
        ALBUMS("different albums"),
        ALBUM_TRACKS("tracks"),
        FRONT_TO_BACK("studio albums");

        /** The unit of its figures: "34 of 60 minutes". */
        public final String unit;

        Kind(String unit) {
            this.unit = unit;
        }
    }

    /** The period a goal is counted over, in the person's zone and week start. */
    public enum Span {
        DAY("today", "yesterday", "a day"),
        WEEK("this week", "last week", "a week"),
        MONTH("this month", "last month", "a month");

        public final String now;
        public final String past;
        public final String each;

        Span(String now, String past, String each) {
            this.now = now;
            this.past = past;
            this.each = each;
        }

        /** The period of this span that contains the instant. */
        public Periods.Range at(Periods periods, long epochSecond) {
            return switch (this) {
                case DAY -> periods.day(epochSecond);
                case WEEK -> periods.week(epochSecond);
                case MONTH -> periods.month(epochSecond);
            };
        }
    }

    /** "60 minutes of David Bowie", "every track of Low", "every studio album of David Bowie front to back". */
    public String what(String artist) {
        return switch (kind) {
            case ALBUM_TRACKS -> "every track of " + albumName;
            case FRONT_TO_BACK -> "every studio album of " + artist + " front to back";
            default -> target + " " + unit(target) + " of " + artist;
        };
    }

    /** "60 minutes of David Bowie a day", "every studio album of David Bowie front to back by Friday 30 April 2027". */
    public String title(String artist) {
        return what(artist) + " " + (span == null ? "by " + Days.longDate(deadline) : span.each);
    }

    /** The period it is counted over at the instant: the span's that contains it, or from the day set to the deadline. */
    public Periods.Range period(Periods periods, long epochSecond) {
        return span == null ? new Periods.Range(periods.day(created).start(), periods.startOfDay(deadline + 1))
                : span.at(periods, epochSecond);
    }

    /** The period it is counted over now, in words: "today", "this week", "so far". */
    public String now() {
        return span == null ? "so far" : span.now;
    }

    /** The unit for an amount: "1 song", "2 songs". */
    String unit(double amount) {
        return amount == 1 && kind != Kind.ALBUMS ? kind.unit.substring(0, kind.unit.length() - 1)
                : amount == 1 ? "different album" : kind.unit;
    }
}
