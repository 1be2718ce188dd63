package starman.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import starman.json.JsonException;
import starman.json.JsonReader;
import starman.model.Listen;
import starman.model.ListenJson;

/**
 * Tells an API page ({@code {"payload":{"listens":[...]}}}, at most a thousand listens) from the files that stream
 * (export ZIP, JSON array, JSONL; see {@link StreamedStats}): it starts with an object, and its first line alone is
 * not a complete listen.
 */
final class ListenFiles {
    private static final int MAX_FIRST_LINE = 1 << 20;

    private ListenFiles() {
    }

    /** An API page, read whole. */
    static List<Listen> readPage(Path file) throws IOException {
        JsonReader r = new JsonReader(new String(Files.readAllBytes(file), StandardCharsets.UTF_8));
        List<Listen> listens = readPage(r);
        r.endDocument();
        return listens;
    }

    /** Whether the file is an API page: an object first, and a first line that is not a whole listen. */
    static boolean isApiPage(Path file) throws IOException {
        byte[] start;
        try (InputStream in = Files.newInputStream(file)) {
            start = in.readNBytes(MAX_FIRST_LINE);
        }
        int from = start.length >= 3 && start[0] == (byte) 0xEF && start[1] == (byte) 0xBB && start[2] == (byte) 0xBF
                ? 3 : 0;
        while (from < start.length && (start[from] == ' ' || start[from] == '\n' || start[from] == '\r'
                || start[from] == '\t')) {
            from++;
        }
        if (from == start.length || start[from] != '{') {
            return false;
        }
        int end = from;
        while (end < start.length && start[end] != '\n') {
            end++;
        }
        try {
            ListenJson.parse(new String(start, from, end - from, StandardCharsets.UTF_8));
            return false;
        } catch (JsonException e) {
            return true;
        }
    }

    private static List<Listen> readPage(JsonReader r) {
        List<Listen> listens = null;
        r.beginObject();
        while (r.hasNext()) {
            if (r.nextName().equals("payload")) {
                r.beginObject();
                while (r.hasNext()) {
                    if (r.nextName().equals("listens")) {
                        listens = ListenJson.readArray(r);
                    } else {
                        r.skipValue();
                    }
                }
                r.endObject();
            } else {
                r.skipValue();
            }
        }
        r.endObject();
        if (listens == null) {
            throw new JsonException("no payload.listens array");
        }
        return listens;
    }
}
