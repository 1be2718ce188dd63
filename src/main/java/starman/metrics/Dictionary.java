package starman.metrics;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Interns strings to dense int ids, so columns hold ints instead of references. Ids are never reused. */
final class Dictionary {
    private final Map<String, Integer> ids = new HashMap<>();
    private final List<String> values = new ArrayList<>();

    int id(String value) {
        Integer id = ids.get(value);
        if (id == null) {
            id = values.size();
            ids.put(value, id);
            values.add(value);
        }
        return id;
    }

    /** The id of a known value, or -1. */
    int find(String value) {
        Integer id = ids.get(value);
        return id == null ? -1 : id;
    }

    String value(int id) {
        return values.get(id);
    }

    int size() {
        return values.size();
    }

    List<String> values() {
        return values;
    }
}
