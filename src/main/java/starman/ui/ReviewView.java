package starman.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.teavm.flavour.templates.BindTemplate;
import org.teavm.flavour.templates.Fragment;
import org.teavm.flavour.templates.Templates;
import starman.browser.SvgPicture;
import starman.metrics.Measure;
import starman.metrics.Totals;
import starman.metrics.charts.Days;
import starman.session.Session;
import starman.text.Format;
import starman.time.CivilDate;
import starman.training.Comparison;
import starman.training.Tops;
import starman.training.YearReview;

/**
 * This week, month and year against the ones before (a table and a picture each), any range of days, and a year in
 * review with a picker of the years that have listens. Every number is a button that opens its listens. They are
 * counted after the table, in a pass of their own, and again only when the listens or the day changed.
 */
@BindTemplate("templates/review.html")
public class ReviewView {
    private final AppView app;
    private final List<SvgPicture> pictures = new ArrayList<>();
    private final Fragment rangeTopLists = Templates.create(new TopListsView(this, this::getRangeLists));
    private final Fragment reviewTopLists = Templates.create(new TopListsView(this, this::getReviewLists));
    private List<Comparison> comparisons = List.of();
    private List<Integer> years = List.of();
    /** The year reviewed; 0 until the years are known (then the newest). */
    private int year;
    private YearReview review;
    /** What the figures shown were counted from: the index's changes, the day, the year. */
    private long countedChanges = -1;
    private int countedDay;
    private int countedYear;
    private boolean pending;
    private String rangeFrom = "";
    private String rangeTo = "";
    private Comparison.Span range;
    private Tops rangeTops;
    private String rangeProblem;

    ReviewView(AppView app) {
        this.app = app;
        SvgPicture.Chosen open = app.openShape();
        for (Comparison.Kind kind : Comparison.Kind.values()) {
            pictures.add(new SvgPicture(pictureId(kind), 1, open));
        }
    }

    private static String pictureId(Comparison.Kind kind) {
        return "compare-" + kind.name().toLowerCase(Locale.ROOT) + "-picture";
    }

    /** Counts the figures again, off this update, if the listens, the day or the year changed since. */
    void refresh() {
        Session session = app.session();
        long changes = session.listenChanges();
        int today = session.today();
        if (pending || changes == countedChanges && today == countedDay && year == countedYear) {
            return;
        }
        pending = true;
        if (rangeFrom.isEmpty()) {
            rangeFrom = CivilDate.ofEpochDay(today).withDay(1).toString();
            rangeTo = CivilDate.ofEpochDay(today).toString();
        }
        new Thread(() -> {
            comparisons = session.comparisons();
            years = session.reviewYears();
            int chosen = years.contains(year) || years.isEmpty() ? year : years.get(years.size() - 1);
            review = chosen == 0 ? null : session.review(chosen);
            year = chosen;
            countedChanges = changes;
            countedDay = today;
            countedYear = chosen;
            pending = false;
            app.changed();
        }).start();
    }

    /** Patches the pictures in place; called after the templates were updated. */
    void draw() {
        for (int i = 0; i < comparisons.size(); i++) {
            pictures.get(i).draw(comparisons.get(i).scene());
        }
    }

    public boolean isCounting() {
        return countedChanges < 0;
    }

    public List<ComparisonCard> getComparisons() {
        List<ComparisonCard> cards = new ArrayList<>();
        for (Comparison c : comparisons) {
            cards.add(ComparisonCard.of(c));
        }
        return cards;
    }

    /** Opens a figure's listens; {@code id} is the button's, given the focus back on close. */
    public void show(Figure f) {
        DrillDownView drill = app.drillDown();
        if (f.albumKey() != null) {
            drill.openAlbum(f.albumKey(), f.from(), f.to(), f.id(), f.name());
        } else if (f.recordingKey() != null) {
            drill.openRecording(f.recordingKey(), f.from(), f.to(), f.id(), f.name());
        } else {
            drill.openRange(f.from(), f.to(), f.measure(), f.id(), f.name());
        }
    }

    /** The template's handlers take a loop's variable: Flavour cannot pass a call's result to one. */
    public void showLabelled(Labelled l) {
        show(l.figure());
    }

    /** A number on screen that opens the listens behind it: in [from, to), of one album or recording if named. */
    public record Figure(String id, String amount, String name, long from, long to, Measure measure, String albumKey,
                         String recordingKey) {
        static Figure of(String id, String name, long from, long to, Measure measure, Totals t) {
            String amount = switch (measure) {
                case SONGS -> Format.count(t.songs());
                case ALBUMS -> Format.count(t.albums());
                case MINUTES -> Format.decimal(t.minutes());
            };
            String unit = measure.name().toLowerCase(Locale.ROOT);
            return new Figure(id, amount, name + ": " + amount + " " + (amount.equals("1") ? unit.substring(0,
                    unit.length() - 1) : unit), from, to, measure, null, null);
        }

        public String label() {
            return name + " — show listens";
        }

        /** "songs", "albums", "minutes". */
        public String unit() {
            return measure.name().toLowerCase(Locale.ROOT);
        }

        Figure withAlbum(String key) {
            return new Figure(id, amount, name, from, to, measure, key, null);
        }

        Figure withRecording(String key) {
            return new Figure(id, amount, name, from, to, measure, null, key);
        }
    }

    /** One measure of a comparison: the change, then so far, the same stretch and the other period whole. */
    public record MeasureRow(String title, String change, List<Figure> figures) {
    }

    /** A comparison as the page shows it; {@code legend} says what its columns count. */
    public record ComparisonCard(String id, String heading, String legend, List<MeasureRow> rows) {
        static ComparisonCard of(Comparison c) {
            String id = "compare-" + c.kind().name().toLowerCase(Locale.ROOT);
            List<MeasureRow> rows = new ArrayList<>();
            for (Measure m : Measure.values()) {
                String unit = m.name().toLowerCase(Locale.ROOT);
                rows.add(new MeasureRow(capital(unit), c.change(m).text(), List.of(
                        figure(id + "-current-" + unit, c.current(), m),
                        figure(id + "-stretch-" + unit, c.sameStretch(), m),
                        figure(id + "-whole-" + unit, c.whole(), m))));
            }
            String whole = c.kind() == Comparison.Kind.WEEK ? c.kind().other : c.whole().name();
            return new ComparisonCard(id, c.kind().heading(), "So far: " + c.kind().title.toLowerCase(Locale.ROOT)
                    + " up to now; same point: " + c.sameStretch().name() + ", as many days in and as long into the"
                    + " day; whole: all of " + whole + ".", rows);
        }

        private static Figure figure(String id, Comparison.Span span, Measure m) {
            return Figure.of(id, capital(span.name()), span.from(), span.to(), m, span.totals());
        }

        public String headingId() {
            return id + "-title";
        }

        public String pictureId() {
            return id + "-picture";
        }
    }

    private static String capital(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    // The range of days

    public String getRangeFrom() {
        return rangeFrom;
    }

    public void setRangeFrom(String rangeFrom) {
        this.rangeFrom = rangeFrom;
    }

    public String getRangeTo() {
        return rangeTo;
    }

    public void setRangeTo(String rangeTo) {
        this.rangeTo = rangeTo;
    }

    /** Counts the days chosen, as the table counts. */
    public void countRange() {
        int from = epochDay(rangeFrom);
        int to = epochDay(rangeTo);
        if (from == Integer.MIN_VALUE || to == Integer.MIN_VALUE) {
            range = null;
            rangeProblem = "Choose a first and a last day (year, month and day) to count the listens between them.";
        } else if (from > to) {
            range = null;
            rangeProblem = "The first day, " + Days.longDate(from) + ", comes after the last, " + Days.longDate(to)
                    + ": choose a first day on or before the last.";
        } else {
            rangeProblem = null;
            new Thread(() -> {
                Comparison.Span counted = app.session().range(from, to);
                rangeTops = app.session().tops(counted);
                range = counted;
                app.changed();
            }).start();
            return;
        }
        app.changed();
    }

    /** "2025-03-31" (what a date input gives) as an epoch day, or MIN_VALUE when it is not a date. */
    static int epochDay(String iso) {
        CivilDate date = iso == null ? null : CivilDate.parse(iso.trim());
        return date == null ? Integer.MIN_VALUE : (int) date.toEpochDay();
    }

    public String getRangeProblem() {
        return rangeProblem;
    }

    public boolean isRangeCounted() {
        return range != null;
    }

    public String getRangeName() {
        return range == null ? "" : range.name();
    }

    public List<Figure> getRangeFigures() {
        List<Figure> figures = new ArrayList<>();
        if (range != null) {
            for (Measure m : Measure.values()) {
                figures.add(Figure.of("range-" + m.name().toLowerCase(Locale.ROOT), range.name(), range.from(),
                        range.to(), m, range.totals()));
            }
        }
        return figures;
    }

    public Fragment getRangeTopLists() {
        return rangeTopLists;
    }

    public Fragment getReviewTopLists() {
        return reviewTopLists;
    }

    /** The range's top albums and tracks, by songs and by minutes, each opening its listens of the range. */
    List<ReviewList> getRangeLists() {
        Comparison.Span r = range;
        Tops t = rangeTops;
        if (r == null || t == null) {
            return List.of();
        }
        return List.of(topList("range-albums", "Top albums by songs", t.albums(), r.name(), r.from(), r.to(), true),
                topList("range-albums-minutes", "Top albums by minutes", t.albumsByMinutes(), r.name(), r.from(),
                        r.to(), true),
                topList("range-tracks", "Top tracks by songs", t.tracks(), r.name(), r.from(), r.to(), false),
                topList("range-tracks-minutes", "Top tracks by minutes", t.tracksByMinutes(), r.name(), r.from(),
                        r.to(), false));
    }

    private static ReviewList topList(String id, String title, List<YearReview.Top> tops, String of, long from,
                                      long to, boolean albums) {
        List<Labelled> items = new ArrayList<>();
        for (int i = 0; i < tops.size(); i++) {
            YearReview.Top t = tops.get(i);
            Figure f = top(id + "-" + i, t, of, from, to);
            items.add(new Labelled(t.name(), albums ? f.withAlbum(t.key()) : f.withRecording(t.key())));
        }
        return new ReviewList(id, title, items.isEmpty() ? "No listens in these days." : null, items);
    }

    // The year in review

    /** A year of the picker. */
    public record YearChoice(int year, boolean chosen) {
        public String id() {
            return "review-year-" + year;
        }

        public String pressed() {
            return chosen ? "true" : "false";
        }

        public String text() {
            return Integer.toString(year);
        }
    }

    public List<YearChoice> getYears() {
        List<YearChoice> choices = new ArrayList<>();
        for (int y : years) {
            choices.add(new YearChoice(y, y == year));
        }
        return choices;
    }

    public void pick(YearChoice choice) {
        year = choice.year();
        refresh();
    }

    public boolean isReviewed() {
        return review != null;
    }

    /** "2024 in review", "2026 so far"; counting while the year just chosen is counted. */
    public String getReviewTitle() {
        if (review == null) {
            return "No listens yet";
        }
        return (review.soFar() ? review.title() : review.year() + " in review") + (review.year() != year
                ? " (counting " + year + "…)" : "");
    }

    /** Songs, albums, minutes and distinct tracks of the year. */
    private List<Figure> reviewTotals() {
        List<Figure> figures = new ArrayList<>();
        YearReview r = review;
        String of = r.title();
        for (Measure m : Measure.values()) {
            figures.add(Figure.of("review-" + m.name().toLowerCase(Locale.ROOT), of, r.from(), r.to(), m, r.totals()));
        }
        figures.add(new Figure("review-tracks", Format.count(r.tracks()), of + ": " + Format.count(r.tracks(),
                "distinct track", "distinct tracks"), r.from(), r.to(), Measure.SONGS, null, null));
        return figures;
    }

    /** A figure with what it counts: "Songs", an album's name. */
    public record Labelled(String title, Figure figure) {
        public String amount() {
            return figure.amount();
        }
    }

    public List<Labelled> getReviewFigures() {
        List<Figure> totals = reviewTotals();
        List<String> titles = List.of("Songs", "Albums", "Minutes", "Distinct tracks");
        List<Labelled> labelled = new ArrayList<>();
        for (int i = 0; i < totals.size(); i++) {
            labelled.add(new Labelled(titles.get(i), totals.get(i)));
        }
        YearReview r = review;
        busiest(labelled, "Busiest day", "review-busiest-day", r.busiestDay());
        busiest(labelled, "Busiest week", "review-busiest-week", r.busiestWeek());
        busiest(labelled, "Busiest month", "review-busiest-month", r.busiestMonth());
        busiest(labelled, "Longest streak", "review-streak", r.streakListens());
        return labelled;
    }

    private static void busiest(List<Labelled> labelled, String title, String id, YearReview.Busiest b) {
        if (b != null) {
            String amount = b.name() + ": " + Format.count(b.songs(), "song", "songs");
            labelled.add(new Labelled(title, new Figure(id, amount, title + ", " + amount, b.from(), b.to(),
                    Measure.SONGS, null, null)));
        }
    }

    /** A list of the review: the top albums, the top tracks, the firsts of the year. */
    public record ReviewList(String id, String title, String summary, List<Labelled> items) {
        public String titleId() {
            return id + "-title";
        }

        public String summaryId() {
            return id + "-summary";
        }
    }

    List<ReviewList> getReviewLists() {
        YearReview r = review;
        ReviewList albums = topList("review-top-albums", "Top albums", r.topAlbums(), r.title(), r.from(), r.to(),
                true);
        ReviewList tracks = topList("review-top-tracks", "Top tracks", r.topTracks(), r.title(), r.from(), r.to(),
                false);
        List<Labelled> firsts = new ArrayList<>();
        for (int i = 0; i < r.firsts().size(); i++) {
            YearReview.First f = r.firsts().get(i);
            String amount = "first heard " + Days.longDate(f.day());
            firsts.add(new Labelled(f.name(), new Figure("review-first-" + i, amount, f.name() + " in " + r.title()
                    + ", " + amount, r.from(), r.to(), Measure.SONGS, f.key(), null)));
        }
        String summary = firsts.isEmpty() ? "No album was heard for the first time this year."
                : Format.count(firsts.size(), "album", "albums") + " heard for the first time ever:";
        return List.of(albums, tracks, new ReviewList("review-firsts", "Firsts of the year", summary, firsts));
    }

    private static Figure top(String id, YearReview.Top t, String of, long from, long to) {
        String amount = Format.count(t.songs(), "song", "songs") + " · " + Format.decimal(t.minutes()) + " minutes";
        return new Figure(id, amount, t.name() + " in " + of + ": " + amount, from, to, Measure.SONGS, null, null);
    }
}
