package starman.cli;

import java.io.Closeable;
import java.io.IOException;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import starman.model.ListenKey;

/**
 * One layer of a mirror's listens as {@link LayerMerge} reads them: the mirror file itself, or changes not folded
 * into it yet (sync pages, an import's listens), in memory or in a sorted run file beside the mirror. A layer holds
 * listen lines by key and may clear whole seconds (a sync page's reconcile range); for each key, the first layer in
 * precedence order that holds it or clears its second decides.
 */
interface MirrorLayer {
    /** The smallest key of a second, and so of "from this second on". */
    static ListenKey startOf(long second) {
        return new ListenKey(second, "");
    }

    /** Its lines from the first whose key is at or after {@code from} (null: from the start). */
    Cursor from(ListenKey from) throws IOException;

    /** The seconds it clears: none for the mirror itself and an import's layers. */
    default Cleared cleared() {
        return Cleared.NONE;
    }

    /** Its first and last line's key, null when it holds none. */
    ListenKey first();

    ListenKey last();

    /** The smallest key it holds or clears, null when it does neither: nothing before it can differ from below. */
    default ListenKey firstMention() {
        return earlier(first(), cleared().isEmpty() ? null : startOf(cleared().first()));
    }

    /** Its lines in key order, one at a time; a line's bytes are valid until the next call. */
    interface Cursor extends Closeable {
        boolean next() throws IOException;

        ListenKey key();

        byte[] bytes();

        int offset();

        int length();
    }

    /** The seconds a layer clears: closed ranges, merged where they meet. */
    final class Cleared {
        static final Cleared NONE = new Cleared();
        private final TreeMap<Long, Long> ranges = new TreeMap<>();

        void add(long from, long to) {
            Map.Entry<Long, Long> before = ranges.floorEntry(from);
            if (before != null && before.getValue() >= from - 1) {
                from = before.getKey();
                to = Math.max(to, before.getValue());
            }
            for (Long next = ranges.ceilingKey(from); next != null && next - 1 <= to; next = ranges.ceilingKey(from)) {
                to = Math.max(to, ranges.remove(next));
            }
            ranges.put(from, to);
        }

        boolean contains(long second) {
            Map.Entry<Long, Long> range = ranges.floorEntry(second);
            return range != null && range.getValue() >= second;
        }

        boolean isEmpty() {
            return ranges.isEmpty();
        }

        /** The first second cleared; only when not empty. */
        long first() {
            return ranges.firstKey();
        }
    }

    /** Lines in memory by key, with the seconds they clear; {@link #bytes} estimates the heap they take. */
    final class InMemory implements MirrorLayer {
        /** What a line costs beyond its bytes: its map entry, key and msid string. */
        static final int ENTRY_BYTES = 160;
        private final TreeMap<ListenKey, byte[]> lines = new TreeMap<>();
        private final Cleared cleared = new Cleared();
        private long bytes;

        void put(ListenKey key, byte[] line) {
            byte[] old = lines.put(key, line);
            bytes += line.length - (old == null ? -ENTRY_BYTES : old.length);
        }

        void putIfAbsent(ListenKey key, byte[] line) {
            if (!lines.containsKey(key)) {
                put(key, line);
            }
        }

        /** A sync page's reconcile range: its lines in {@code [from, to]} that {@code keep} lacks go, and it clears them. */
        void clear(long from, long to, Set<ListenKey> keep) {
            Iterator<Map.Entry<ListenKey, byte[]>> window = (to == Long.MAX_VALUE ? lines.tailMap(startOf(from))
                    : lines.subMap(startOf(from), startOf(to + 1))).entrySet().iterator();
            while (window.hasNext()) {
                Map.Entry<ListenKey, byte[]> line = window.next();
                if (!keep.contains(line.getKey())) {
                    bytes -= line.getValue().length + ENTRY_BYTES;
                    window.remove();
                }
            }
            cleared.add(from, to);
        }

        long bytes() {
            return bytes;
        }

        boolean isEmpty() {
            return lines.isEmpty() && cleared.isEmpty();
        }

        Iterable<Map.Entry<ListenKey, byte[]>> lines() {
            return lines.entrySet();
        }

        @Override
        public Cursor from(ListenKey from) {
            Iterator<Map.Entry<ListenKey, byte[]>> it = (from == null ? lines : lines.tailMap(from, true)).entrySet()
                    .iterator();
            return new Cursor() {
                private Map.Entry<ListenKey, byte[]> line;

                @Override
                public boolean next() {
                    line = it.hasNext() ? it.next() : null;
                    return line != null;
                }

                @Override
                public ListenKey key() {
                    return line.getKey();
                }

                @Override
                public byte[] bytes() {
                    return line.getValue();
                }

                @Override
                public int offset() {
                    return 0;
                }

                @Override
                public int length() {
                    return line.getValue().length;
                }

                @Override
                public void close() {
                }
            };
        }

        @Override
        public Cleared cleared() {
            return cleared;
        }

        @Override
        public ListenKey first() {
            return lines.isEmpty() ? null : lines.firstKey();
        }

        @Override
        public ListenKey last() {
            return lines.isEmpty() ? null : lines.lastKey();
        }
    }

    /** A run: the lines of an {@link InMemory} layer spilled into a sorted file, with the seconds it cleared. */
    record Run(MirrorFile file, Cleared cleared) implements MirrorLayer {
        @Override
        public Cursor from(ListenKey from) throws IOException {
            return file.from(from);
        }

        @Override
        public ListenKey first() {
            return file.first();
        }

        @Override
        public ListenKey last() {
            return file.last();
        }
    }

    /** The earlier of two keys, either of which may be null (none). */
    static ListenKey earlier(ListenKey a, ListenKey b) {
        return a == null ? b : b == null || a.compareTo(b) <= 0 ? a : b;
    }
}
