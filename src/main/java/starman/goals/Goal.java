package starman.goals;

import starman.metrics.Periods;

/**
 * One goal the person set: {@code target} of {@code kind} per {@code span}, counted afresh each period. An album
 * goal names its canonical album by key ({@code albumKey}, with the name it had when set) and its target is the
 * album's track count.
 *
 * @param id this goal among the person's, for removing it
 * @param created when it was set (unix seconds): only periods that began after are ever called missed
 */
public record Goal(int id, Kind kind, int target, Span span, String albumKey, String albumName, long created) {
    public enum Kind {
        MINUTES("minutes"),
        SONGS("songs"),
        ALBUMS("different albums"),
        ALBUM_TRACKS("tracks");

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

    /** "60 minutes of David Bowie", "every track of Low". */
    public String what(String artist) {
        return kind == Kind.ALBUM_TRACKS ? "every track of " + albumName : target + " " + unit(target) + " of " + artist;
    }

    /** "60 minutes of David Bowie a day". */
    public String title(String artist) {
        return what(artist) + " " + span.each;
    }

    /** The unit for an amount: "1 song", "2 songs". */
    String unit(double amount) {
        return amount == 1 && kind != Kind.ALBUMS ? kind.unit.substring(0, kind.unit.length() - 1)
                : amount == 1 ? "different album" : kind.unit;
    }
}
