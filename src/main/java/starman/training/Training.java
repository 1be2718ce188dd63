package starman.training;

import java.util.List;
import starman.metrics.charts.Days;
import starman.time.Weekday;

/**
 * The training figures the dashboard shows: the streak of days with the artist, the same with one missed day a week
 * forgiven, the personal bests and today's anniversaries of first listens; {@code today} is the local date they were
 * computed on (an epoch day).
 */
public record Training(Streaks.Summary streak, Streaks.Summary forgiving, List<PersonalBests.Best> bests,
                       List<Anniversaries.Anniversary> onThisDay, int today) {
    public static Training of(Rows rows, int today, Weekday weekStart) {
        return new Fold(weekStart).training(rows, today);
    }

    /** The figures followed as rows are appended: each call reads only the rows added since the last. */
    public static final class Fold {
        private final Streaks.Fold streak;
        private final Streaks.Fold forgiving;
        private final PersonalBests.Fold bests;
        private final Anniversaries firsts = new Anniversaries();

        public Fold(Weekday weekStart) {
            streak = new Streaks.Fold(1, false, weekStart);
            forgiving = new Streaks.Fold(1, true, weekStart);
            bests = new PersonalBests.Fold(weekStart);
        }

        public Training training(Rows rows, int today) {
            bests.add(rows);
            return new Training(streak.summary(rows, today), forgiving.summary(rows, today), bests.bests(rows),
                    firsts.on(rows, today), today);
        }
    }

    /** "5 days in a row with David Bowie, since Monday 25 November 2024. Longest: 23 days, from …". */
    public String streakSentence(String artist) {
        String sentence = sentence(streak, artist, "");
        return Character.toUpperCase(sentence.charAt(0)) + sentence.substring(1) + longest(streak);
    }

    /** The streak again with one missed day a week forgiven, and how many were. */
    public String forgivingSentence(String artist) {
        Streaks.Streak s = forgiving.current();
        String forgiven = s.graceDays() == 0 ? "" : " (" + s.graceDays() + (s.graceDays() == 1 ? " day" : " days")
                + " forgiven)";
        return "Forgiving one missed day a week: " + sentence(forgiving, artist, forgiven) + longest(forgiving);
    }

    private String sentence(Streaks.Summary summary, String artist, String forgiven) {
        Streaks.Streak s = summary.current();
        if (s.isNone()) {
            return "no streak going: a day with " + artist + " starts one.";
        }
        String keep = s.lastDay() < today ? "; a listen today keeps it going" : "";
        return days(s.days()) + " in a row with " + artist + forgiven + ", since " + Days.longDate(s.firstDay()) + keep
                + ".";
    }

    private static String longest(Streaks.Summary summary) {
        Streaks.Streak l = summary.longest();
        if (l.isNone()) {
            return "";
        }
        if (l.equals(summary.current())) {
            return " Your longest ever.";
        }
        return " Longest: " + days(l.days()) + ", from " + Days.longDate(l.firstDay()) + " to "
                + Days.longDate(l.lastDay()) + ".";
    }

    private static String days(int n) {
        return n == 1 ? "1 day" : n + " days";
    }
}
