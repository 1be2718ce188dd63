package starman.cli;

import java.io.Closeable;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.PriorityQueue;
import starman.model.ListenKey;

/**
 * The listens a stack of {@link MirrorLayer}s stands for, in key order, streamed: each key any layer holds comes
 * once, and the first layer (in precedence order) that holds it or clears its second decides whether it is there
 * and which line it has. Memory: one cursor a layer.
 */
final class LayerMerge implements Closeable {
    private final List<? extends MirrorLayer> layers;
    private final int[] clearing;
    private final long toSecond;
    private final PriorityQueue<Head> heads = new PriorityQueue<>((a, b) -> {
        int c = a.cursor.key().compareTo(b.cursor.key());
        return c != 0 ? c : Integer.compare(a.layer, b.layer);
    });
    private final List<Head> open = new ArrayList<>();
    private Head winner;
    private boolean advanceWinner;
    private ListenKey key;
    private boolean present;

    /**
     * @param layers by precedence, the one that decides first
     * @param from the first key to give (null: from the start)
     * @param toSecond the last second to give
     */
    LayerMerge(List<? extends MirrorLayer> layers, ListenKey from, long toSecond) throws IOException {
        this.layers = layers;
        this.toSecond = toSecond;
        List<Integer> clearingLayers = new ArrayList<>();
        try {
            for (int i = 0; i < layers.size(); i++) {
                MirrorLayer layer = layers.get(i);
                if (!layer.cleared().isEmpty()) {
                    clearingLayers.add(i);
                }
                if (layer.first() == null || layer.last().compareTo(from == null ? layer.first() : from) < 0
                        || layer.first().listenedAt() > toSecond) {
                    continue;
                }
                Head head = new Head(i, layer.from(from));
                open.add(head);
                if (head.cursor.next()) {
                    heads.add(head);
                }
            }
        } catch (IOException | RuntimeException e) {
            close();
            throw e;
        }
        clearing = clearingLayers.stream().mapToInt(Integer::intValue).toArray();
    }

    /** Moves to the next key; false once there is none up to the last second. */
    boolean next() throws IOException {
        if (advanceWinner) {
            advanceWinner = false;
            if (winner.cursor.next()) {
                heads.add(winner);
            }
        }
        winner = heads.poll();
        if (winner == null || winner.cursor.key().listenedAt() > toSecond) {
            key = null;
            return false;
        }
        key = winner.cursor.key();
        while (!heads.isEmpty() && heads.peek().cursor.key().equals(key)) {
            Head overruled = heads.poll();
            if (overruled.cursor.next()) {
                heads.add(overruled);
            }
        }
        present = true;
        for (int i : clearing) {
            if (i >= winner.layer) {
                break;
            }
            if (layers.get(i).cleared().contains(key.listenedAt())) {
                present = false;
                break;
            }
        }
        advanceWinner = true;
        return true;
    }

    ListenKey key() {
        return key;
    }

    /** Whether the listen is there (no layer before the one holding it clears its second). */
    boolean present() {
        return present;
    }

    /** The layer whose line this is, by its place in the list. */
    int layer() {
        return winner.layer;
    }

    /** Whether the line is exactly {@code line}. */
    boolean lineEquals(byte[] line) {
        MirrorLayer.Cursor c = winner.cursor;
        return Arrays.equals(c.bytes(), c.offset(), c.offset() + c.length(), line, 0, line.length);
    }

    void writeTo(MirrorFile.Writer out) throws IOException {
        MirrorLayer.Cursor c = winner.cursor;
        out.add(key, c.bytes(), c.offset(), c.length());
    }

    /** The line's bytes, copied. */
    byte[] line() {
        MirrorLayer.Cursor c = winner.cursor;
        return Arrays.copyOfRange(c.bytes(), c.offset(), c.offset() + c.length());
    }

    @Override
    public void close() throws IOException {
        IOException failed = null;
        for (Head head : open) {
            try {
                head.cursor.close();
            } catch (IOException e) {
                failed = e;
            }
        }
        if (failed != null) {
            throw failed;
        }
    }

    private record Head(int layer, MirrorLayer.Cursor cursor) {
    }
}
