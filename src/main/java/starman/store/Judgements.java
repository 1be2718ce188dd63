package starman.store;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import starman.json.Utf8;

/**
 * The facts a {@link TrackJudge} made of each track, kept in chunks of {@value #CHUNK} tracks so that judging a
 * few tracks again rewrites a few records. Each chunk names the rules its facts were made under: after a change
 * of rules (another artist chosen, a new version of the normaliser) a stale chunk is simply not read back, and
 * its tracks are judged again.
 *
 * <p>A chunk: the rules as UTF-8 (length, bytes), a count, then per track the number of facts (0 for a track
 * not judged) and the facts + 1, as varints.
 */
final class Judgements {
    static final int CHUNK = 4096;
    private static final int[] NONE = new int[0];

    private int[][] facts = new int[CHUNK][];
    private final TreeSet<Integer> dirty = new TreeSet<>();

    /** The facts of a track, or null when it was not judged under the current rules. */
    synchronized int[] facts(int track) {
        return track < facts.length ? facts[track] : null;
    }

    synchronized void set(int track, int[] values) {
        values = shared(values);
        if (track >= facts.length) {
            facts = Arrays.copyOf(facts, Math.max(track + 1, 2 * facts.length));
        }
        facts[track] = values;
        dirty.add(track / CHUNK);
    }

    /** Most tracks are another artist's: one fact each, the same, held once. */
    private static final int[][] SINGLES = {{0}, {1}, {2}, {3}};

    private static int[] shared(int[] values) {
        return values.length == 1 && values[0] >= 0 && values[0] < SINGLES.length ? SINGLES[values[0]] : values;
    }

    /** The chunks changed since {@link #clean}, by chunk number, for tracks below {@code tracks}. */
    synchronized Map<Integer, byte[]> dirtyChunks(String rules, int tracks) {
        Map<Integer, byte[]> chunks = new HashMap<>();
        for (int c : dirty) {
            chunks.put(c, chunk(c, rules, tracks));
        }
        return chunks;
    }

    /** The chunks of {@code unwritten} did not reach the disk after all. */
    synchronized void markDirty(Set<Integer> unwritten) {
        dirty.addAll(unwritten);
    }

    /** The chunks of {@code written} are on disk. */
    synchronized void clean(Set<Integer> written) {
        dirty.removeAll(written);
    }

    private byte[] chunk(int c, String rules, int tracks) {
        Varints out = new Varints(256);
        byte[] name = Utf8.encode(rules);
        out.write(name.length);
        for (byte b : name) {
            out.write(b & 0xff);
        }
        int first = c * CHUNK;
        int count = Math.max(0, Math.min(CHUNK, tracks - first));
        out.write(count);
        for (int t = first; t < first + count; t++) {
            int[] values = facts(t);
            if (values == null) {
                values = NONE;
            }
            out.write(values.length);
            for (int v : values) {
                out.write(v + 1L);
            }
        }
        return out.toBytes();
    }

    /** The facts of the chunks made under {@code rules}; others are left out (their tracks are judged again). */
    static Judgements fromChunks(int[] keys, List<byte[]> chunks, String rules) {
        Judgements j = new Judgements();
        for (int i = 0; i < chunks.size(); i++) {
            Varints.Reader in = new Varints.Reader(chunks.get(i));
            int nameLength = in.readInt();
            byte[] name = new byte[nameLength];
            for (int k = 0; k < nameLength; k++) {
                name[k] = (byte) in.read();
            }
            if (!Utf8.decode(name, 0, nameLength).equals(rules)) {
                continue;
            }
            int count = in.readInt();
            for (int t = 0; t < count; t++) {
                int n = in.readInt();
                if (n == 0) {
                    continue;
                }
                int[] values = new int[n];
                for (int k = 0; k < n; k++) {
                    values[k] = (int) (in.read() - 1);
                }
                int track = keys[i] * CHUNK + t;
                if (track >= j.facts.length) {
                    j.facts = Arrays.copyOf(j.facts, Math.max(track + 1, 2 * j.facts.length));
                }
                j.facts[track] = shared(values);
            }
            in.expectEnd("judgement chunk");
        }
        return j;
    }
}
