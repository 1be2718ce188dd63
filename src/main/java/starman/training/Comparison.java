package starman.training;

import java.util.ArrayList;
import java.util.List;
import starman.metrics.ListenIndex;
import starman.metrics.Measure;
import starman.metrics.Periods;
import starman.metrics.Totals;
import starman.metrics.charts.Days;
import starman.metrics.charts.PairedBars;
import starman.metrics.charts.Scene;
import starman.metrics.charts.Shape;
import starman.time.CivilDate;

/**
 * The current week, month or year so far against the one before it (the same month of last year for a month), in
 * the person's zone and week start. An unfinished period would lose to a whole one, so the fair measure is
 * {@link #sameStretch}: the other period up to the same point, as many local days in and as long into that day as
 * now is (capped at that day's end). {@link #whole} is the other period entire.
 */
public record Comparison(Kind kind, Span current, Span sameStretch, Span whole) {
    public enum Kind {
        WEEK("This week", "last week"),
        MONTH("This month", "the same month last year"),
        YEAR("This year", "last year");

        public final String title;
        public final String other;

        Kind(String title, String other) {
            this.title = title;
            this.other = other;
        }

        /** "This week vs last week". */
        public String heading() {
            return title + " vs " + other;
        }
    }

    /** The artist's listens in [from, to) (unix seconds), named as the page says them. */
    public record Span(String name, long from, long to, Totals totals) {
        public double value(Measure measure) {
            return switch (measure) {
                case SONGS -> totals.songs();
                case ALBUMS -> totals.albums();
                case MINUTES -> totals.minutes();
            };
        }
    }

    /** The week, the month and the year at {@code now}, in that order. */
    public static List<Comparison> at(ListenIndex index, long now) {
        List<Comparison> all = new ArrayList<>();
        for (Kind kind : Kind.values()) {
            all.add(of(index, kind, now));
        }
        return all;
    }

    public static Comparison of(ListenIndex index, Kind kind, long now) {
        Periods periods = index.periods();
        int today = periods.epochDay(now);
        CivilDate date = CivilDate.ofEpochDay(today);
        CivilDate first = switch (kind) {
            case WEEK -> CivilDate.ofEpochDay(Streaks.firstDayOfWeek(Streaks.week(today, periods.weekStart()),
                    periods.weekStart()));
            case MONTH -> date.withDay(1);
            case YEAR -> new CivilDate(date.year(), 1, 1);
        };
        CivilDate otherFirst = kind == Kind.WEEK ? CivilDate.ofEpochDay(first.toEpochDay() - 7) : first.plusMonths(-12);
        CivilDate otherEnd = switch (kind) {
            case WEEK -> first;
            case MONTH -> otherFirst.plusMonths(1);
            case YEAR -> first;
        };
        long otherFrom = start(periods, otherFirst);
        long otherTo = start(periods, otherEnd);
        int stretchDay = (int) otherFirst.toEpochDay() + (today - (int) first.toEpochDay());
        long into = now + 1 - periods.startOfDay(today);
        long cut = Math.min(otherTo,
                Math.min(periods.startOfDay(stretchDay) + into, periods.startOfDay(stretchDay + 1)));
        String otherName = otherName(kind, otherFirst);
        return new Comparison(kind,
                span(index, kind.title + " so far", start(periods, first), now + 1),
                span(index, otherName + " to the same point", otherFrom, cut),
                span(index, capital(otherName), otherFrom, otherTo));
    }

    /** "Last week", "March 2025", "2025". */
    private static String otherName(Kind kind, CivilDate first) {
        return switch (kind) {
            case WEEK -> "last week";
            case MONTH -> Days.monthName(first.month()) + " " + first.year();
            case YEAR -> Integer.toString(first.year());
        };
    }

    /** Local days {@code fromDay} to {@code toDay} inclusive (epoch days), counted as the workout table counts. */
    public static Span range(ListenIndex index, int fromDay, int toDay) {
        Periods periods = index.periods();
        String name = fromDay == toDay ? Days.longDate(fromDay)
                : Days.longDate(fromDay) + " to " + Days.longDate(toDay);
        return span(index, name, periods.startOfDay(fromDay), periods.startOfDay(toDay + 1));
    }

    private static Span span(ListenIndex index, String name, long from, long to) {
        return new Span(name, from, to, index.totals(from, Math.max(from, to)));
    }

    private static long start(Periods periods, CivilDate date) {
        return periods.startOfDay((int) date.toEpochDay());
    }

    private static String capital(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    /** The current period against the same stretch of the other for one measure. */
    public Change change(Measure measure) {
        return new Change(current.value(measure), sameStretch.value(measure));
    }

    /** The picture: a pair of bars per measure, so far and the same stretch, each opening its listens. */
    public Scene scene() {
        List<PairedBars.Pair> pairs = new ArrayList<>();
        for (Measure m : Measure.values()) {
            String unit = m.name().toLowerCase();
            pairs.add(new PairedBars.Pair(capital(unit), current.value(m), sameStretch.value(m),
                    current.name() + ": " + PairedBars.amount(current.value(m)) + " " + unit,
                    capital(sameStretch.name()) + ": " + PairedBars.amount(sameStretch.value(m)) + " " + unit,
                    Shape.range(current.from(), current.to(), m),
                    Shape.range(sameStretch.from(), sameStretch.to(), m)));
        }
        return PairedBars.scene(kind.heading() + ", so far and to the same point: " + change(Measure.SONGS).text()
                + " songs", current.name(), capital(sameStretch.name()), pairs);
    }

    /** A figure now against the same figure then. */
    public record Change(double now, double then) {
        public double difference() {
            return Math.round((now - then) * 10) / 10.0;
        }

        /** The difference as a share of then, in whole percent; null when then is zero. */
        public Long percent() {
            return then == 0 ? null : Math.round(100 * (now - then) / then);
        }

        /** "+12 (+25 %)", "-3.5 (-10 %)", "0 (0 %)", "+4 (new)" (none then), "0" (none either time). */
        public String text() {
            double d = difference();
            String sign = d > 0 ? "+" : "";
            Long p = percent();
            String share = p == null ? (d == 0 ? "" : " (new)") : " (" + (p > 0 ? "+" : "") + p + " %)";
            return sign + PairedBars.amount(d) + share;
        }
    }
}
