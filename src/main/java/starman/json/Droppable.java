package starman.json;

import java.util.function.Function;
import java.util.function.Supplier;

/**
 * How a record kept beside the listens is read when it is not worth refusing them for (a re-fetchable cache, the
 * coach's feed, goals, the person's own mappings): a damaged one reads as empty and is fetched or set again. The
 * listens and the settings are not read so: damage there is said, with "Forget my data" as the way out.
 */
public final class Droppable {
    private Droppable() {
    }

    /** {@code saved} as {@code parse} reads it; {@code empty}'s value when nothing was saved or it is damaged. */
    public static <T> T read(String saved, Function<String, T> parse, Supplier<T> empty) {
        if (saved == null) {
            return empty.get();
        }
        try {
            return parse.apply(saved);
        } catch (JsonException damaged) {
            return empty.get();
        }
    }
}
