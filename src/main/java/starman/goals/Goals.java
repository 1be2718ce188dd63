package starman.goals;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.function.Supplier;
import starman.atlas.Releases;
import starman.json.JsonReader;
import starman.json.JsonWriter;
import starman.metrics.charts.Days;
import starman.time.CivilDate;

/** The person's goals, in the order they were set; kept as JSON beside the settings. */
public record Goals(List<Goal> list) {
    public static final Goals NONE = new Goals(List.of());
    /** More than anyone listens in a month: a bigger number is a typing slip. */
    public static final int MAX_TARGET = 100_000;

    public Goals {
        list = List.copyOf(list);
    }

    /** An album a goal can name: heard, by its canonical key, with its track count (0 when not known yet). */
    public record Album(String key, String name, int tracks) {
    }

    /**
     * What the form holds: {@code kind} and {@code span} the names of {@link Goal.Kind} and {@link Goal.Span},
     * {@code deadline} a front-to-back goal's last day as "YYYY-MM-DD".
     */
    public record Form(String kind, String target, String span, String album, String deadline) {
    }

    /** What a front-to-back goal needs: the studio albums with a known track list, or (0) the sentence why none. */
    public record StudioAlbums(int count, String problem) {
    }

    /** A goal from the form's text, or the sentence that says what to correct. */
    public record Checked(Goal goal, String problem) {
    }

    public Goals with(Goal goal) {
        List<Goal> more = new ArrayList<>(list);
        more.add(goal);
        return new Goals(more);
    }

    public Goals without(int id) {
        List<Goal> kept = new ArrayList<>();
        for (Goal goal : list) {
            if (goal.id() != id) {
                kept.add(goal);
            }
        }
        return new Goals(kept);
    }

    /** The id the next goal takes. */
    public int nextId() {
        int max = list.isEmpty() ? 0 : Integer.MIN_VALUE;
        for (Goal goal : list) {
            max = Math.max(max, goal.id());
        }
        return max + 1;
    }

    /**
     * Checks what a person typed: an album goal needs {@code album}, which {@code albums} finds among the heard ones
     * (null when none has that name), and takes its track count as target; a front-to-back goal needs a deadline from
     * {@code today} (the local epoch day of {@code now}) on and the studio albums of the discography; the others need
     * a whole number above zero.
     */
    public Checked check(Form form, Function<String, Album> albums, Supplier<StudioAlbums> studioAlbums,
                         String artist, long now, int today) {
        Goal.Kind k = value(Goal.Kind.values(), form.kind());
        Goal.Span s = value(Goal.Span.values(), form.span());
        String album = form.album();
        String target = form.target();
        if (k == null) {
            return problem("Choose what the goal counts: minutes, songs, different albums, every track of an album or"
                    + " every studio album front to back.");
        }
        if (k == Goal.Kind.FRONT_TO_BACK) {
            return frontToBack(form.deadline(), studioAlbums, now, today);
        }
        if (s == null) {
            return problem("Choose whether the goal is for a day, a week or a month.");
        }
        if (k == Goal.Kind.ALBUM_TRACKS) {
            String name = album == null ? "" : album.trim();
            if (name.isEmpty()) {
                return problem("Enter the album whose every track you want to hear, for example one of your top albums.");
            }
            Album found = albums.apply(name);
            if (found == null) {
                return problem("Starman has not heard an album called '" + name + "' by " + artist
                        + "; choose one of the albums it suggests as you type.");
            }
            if (found.tracks() == 0) {
                return problem("The track list of " + found.name() + " is not known yet (it comes from ListenBrainz's"
                        + " metadata); try again once it has arrived.");
            }
            return new Checked(new Goal(nextId(), k, found.tracks(), s, found.key(), found.name(), now), null);
        }
        String typed = target == null ? "" : target.trim();
        long n;
        try {
            n = Long.parseLong(typed);
        } catch (NumberFormatException e) {
            return problem(typed.isEmpty() ? "Enter the goal's target, a whole number such as 60."
                    : "The target is a whole number such as 60; '" + typed + "' is not one.");
        }
        if (n <= 0) {
            return problem("A goal needs a target above zero; " + n + " " + k.unit + " would be met before you start.");
        }
        if (n > MAX_TARGET) {
            return problem("A target of " + n + " " + k.unit + " " + s.each + " is more than anyone can hear; enter at"
                    + " most " + MAX_TARGET + ".");
        }
        return new Checked(new Goal(nextId(), k, (int) n, s, null, null, now), null);
    }

    private Checked frontToBack(String deadline, Supplier<StudioAlbums> studioAlbums, long now, int today) {
        String typed = deadline == null ? "" : deadline.trim();
        if (typed.isEmpty()) {
            return problem("Enter the day by which to hear every studio album front to back, such as "
                    + CivilDate.ofEpochDay(today + 90) + ".");
        }
        CivilDate date = Releases.date(typed);
        if (date == null) {
            return problem("'" + typed + "' is not a date; enter the deadline as year-month-day, such as "
                    + CivilDate.ofEpochDay(today + 90) + ".");
        }
        int day = (int) date.toEpochDay();
        if (day < today) {
            return problem(Days.longDate(day) + " has passed; choose today or a later day as the deadline.");
        }
        StudioAlbums studio = studioAlbums.get();
        if (studio.count() == 0) {
            return problem(studio.problem());
        }
        return new Checked(Goal.frontToBack(nextId(), studio.count(), now, day), null);
    }

    private static Checked problem(String sentence) {
        return new Checked(null, sentence);
    }

    private static <E extends Enum<E>> E value(E[] values, String name) {
        for (E e : values) {
            if (e.name().equals(name == null ? "" : name.trim().toUpperCase(Locale.ROOT))) {
                return e;
            }
        }
        return null;
    }

    public String toJson() {
        JsonWriter w = new JsonWriter().beginArray();
        for (Goal g : list) {
            w.beginObject().name("id").value(g.id()).name("kind").value(g.kind().name()).name("target")
                    .value(g.target()).name("created").value(g.created());
            if (g.span() != null) {
                w.name("span").value(g.span().name());
            } else {
                w.name("deadline").value(CivilDate.ofEpochDay(g.deadline()).toString());
            }
            if (g.albumKey() != null) {
                w.name("album_key").value(g.albumKey()).name("album_name").value(g.albumName());
            }
            w.endObject();
        }
        return w.endArray().toString();
    }

    /** Saved goals; one of a kind or span this version does not know is dropped, the rest kept. */
    public static Goals parse(String json) {
        List<Goal> goals = new ArrayList<>();
        JsonReader r = new JsonReader(json);
        r.readArray(() -> {
            long id = 0;
            long target = 0;
            long created = 0;
            String kind = null;
            String span = null;
            String albumKey = null;
            String albumName = null;
            String deadline = null;
            r.beginObject();
            while (r.hasNext()) {
                switch (r.nextName()) {
                    case "id" -> id = r.nextLong();
                    case "kind" -> kind = r.nextString();
                    case "target" -> target = r.nextLong();
                    case "span" -> span = r.nextString();
                    case "created" -> created = r.nextLong();
                    case "album_key" -> albumKey = r.nextStringOrNull();
                    case "album_name" -> albumName = r.nextStringOrNull();
                    case "deadline" -> deadline = r.nextStringOrNull();
                    default -> r.skipValue();
                }
            }
            r.endObject();
            Goal.Kind k = value(Goal.Kind.values(), kind);
            Goal.Span s = value(Goal.Span.values(), span);
            CivilDate last = Releases.date(deadline);
            if (k == Goal.Kind.FRONT_TO_BACK && last != null && target > 0) {
                goals.add(Goal.frontToBack((int) id, (int) target, created, (int) last.toEpochDay()));
            } else if (k != null && k != Goal.Kind.FRONT_TO_BACK && s != null && target > 0
                    && (k != Goal.Kind.ALBUM_TRACKS || albumKey != null)) {
                goals.add(new Goal((int) id, k, (int) target, s, albumKey, albumName == null ? albumKey : albumName,
                        created));
            }
        });
        r.endDocument();
        return new Goals(goals);
    }
}
