package starman.coach;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import starman.json.JsonReader;
import starman.json.JsonWriter;

/** The coach's latest lines, newest first, at most {@value #SIZE}; kept as JSON so a reload still shows them. */
public final class CoachFeed {
    public static final int SIZE = 20;

    private final List<Line> lines = new ArrayList<>();

    /** A coach message and when it was said (unix seconds). */
    public record Line(long at, Message message) {
    }

    /** One event's messages, said at {@code at}: they go on top, in the coach's order; the oldest fall off. */
    public synchronized void add(long at, List<Message> messages) {
        List<Line> event = new ArrayList<>();
        for (Message message : messages) {
            event.add(new Line(at, message));
        }
        lines.addAll(0, event);
        while (lines.size() > SIZE) {
            lines.remove(lines.size() - 1);
        }
    }

    public synchronized List<Line> lines() {
        return Collections.unmodifiableList(new ArrayList<>(lines));
    }

    public synchronized String toJson() {
        JsonWriter w = new JsonWriter().beginArray();
        for (Line line : lines) {
            w.beginObject().name("at").value(line.at()).name("kind").value(line.message().kind().name())
                    .name("text").value(line.message().text()).endObject();
        }
        return w.endArray().toString();
    }

    /** A saved feed; lines of a kind this version does not know are dropped, the rest kept. */
    public static CoachFeed parse(String json) {
        CoachFeed feed = new CoachFeed();
        JsonReader r = new JsonReader(json);
        r.readArray(() -> {
            long at = 0;
            String kind = null;
            String text = null;
            r.beginObject();
            while (r.hasNext()) {
                switch (r.nextName()) {
                    case "at" -> at = r.nextLong();
                    case "kind" -> kind = r.nextString();
                    case "text" -> text = r.nextString();
                    default -> r.skipValue();
                }
            }
            r.endObject();
            Message.Kind known = kindOf(kind);
            if (known != null && text != null && feed.lines.size() < SIZE) {
                feed.lines.add(new Line(at, new Message(known, text)));
            }
        });
        r.endDocument();
        return feed;
    }

    private static Message.Kind kindOf(String name) {
        for (Message.Kind kind : Message.Kind.values()) {
            if (kind.name().equals(name)) {
                return kind;
            }
        }
        return null;
    }
}
