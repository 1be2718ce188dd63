package starman.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class DroppableTest {
    private static List<String> words(String json) {
        JsonReader r = new JsonReader(json);
        List<String> read = new ArrayList<>();
        r.readArray(() -> read.add(r.nextString()));
        r.endDocument();
        return read;
    }

    @Test
    void aSavedRecordIsReadAndAMissingOrDamagedOneReadsAsEmpty() {
        assertThat(Droppable.read("[\"a\",\"b\"]", DroppableTest::words, List::of)).containsExactly("a", "b");
        assertThat(Droppable.read(null, DroppableTest::words, () -> List.of("empty"))).containsExactly("empty");
        assertThat(Droppable.read("[\"a\",", DroppableTest::words, () -> List.of("empty"))).containsExactly("empty");
        assertThat(Droppable.read("{}", DroppableTest::words, () -> List.of("empty"))).containsExactly("empty");
    }

    @Test
    void onlyUnreadableJsonIsDropped() {
        assertThatThrownBy(() -> Droppable.read("x", s -> {
            throw new IllegalStateException("a bug, not damage");
        }, List::of)).isInstanceOf(IllegalStateException.class);
    }
}
