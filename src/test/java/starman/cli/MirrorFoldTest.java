package starman.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.TreeMap;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import starman.model.Listen;
import starman.model.ListenJson;
import starman.model.ListenKey;
import starman.model.TrackMetadata;
import starman.store.PageWrite;
import starman.store.SyncCheckpoint;

/**
 * The mirror's streaming fold: pages and imports over tiny memory budgets (so pages spill into runs and folds come
 * mid-run) against a sorted map, and a fold stopped after each of its steps, then reopened.
 */
class MirrorFoldTest {
    private static final long T = 1_709_251_200L;

    @TempDir
    Path dir;

    private Path file() {
        return dir.resolve("rob.jsonl");
    }

    /** One thing done to a store: a page, an import (merge) or closing and reopening it. */
    private record Op(PageWrite page, List<Listen> imported, boolean reopen) {
    }

    /** Applies ops to a sorted map, as the store should: returns the listens after each. */
    private static final class Model {
        final TreeMap<ListenKey, Listen> listens = new TreeMap<>();
        SyncCheckpoint checkpoint = SyncCheckpoint.IDLE;
        int added;
        int removed;

        void apply(Op op) {
            if (op.page() != null) {
                PageWrite.Applied applied = op.page().applyTo(listens, l -> l);
                added += applied.added();
                removed += applied.removed();
                checkpoint = op.page().checkpoint();
            } else if (op.imported() != null) {
                for (Listen listen : op.imported()) {
                    if (listens.putIfAbsent(listen.key(), listen) == null) {
                        added++;
                    }
                }
            } else {
                added = 0;
                removed = 0;
            }
        }
    }

    private static Listen listen(Random random, long t) {
        String msid = "m" + random.nextInt(4);
        String title = random.nextInt(5) == 0 ? "Remaster " + random.nextInt(3) : "Track " + msid;
        return new Listen(t, t + 2, msid, "rob", new TrackMetadata("Artist", title, "Album", null, null));
    }

    /**
     * A history synced forward in pages that overlap and reconcile their ranges (dropping listens, re-fetching them
     * changed), backfills and imports anywhere, reopenings in between; times within 300 s so every kind of overlap
     * happens.
     */
    private static List<Op> script(long seed, int length) {
        Random random = new Random(seed);
        List<Op> ops = new ArrayList<>();
        long cursor = T;
        for (int i = 0; i < length; i++) {
            int kind = random.nextInt(10);
            if (kind == 0) {
                ops.add(new Op(null, null, true));
            } else if (kind == 1) {
                List<Listen> imported = new ArrayList<>();
                for (int n = random.nextInt(30); n > 0; n--) {
                    imported.add(listen(random, T + random.nextInt(300)));
                }
                ops.add(new Op(null, imported, false));
            } else {
                boolean backfill = kind == 2;
                long from = backfill ? 1 : cursor + 1 - random.nextInt(40);
                long to = backfill ? 0 : random.nextInt(8) == 0 ? Long.MAX_VALUE : from + random.nextInt(40);
                long spanFrom = backfill ? T + random.nextInt(300) : from;
                long spanTo = backfill ? spanFrom + random.nextInt(40) : Math.min(to, from + 40) + 1;
                List<Listen> listens = new ArrayList<>();
                for (int n = random.nextInt(12); n > 0; n--) {
                    listens.add(listen(random, spanFrom + (long) random.nextInt((int) (spanTo - spanFrom + 1))));
                }
                boolean running = random.nextInt(6) != 0;
                SyncCheckpoint checkpoint = running ? new SyncCheckpoint(Math.min(to, from + 40), true,
                        backfill ? T + 300 : 0) : SyncCheckpoint.IDLE;
                ops.add(new Op(new PageWrite(listens, from, to, checkpoint), null, false));
                cursor = to == Long.MAX_VALUE || to < from ? cursor : to;
                if (cursor > T + 260) {
                    cursor = T;
                }
            }
        }
        return ops;
    }

    private JsonlMirrorStore run(JsonlMirrorStore store, Op op, long budget, JsonlMirrorStore.Steps steps)
            throws IOException {
        if (op.page() != null) {
            store.apply(op.page());
        } else if (op.imported() != null) {
            store.merge(op.imported());
        } else {
            store.close();
            assertRunsGone();
            return JsonlMirrorStore.open(file(), budget, steps);
        }
        return store;
    }

    private void assertRunsGone() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).noneMatch(name -> name.contains(".run-"));
        }
    }

    private static void assertSame(JsonlMirrorStore store, Model model, String when) {
        List<Listen> expected = new ArrayList<>(model.listens.values());
        List<Listen> all = store.all();
        assertThat(all.stream().map(MirrorFoldTest::brief).toList()).as(when)
                .isEqualTo(expected.stream().map(MirrorFoldTest::brief).toList());
        assertThat(all).as(when).isEqualTo(expected);
        assertThat(store.count()).as(when + ": count").isEqualTo(expected.size());
        assertThat(store.oldestListenedAt()).as(when + ": oldest")
                .isEqualTo(expected.isEmpty() ? 0 : expected.get(0).listenedAt());
        assertThat(store.newestListenedAt()).as(when + ": newest")
                .isEqualTo(expected.isEmpty() ? 0 : expected.get(expected.size() - 1).listenedAt());
        assertThat(store.checkpoint()).as(when + ": checkpoint").isEqualTo(model.checkpoint);
    }

    private static String brief(Listen l) {
        return (l.listenedAt() - T) + "/" + l.recordingMsid() + "/" + l.track().trackName();
    }

    /** The mirror file itself: sorted, each listen once. */
    private List<Listen> mirrorFile() throws IOException {
        if (!Files.exists(file())) {
            return List.of();
        }
        List<Listen> listens = Files.readAllLines(file()).stream().map(ListenJson::parse).toList();
        for (int i = 1; i < listens.size(); i++) {
            assertThat(listens.get(i).key()).as("line %d after line %d", i + 1, i)
                    .isGreaterThan(listens.get(i - 1).key());
        }
        return listens;
    }

    @Test
    void pagesImportsAndReopeningsOverTinyBudgetsKeepExactlyWhatASortedMapKeeps() throws IOException {
        for (long seed = 1; seed <= 40; seed++) {
            long budget = new long[] {300, 2_000, 1 << 20}[(int) (seed % 3)];
            Model model = new Model();
            JsonlMirrorStore store = JsonlMirrorStore.open(file(), budget, JsonlMirrorStore.Steps.NONE);
            List<Op> ops = script(seed, 80);
            for (int i = 0; i < ops.size(); i++) {
                store = run(store, ops.get(i), budget, JsonlMirrorStore.Steps.NONE);
                model.apply(ops.get(i));
                String when = "seed " + seed + ", budget " + budget + ", after op " + i;
                assertSame(store, model, when);
                assertThat(store.added()).as(when + ": added").isEqualTo(model.added);
                assertThat(store.removed()).as(when + ": removed").isEqualTo(model.removed);
            }
            store.apply(new PageWrite(List.of(), 1, 0, SyncCheckpoint.IDLE));
            store.close();
            assertThat(mirrorFile()).as("seed " + seed).isEqualTo(new ArrayList<>(model.listens.values()));
            assertThat(dir.resolve("rob.jsonl.sync")).doesNotExist();
            assertRunsGone();
            Files.delete(file());
        }
    }

    /** Counts the folds (temporary files written) of each op, and stops the whole fold, as a kill would, at one step. */
    private static final class Watch implements JsonlMirrorStore.Steps {
        private final JsonlMirrorStore.Step step;
        private int left;
        int foldsOfThisOp;

        /** Kills after the {@code n}th time {@code step} is done; 0 never. */
        Watch(JsonlMirrorStore.Step step, int n) {
            this.step = step;
            this.left = n;
        }

        @Override
        public void done(JsonlMirrorStore.Step done) throws IOException {
            foldsOfThisOp += done == JsonlMirrorStore.Step.TEMP_WRITTEN ? 1 : 0;
            if (done == step && --left == 0) {
                throw new IOException("killed after " + step);
            }
        }
    }

    @ParameterizedTest
    @EnumSource(JsonlMirrorStore.Step.class)
    void aFoldKilledAfterAnyStepIsReopenedWholeAndFoldsAgain(JsonlMirrorStore.Step step) throws IOException {
        long budget = 600;
        List<Op> ops = script(7, 60);
        Watch counting = new Watch(step, 0);
        int[] folds = new int[ops.size()];
        int kills = 0;
        JsonlMirrorStore clean = JsonlMirrorStore.open(file(), budget, counting);
        for (int i = 0; i < ops.size(); i++) {
            counting.foldsOfThisOp = 0;
            clean = run(clean, ops.get(i), budget, counting);
            folds[i] = counting.foldsOfThisOp;
            kills += folds[i];
        }
        clean.close();
        Files.deleteIfExists(file());
        Files.deleteIfExists(dir.resolve("rob.jsonl.sync"));
        assertThat(kills).as("folds in the script").isGreaterThan(10);
        assertThat(IntStream.range(0, ops.size()).filter(i -> ops.get(i).imported() != null && folds[i] == 2))
                .as("imports that fold pending pages first").isNotEmpty();

        for (int kill = 1; kill <= kills; kill++) {
            Model model = new Model();
            Watch killing = new Watch(step, kill);
            JsonlMirrorStore store = JsonlMirrorStore.open(file(), budget, killing);
            int at = 0;
            try {
                for (; at < ops.size(); at++) {
                    killing.foldsOfThisOp = 0;
                    store = run(store, ops.get(at), budget, killing);
                    model.apply(ops.get(at));
                }
                throw new AssertionError("never killed");
            } catch (IOException | UncheckedIOException killed) {
                assertThat(killed).hasMessageContaining("killed after " + step);
            }
            Op cut = ops.get(at);
            // a page's journal line is on disk before its fold; an import is in once its own fold renamed the mirror
            boolean importIn = killing.foldsOfThisOp == folds[at] && step.compareTo(JsonlMirrorStore.Step.RENAMED) >= 0;
            if (cut.page() != null || importIn) {
                model.apply(cut);
            }
            assertThat(mirrorFile()).doesNotHaveDuplicates();

            String when = step + " #" + kill + " (op " + at + ")";
            JsonlMirrorStore reopened = JsonlMirrorStore.open(file(), budget, JsonlMirrorStore.Steps.NONE);
            assertSame(reopened, model, when + ", reopened");
            reopened.apply(new PageWrite(List.of(), 1, 0, SyncCheckpoint.IDLE));
            reopened.close();
            assertThat(mirrorFile()).as(when + ", finished").isEqualTo(new ArrayList<>(model.listens.values()));
            store.close();
            Files.deleteIfExists(file());
            Files.deleteIfExists(dir.resolve("rob.jsonl.sync"));
        }
    }

    @Test
    void pendingListensPastTheBudgetWaitInRunFilesThatClosingDeletes() throws IOException {
        List<Listen> listens = new ArrayList<>();
        try (JsonlMirrorStore store = JsonlMirrorStore.open(file(), 1_000, JsonlMirrorStore.Steps.NONE)) {
            for (int p = 0; p < 3; p++) {
                List<Listen> page = new ArrayList<>();
                for (int i = 0; i < 4; i++) {
                    page.add(new Listen(T + 10 * p + i, T, "m" + i, "rob", new TrackMetadata("A", "T", null, null, null)));
                }
                listens.addAll(page);
                store.apply(new PageWrite(page, T + 10 * p, T + 10 * p + 9, new SyncCheckpoint(T + 10 * p + 9, true)));
            }
            try (Stream<Path> files = Files.list(dir)) {
                assertThat(files.map(p -> p.getFileName().toString())).contains("rob.jsonl.run-0", "rob.jsonl.run-1");
            }
            assertThat(file()).as("not folded yet").doesNotExist();
        }
        assertRunsGone();

        try (JsonlMirrorStore reopened = JsonlMirrorStore.open(file(), 1_000, JsonlMirrorStore.Steps.NONE)) {
            assertThat(reopened.all()).isEqualTo(listens);
        }
    }

    @Test
    void aFileOutOfOrderIsNotAMirror() throws IOException {
        Listen a = new Listen(T, 0, "a", "rob", new TrackMetadata("A", "T", null, null, null));
        Listen b = new Listen(T + 1, 0, "b", "rob", new TrackMetadata("A", "T", null, null, null));
        Files.writeString(file(), ListenJson.toJson(b) + "\n" + ListenJson.toJson(a) + "\n");

        assertThatThrownBy(() -> JsonlMirrorStore.open(file())).isInstanceOf(NotAMirrorException.class)
                .hasMessageStartingWith(file() + ":2: this listen does not come after the one before it");
    }
}
