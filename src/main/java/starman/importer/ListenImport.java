package starman.importer;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import starman.json.JsonReader;
import starman.json.Utf8;
import starman.model.ListenJson;
import starman.store.DayBlock;
import starman.store.DayBlockStore;

/**
 * One import job: takes the bytes of each {@link ImportPart} as they stream in, splits them into lines (or, for a
 * JSON array, into its elements), decodes each as a listen (API or export shape, as {@link ListenJson} reads it)
 * straight into the store's ids, and hands them to the store in batches through
 * {@link DayBlockStore#merge(DayBlock.Rows)}: each batch is one transaction that adds only listens whose
 * (listened_at, recording_msid) is not stored yet and leaves the sync's checkpoint alone. A line that is not a
 * listen is counted and its file, line number (and place in an array) and reason kept
 * (the first {@value #KEPT_PROBLEMS}); the import goes on. Nothing holds more than one line, one batch of
 * numbers and the {@code track_metadata} texts seen, by hash: a line whose text was seen is read without
 * parsing it or making a String, and no listen object is made at all.
 *
 * <p>A batch goes to disk while the next is read. If the store refuses one (a full disk), its exception ends the
 * import (at the next batch, or at {@link #finish}): the batches before it are stored whole, that one not at all.
 */
public final class ListenImport {
    public static final int DEFAULT_BATCH = 20_000;
    static final int KEPT_PROBLEMS = 20;
    /** A "line" (or array element) longer than this is not a listen; it is skipped without being held in memory. */
    static final int MAX_LINE_BYTES = 1 << 20;
    private static final int USER_INFO_BYTES = 1 << 16;
    /** track_metadata texts remembered: at 28 bytes each, a few million cover any history in bounded memory. */
    private static final int SEEN_TEXTS = 2_000_000;

    private final DayBlockStore store;
    private final int batchSize;
    private String userName;
    /** The store's id of {@link #userName}, -1 until needed. */
    private int userId = -1;
    private final DayBlock.Rows batch = new DayBlock.Rows();
    private final List<ImportProblem> problems = new ArrayList<>();
    private final ListenSplitter.Handler handler = new ListenSplitter.Handler() {
        @Override
        public void listen(byte[] bytes, int offset, int length, long line, long place) {
            lineNumber = line;
            listenNumber = place;
            ListenImport.this.listen(bytes, offset, length);
        }

        @Override
        public void problem(long line, long place, String sentence) {
            lineNumber = line;
            listenNumber = place;
            ListenImport.this.problem(sentence);
        }
    };
    private ListenSplitter listens;
    private final SeenTexts seen = new SeenTexts();
    private final ListenLine listen = new ListenLine(seen, new ListenLine.Texts() {
        @Override
        public int add(JsonReader text) {
            return track(text);
        }

        @Override
        public boolean carriesMsid(int entry) {
            return seenIds[3 * entry + 2] >= 0;
        }
    });
    private final int[] ids = new int[3];
    /** Per seen text: its track, its extra record and the msid it carries (-1 for none), three ints each. */
    private int[] seenIds = new int[3 * 1024];
    private int entries;
    private long read;
    private long added;
    /** The last batch's new listens, counted once it is stored. */
    private int onItsWay;
    private long skipped;

    private ImportPart part;
    private long lineNumber;
    /** The listen's place in a JSON array, 0 in lines. */
    private long listenNumber;
    /** An export's user.json, gathered whole. */
    private byte[] userInfo = new byte[0];

    /** @param userName the user name for listens whose line has none (an export's user.json overrides it) */
    public ListenImport(DayBlockStore store, String userName, int batchSize) {
        this.store = store;
        this.userName = userName;
        this.batchSize = batchSize;
    }

    /** The next part's bytes follow. */
    public void begin(ImportPart next) {
        part = next;
        userInfo = new byte[0];
        listens = new ListenSplitter(next.content() == ImportPart.Content.ARRAY, MAX_LINE_BYTES, handler);
        listenNumber = 0;
    }

    /** More bytes of the current part. */
    public void accept(byte[] bytes, int offset, int length) {
        switch (part.content()) {
            case USER_INFO -> {
                int keep = Math.min(length, USER_INFO_BYTES - userInfo.length);
                int at = userInfo.length;
                userInfo = Arrays.copyOf(userInfo, at + keep);
                System.arraycopy(bytes, offset, userInfo, at, keep);
            }
            case ARRAY, LINES -> listens.accept(bytes, offset, length);
        }
    }

    /** More bytes of a part of lines, its line ends found already (see {@link LineSplitter#accept}). */
    public void accept(byte[] bytes, int offset, int length, int[] newlines, int count) {
        if (part.content() == ImportPart.Content.USER_INFO) {
            accept(bytes, offset, length);
        } else {
            listens.accept(bytes, offset, length, newlines, count);
        }
    }

    /** The current part is complete. */
    public void end() {
        switch (part.content()) {
            case USER_INFO -> readUserInfo();
            case ARRAY, LINES -> listens.end();
        }
        part = null;
    }

    /** Stores the last batch; returns what the import did. */
    public ImportResult finish() {
        flush();
        store.flush();
        added += onItsWay;
        onItsWay = 0;
        return result();
    }

    /** What the import did so far (the listens of the batches not yet stored are read, not yet added). */
    public ImportResult result() {
        return new ImportResult(read, added, skipped, problems);
    }

    private void listen(byte[] bytes, int offset, int length) {
        try {
            listen.read(bytes, offset, length);
            int t = listen.track;
            int msid = listen.msid().present() ? id(listen.msid()) : seenIds[3 * t + 2];
            int user = listen.user().present() ? id(listen.user()) : userId();
            batch.add(listen.listenedAt, listen.insertedAt, msid, user, seenIds[3 * t], seenIds[3 * t + 1]);
        } catch (RuntimeException e) {
            problem(e.getMessage() == null ? e.toString() : e.getMessage());
            return;
        }
        read++;
        if (batch.size() >= batchSize) {
            flush();
        } else if (read % 64 == 0) {
            store.breathe();
        }
    }

    private int id(ListenLine.Field field) {
        return store.stringId(field.bytes, 0, field.length);
    }

    private int userId() {
        if (userId < 0 && userName != null) {
            userId = store.stringId(userName);
        }
        return userId;
    }

    /** A new {@code track_metadata} text, read straight into the store's numbers; its entry in {@link #seenIds}. */
    private int track(JsonReader text) {
        store.readTrack(text, ids);
        if (entries == SEEN_TEXTS) {
            seen.clear();
            entries = 0;
        }
        int entry = entries++;
        if (3 * entry + 3 > seenIds.length) {
            seenIds = Arrays.copyOf(seenIds, 2 * seenIds.length);
        }
        System.arraycopy(ids, 0, seenIds, 3 * entry, 3);
        return entry;
    }

    private void flush() {
        if (batch.size() > 0) {
            int merged = store.merge(batch); // throws if the batch before did not reach the disk after all
            added += onItsWay;
            onItsWay = merged;
            batch.clear();
        }
    }

    private void problem(String reason) {
        skipped++;
        if (problems.size() < KEPT_PROBLEMS) {
            problems.add(new ImportProblem(part.name(), lineNumber, listenNumber, reason));
        }
    }

    /** An export's {@code {"user_id": 1, "username": "rob"}}; if it is unreadable the caller's name stays. */
    private void readUserInfo() {
        try {
            JsonReader r = new JsonReader(Utf8.decode(userInfo, 0, userInfo.length));
            String[] found = new String[1];
            r.readField("username", () -> found[0] = r.nextStringOrNull());
            if (found[0] != null && !found[0].isEmpty()) {
                userName = found[0];
                userId = -1;
            }
        } catch (RuntimeException e) {
            problems.add(new ImportProblem(part.name(), 1, 0, "not the export's user information: " + e.getMessage()));
        }
    }
}
