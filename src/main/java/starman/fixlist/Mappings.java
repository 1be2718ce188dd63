package starman.fixlist;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import starman.json.JsonReader;
import starman.json.JsonWriter;
import starman.normalize.OwnMappings;

/**
 * The person's confirmed mappings, by submitted-text key ({@link OwnMappings#key}), kept as JSON beside the settings;
 * immutable: {@link #with} and {@link #without} give the next set.
 */
public final class Mappings implements OwnMappings {
    public static final Mappings NONE = new Mappings(Map.of());
    private static final int FORMAT = 1;

    /** One confirmed mapping, with what the fix-list showed of it (so the list of mappings needs no look-up). */
    public record Confirmed(String key, Mapping mapping, String title, String albumName, long atMillis) {
    }

    private final Map<String, Confirmed> byKey;

    private Mappings(Map<String, Confirmed> byKey) {
        this.byKey = byKey;
    }

    @Override
    public Mapping of(String key) {
        Confirmed c = byKey.get(key);
        return c == null ? null : c.mapping();
    }

    @Override
    public boolean isEmpty() {
        return byKey.isEmpty();
    }

    public Confirmed confirmed(String key) {
        return byKey.get(key);
    }

    /** In the order confirmed. */
    public List<Confirmed> list() {
        return List.copyOf(byKey.values());
    }

    public Mappings with(Confirmed confirmed) {
        Map<String, Confirmed> next = new LinkedHashMap<>(byKey);
        next.remove(confirmed.key());
        next.put(confirmed.key(), confirmed);
        return new Mappings(next);
    }

    public Mappings without(String key) {
        Map<String, Confirmed> next = new LinkedHashMap<>(byKey);
        next.remove(key);
        return new Mappings(next);
    }

    /** {@code {"v":1,"mappings":[[key,recording,releaseGroup,title,album,atMillis],...]}}. */
    public String toJson() {
        JsonWriter w = new JsonWriter().beginObject().name("v").value(FORMAT).name("mappings").beginArray();
        for (Confirmed c : byKey.values()) {
            w.beginArray().value(c.key()).value(c.mapping().recordingMbid()).value(c.mapping().releaseGroupMbid())
                    .value(c.title()).value(c.albumName()).value(c.atMillis()).endArray();
        }
        return w.endArray().endObject().toString();
    }

    /** What {@link #toJson} wrote; throws {@link starman.json.JsonException} when it is not such JSON. */
    public static Mappings parse(String json) {
        Map<String, Confirmed> byKey = new LinkedHashMap<>();
        JsonReader r = new JsonReader(json);
        r.beginObject();
        while (r.hasNext()) {
            if (!r.nextName().equals("mappings")) {
                r.skipValue();
                continue;
            }
            List<Confirmed> read = new ArrayList<>();
            r.readArray(() -> {
                r.beginArray();
                String key = r.nextString();
                Mapping mapping = new Mapping(r.nextString(), r.nextString());
                String title = r.nextStringOrNull();
                String album = r.nextStringOrNull();
                long at = r.nextLong();
                r.endArray();
                read.add(new Confirmed(key, mapping, title, album, at));
            });
            for (Confirmed c : read) {
                byKey.put(c.key(), c);
            }
        }
        r.endObject();
        r.endDocument();
        return new Mappings(byKey);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Mappings m && byKey.equals(m.byKey);
    }

    @Override
    public int hashCode() {
        return byKey.hashCode();
    }
}
