package starman.importer;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import starman.json.JsonReader;
import starman.model.Listen;
import starman.model.ListenJson;
import starman.store.ListenStore;

/**
 * One import job: takes the bytes of each {@link ImportPart} as they stream in, splits them into lines,
 * decodes each line as a listen (API or export shape, see {@link ListenJson}) and hands the listens to the
 * store in batches through {@link ListenStore#merge}: each batch is one transaction that adds only listens
 * whose (listened_at, recording_msid) is not stored yet and leaves the sync's checkpoint alone. A line
 * that is not a listen is counted and its file, line number and reason kept (the first
 * {@value #KEPT_PROBLEMS}); the import goes on. Nothing holds more than one line and one batch.
 *
 * <p>If the store refuses a batch (a full disk), its exception ends the import: the batches before it are
 * stored whole, that one not at all.
 */
public final class ListenImport {
    public static final int DEFAULT_BATCH = 20_000;
    static final int KEPT_PROBLEMS = 20;
    /** A "line" longer than this is not a listen; it is skipped without being held in memory. */
    static final int MAX_LINE_BYTES = 1 << 20;
    private static final int USER_INFO_BYTES = 1 << 16;
    /** Distinct track_metadata texts kept decoded: a few thousand cover most of a history's listens. */
    private static final int TRACK_CACHE = 50_000;

    private final ListenStore store;
    private final int batchSize;
    private String userName;
    private List<Listen> batch = new ArrayList<>();
    private final List<ImportProblem> problems = new ArrayList<>();
    private final ListenJson.TrackCache tracks = new ListenJson.TrackCache(TRACK_CACHE);
    private long read;
    private long added;
    private long skipped;

    private ImportPart part;
    private long lineNumber;
    private byte[] line = new byte[4096];
    private int lineLength;
    private boolean tooLong;

    /** @param userName the user name for listens whose line has none (an export's user.json overrides it) */
    public ListenImport(ListenStore store, String userName, int batchSize) {
        this.store = store;
        this.userName = userName;
        this.batchSize = batchSize;
    }

    /** The next part's bytes follow. */
    public void begin(ImportPart next) {
        part = next;
        lineNumber = 0;
        lineLength = 0;
        tooLong = false;
    }

    /** More bytes of the current part. */
    public void accept(byte[] bytes, int offset, int length) {
        if (part.userInfo()) {
            append(bytes, offset, Math.min(length, USER_INFO_BYTES - lineLength));
            return;
        }
        int end = offset + length;
        int start = offset;
        for (int i = offset; i < end; i++) {
            if (bytes[i] == '\n') {
                if (lineLength == 0 && !tooLong) {
                    line(bytes, start, i - start);
                } else {
                    append(bytes, start, i - start);
                    line(line, 0, lineLength);
                    lineLength = 0;
                }
                start = i + 1;
            }
        }
        append(bytes, start, end - start);
    }

    /** The current part is complete. */
    public void end() {
        if (part.userInfo()) {
            readUserInfo();
        } else if (lineLength > 0 || tooLong) {
            line(line, 0, lineLength);
        }
        lineLength = 0;
        part = null;
    }

    /** Stores the last batch; returns what the import did. */
    public ImportResult finish() {
        flush();
        return result();
    }

    /** What the import did so far (the listens of the current batch are read, not yet added). */
    public ImportResult result() {
        return new ImportResult(read, added, skipped, problems);
    }

    private void append(byte[] bytes, int offset, int length) {
        if (tooLong || length <= 0) {
            return;
        }
        if (lineLength + length > MAX_LINE_BYTES && !part.userInfo()) {
            tooLong = true;
            lineLength = 0;
            return;
        }
        if (lineLength + length > line.length) {
            line = Arrays.copyOf(line, Math.max(line.length * 2, lineLength + length));
        }
        System.arraycopy(bytes, offset, line, lineLength, length);
        lineLength += length;
    }

    private void line(byte[] bytes, int offset, int length) {
        lineNumber++;
        if (tooLong) {
            tooLong = false;
            problem("the line is longer than 1 MB, so it is not a listen");
            return;
        }
        if (lineNumber == 1 && length >= 3 && bytes[offset] == (byte) 0xEF && bytes[offset + 1] == (byte) 0xBB
                && bytes[offset + 2] == (byte) 0xBF) {
            offset += 3; // a byte order mark
            length -= 3;
        }
        if (isBlank(bytes, offset, length)) {
            return;
        }
        Listen listen;
        try {
            listen = ListenJson.parse(new String(bytes, offset, length, StandardCharsets.UTF_8), tracks);
        } catch (RuntimeException e) {
            problem(e.getMessage() == null ? e.toString() : e.getMessage());
            return;
        }
        if (listen.userName() == null && userName != null) {
            listen = new Listen(listen.listenedAt(), listen.insertedAt(), listen.recordingMsid(), userName,
                    listen.track());
        }
        read++;
        batch.add(listen);
        if (batch.size() >= batchSize) {
            flush();
        }
    }

    private void flush() {
        if (!batch.isEmpty()) {
            added += store.merge(batch);
            batch = new ArrayList<>();
        }
    }

    private void problem(String reason) {
        skipped++;
        if (problems.size() < KEPT_PROBLEMS) {
            problems.add(new ImportProblem(part.name(), lineNumber, reason));
        }
    }

    /** An export's {@code {"user_id": 1, "username": "rob"}}; if it is unreadable the caller's name stays. */
    private void readUserInfo() {
        try {
            JsonReader r = new JsonReader(new String(line, 0, lineLength, StandardCharsets.UTF_8));
            String[] found = new String[1];
            r.readField("username", () -> found[0] = r.nextStringOrNull());
            if (found[0] != null && !found[0].isEmpty()) {
                userName = found[0];
            }
        } catch (RuntimeException e) {
            problems.add(new ImportProblem(part.name(), 1, "not the export's user information: " + e.getMessage()));
        }
    }

    private static boolean isBlank(byte[] bytes, int offset, int length) {
        for (int i = offset; i < offset + length; i++) {
            byte b = bytes[i];
            if (b != ' ' && b != '\t' && b != '\r') {
                return false;
            }
        }
        return true;
    }
}
