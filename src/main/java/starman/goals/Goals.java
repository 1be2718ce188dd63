package starman.goals;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import starman.json.JsonReader;
import starman.json.JsonWriter;

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

    /** A goal from the form's text, or the sentence that says what to correct. */
    public record Checked(Goal goal, String problem) {
    }

    public Goals with(Goal goal) {
        List<Goal> more = new ArrayList<>(list);
        more.add(goal);
        return new Goals(more);
    }

    public Goals without(int id) {
        return new Goals(list.stream().filter(g -> g.id() != id).toList());
    }

    /** The id the next goal takes. */
    public int nextId() {
        return list.stream().mapToInt(Goal::id).max().orElse(0) + 1;
    }

    /**
     * Checks what a person typed: {@code kind} and {@code span} are the names of {@link Goal.Kind} and
     * {@link Goal.Span}; an album goal needs {@code album}, which {@code albums} finds among the heard ones (null
     * when none has that name), and takes its track count as target; the others need a whole number above zero.
     */
    public Checked check(String kind, String target, String span, String album, Function<String, Album> albums,
                         String artist, long now) {
        Goal.Kind k = value(Goal.Kind.values(), kind);
        Goal.Span s = value(Goal.Span.values(), span);
        if (k == null) {
            return problem("Choose what the goal counts: minutes, songs, different albums or every track of an album.");
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
                    .value(g.target()).name("span").value(g.span().name()).name("created").value(g.created());
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
                    default -> r.skipValue();
                }
            }
            r.endObject();
            Goal.Kind k = value(Goal.Kind.values(), kind);
            Goal.Span s = value(Goal.Span.values(), span);
            if (k != null && s != null && target > 0 && (k != Goal.Kind.ALBUM_TRACKS || albumKey != null)) {
                goals.add(new Goal((int) id, k, (int) target, s, albumKey, albumName == null ? albumKey : albumName,
                        created));
            }
        });
        r.endDocument();
        return new Goals(goals);
    }
}
