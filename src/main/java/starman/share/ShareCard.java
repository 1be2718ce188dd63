package starman.share;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import starman.atlas.Atlas;
import starman.atlas.ReleaseKind;
import starman.goals.GoalProgress;
import starman.metrics.Dashboard;
import starman.metrics.Totals;
import starman.metrics.charts.Days;
import starman.metrics.charts.Scene;
import starman.metrics.charts.Shape;
import starman.metrics.charts.SvgMarkup;
import starman.text.Format;
import starman.training.PersonalBests;
import starman.training.Streaks;
import starman.training.Training;

/**
 * Cards of 1200 x 630 (the size link previews use): the workout (a tile per period with its songs, albums and
 * minutes, the streak and three personal bests), a goal's progress, or the discography atlas's summary. Their own
 * colours, light on dark, so they read the same wherever they are posted; texts too long for their place get a
 * smaller size, never overflow.
 */
public final class ShareCard {
    public static final int WIDTH = 1200;
    public static final int HEIGHT = 630;
    private static final double MARGIN = 60;
    private static final double GAP = 20;
    private static final double TILE_TOP = 175;
    private static final double TILE_HEIGHT = 225;
    private static final int ALBUM_COLUMNS = 3;
    private static final int ALBUM_ROWS = 9;

    /** The card's colours and type: the document carries them, as no page style sheet reaches an image. */
    static final String CSS = "text{font-family:system-ui,-apple-system,'Segoe UI',Roboto,sans-serif;fill:#f2f4f7}"
            + ".bg{fill:#101828}.tile{fill:#1d2939}.accent{fill:#f5a524}"
            + ".title{font-size:46px;font-weight:700}.title-s{font-size:34px;font-weight:700}"
            + ".sub{font-size:22px;fill:#98a2b3}.label{font-size:21px;fill:#98a2b3}"
            + ".value{font-size:60px;font-weight:700}.value-m{font-size:46px;font-weight:700}"
            + ".value-s{font-size:34px;font-weight:700}.value-xs{font-size:26px;font-weight:700}.unit{font-size:20px;fill:#d0d5dd}"
            + ".line{font-size:28px;font-weight:600}.line-s{font-size:22px;font-weight:600}"
            + ".small{font-size:20px;fill:#98a2b3}.end{text-anchor:end}"
            + ".album{font-size:19px}.album-s{font-size:16px}";

    private ShareCard() {
    }

    /** The workout of {@code today} (an epoch day); {@code training} may be null while it is still being counted. */
    public static Scene workout(String artist, Dashboard d, Training training, int today) {
        List<Shape> s = frame();
        String title = "My " + artist + " workout";
        s.add(fitted(MARGIN, 95, title, WIDTH - 2 * MARGIN, TITLE));
        s.add(new Shape.Text(MARGIN, 137, "sub", Days.longDate(today) + " · from my ListenBrainz history"));
        String[] labels = {"Last 60 minutes", "Today", "This week", "This month", "All time"};
        Totals[] totals = {d.pace(), d.today(), d.week(), d.month(), d.allTime()};
        double width = (WIDTH - 2 * MARGIN - 4 * GAP) / 5;
        for (int i = 0; i < 5; i++) {
            tile(s, MARGIN + i * (width + GAP), width, labels[i], totals[i], i > 0);
        }
        double y = TILE_TOP + TILE_HEIGHT + 70;
        if (training != null) {
            Streaks.Streak streak = training.streak().current();
            String line = streak.isNone() ? "No streak going today"
                    : Format.count(streak.days(), "day", "days") + " in a row with " + artist;
            s.add(fitted(MARGIN, y, line, WIDTH - 2 * MARGIN - 330, LINE));
            Streaks.Streak longest = training.streak().longest();
            if (!longest.isNone()) {
                s.add(new Shape.Text(WIDTH - MARGIN, y, "small end", "Longest streak: " + Format.count(longest.days(), "day", "days")));
            }
            s.add(new Shape.Text(MARGIN, y + 45, "small", bests(training.bests())));
        }
        footer(s);
        return new Scene(title + ", " + Days.longDate(today), WIDTH, HEIGHT, s);
    }

    /** The background and the accent bar down the left edge. */
    private static List<Shape> frame() {
        List<Shape> s = new ArrayList<>();
        s.add(new Shape.Box(0, 0, WIDTH, HEIGHT, "bg", null, null));
        s.add(new Shape.Box(0, 0, 12, HEIGHT, "accent", null, null));
        return s;
    }

    private static void footer(List<Shape> s) {
        s.add(new Shape.Text(WIDTH - MARGIN, HEIGHT - 32, "small end", "Starman · a listening coach in the browser"));
    }

    /** A goal's card: what it asks, how far it is, a bar, its status and the pace still needed. */
    public static Scene goal(String artist, GoalProgress g, int today) {
        List<Shape> s = frame();
        String title = "My goal: " + g.goal().title(artist);
        s.add(fitted(MARGIN, 95, title, WIDTH - 2 * MARGIN, TITLE));
        s.add(new Shape.Text(MARGIN, 137, "sub", Days.longDate(today) + " · from my ListenBrainz history"));
        s.add(fitted(MARGIN, 260, g.figure(), WIDTH - 2 * MARGIN - 260, VALUE));
        s.add(new Shape.Text(WIDTH - MARGIN, 260, "line end", g.status().title));
        double share = g.target() <= 0 ? 0 : Math.min(1, g.done() / g.target());
        s.add(new Shape.Box(MARGIN, 300, WIDTH - 2 * MARGIN, 36, "tile", null, null));
        s.add(new Shape.Box(MARGIN, 300, (WIDTH - 2 * MARGIN) * share, 36, "accent", null, null));
        s.add(fitted(MARGIN, 400, g.paceSentence(), WIDTH - 2 * MARGIN, LINE));
        if (!g.etaSentence().isEmpty()) {
            s.add(new Shape.Text(MARGIN, 445, "small", g.etaSentence()));
        }
        footer(s);
        return new Scene(title + ", " + g.figure() + ", " + g.status().title.toLowerCase(Locale.ROOT), WIDTH, HEIGHT,
                s);
    }

    /** The atlas's card: the studio-album tracks heard, and a bar per studio album, oldest first. */
    public static Scene atlas(String artist, Atlas atlas, int today) {
        List<Shape> s = frame();
        String title = "My " + artist + " atlas";
        s.add(fitted(MARGIN, 95, title, WIDTH - 2 * MARGIN, TITLE));
        s.add(new Shape.Text(MARGIN, 137, "sub", atlas.overall() + " · " + Days.longDate(today)));
        List<Atlas.Album> albums = new ArrayList<>();
        for (Atlas.Section section : atlas.sections()) {
            if (section.kind() == ReleaseKind.STUDIO_ALBUM) {
                for (Atlas.Album album : section.albums()) {
                    if (album.tracksKnown()) {
                        albums.add(album);
                    }
                }
            }
        }
        int shown = Math.min(albums.size(), ALBUM_COLUMNS * ALBUM_ROWS);
        double width = (WIDTH - 2 * MARGIN - (ALBUM_COLUMNS - 1) * GAP) / ALBUM_COLUMNS;
        for (int i = 0; i < shown; i++) {
            Atlas.Album album = albums.get(i);
            double x = MARGIN + (i / ALBUM_ROWS) * (width + GAP);
            double y = 185 + (i % ALBUM_ROWS) * 42;
            String name = (album.year().isEmpty() ? "" : album.year() + " ") + album.name();
            s.add(fitted(x, y, name, width - 70, ALBUM));
            s.add(new Shape.Text(x + width, y, "album end", album.heard() + "/" + album.total()));
            s.add(new Shape.Box(x, y + 8, width, 8, "tile", null, null));
            s.add(new Shape.Box(x, y + 8, width * album.trackShare(), 8, "accent", null, null));
        }
        if (albums.size() > shown) {
            s.add(new Shape.Text(MARGIN, HEIGHT - 32, "small", "and " + (albums.size() - shown) + " more"));
        }
        footer(s);
        return new Scene(title + ": " + atlas.overall(), WIDTH, HEIGHT, s);
    }

    /** The card as a standalone SVG document. */
    public static String svg(Scene card) {
        return SvgMarkup.document(card, CSS);
    }

    private static void tile(List<Shape> s, double x, double width, String label, Totals t, boolean albums) {
        s.add(new Shape.Box(x, TILE_TOP, width, TILE_HEIGHT, "tile", null, null));
        double left = x + 18;
        double room = width - 36;
        s.add(new Shape.Text(left, TILE_TOP + 40, "label", label));
        s.add(fitted(left, TILE_TOP + 112, Format.count(t.songs()), room, VALUE));
        s.add(new Shape.Text(left, TILE_TOP + 142, "unit", t.songs() == 1 ? "song" : "songs"));
        if (albums) {
            s.add(new Shape.Text(left, TILE_TOP + 178, "unit", Format.count(t.albums(), "album", "albums")));
        }
        s.add(new Shape.Text(left, TILE_TOP + 206, "unit", Format.count(Math.round(t.minutes())) + " min"));
    }

    /** "Bests: 9 songs in 15 minutes · 41 songs in a day · a 212-minute session". */
    private static String bests(List<PersonalBests.Best> bests) {
        List<String> parts = new ArrayList<>();
        for (PersonalBests.Best b : bests) {
            switch (b.kind()) {
                case SONGS_IN_15_MINUTES -> parts.add(b.amount() + " in 15 minutes");
                case SONGS_IN_A_DAY -> parts.add(b.amount() + " in a day");
                case LONGEST_SESSION -> parts.add("a " + Format.count(b.value()) + "-minute session");
                default -> { }
            }
        }
        return parts.isEmpty() ? "" : "Bests: " + String.join(" · ", parts);
    }

    /** A text's sizes, largest first: its style classes and their font sizes in px (as {@link #CSS} has them). */
    private record Sizes(String[] styles, int[] px) {
    }

    private static final Sizes TITLE = new Sizes(new String[] {"title", "title-s"}, new int[] {46, 34});
    private static final Sizes LINE = new Sizes(new String[] {"line", "line-s"}, new int[] {28, 22});
    private static final Sizes ALBUM = new Sizes(new String[] {"album", "album-s"}, new int[] {19, 16});
    private static final Sizes VALUE = new Sizes(new String[] {"value", "value-m", "value-s", "value-xs"},
            new int[] {60, 46, 34, 26});

    /** The text at the largest size that fits {@code room}; at the smallest, cut with an ellipsis if it must be. */
    static Shape.Text fitted(double x, double y, String text, double room, Sizes sizes) {
        int last = sizes.px().length - 1;
        for (int i = 0; i < last; i++) {
            if (width(text.length(), sizes.px()[i]) <= room) {
                return new Shape.Text(x, y, sizes.styles()[i], text);
            }
        }
        int chars = (int) (room / width(1, sizes.px()[last]));
        String shown = text.length() <= chars ? text : text.substring(0, Math.max(1, chars - 1)).trim() + "…";
        return new Shape.Text(x, y, sizes.styles()[last], shown);
    }

    /** About 0.6 em a character: a bold sans face's average, so most texts judged to fit do. */
    private static double width(int chars, int px) {
        return chars * px * 0.6;
    }
}
