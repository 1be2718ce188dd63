package starman.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import starman.json.JsonException;
import starman.json.JsonReader;
import starman.model.Listen;
import starman.model.ListenJson;

/**
 * Reads listens from a file in any of ListenBrainz's shapes, told apart by their start: an API page
 * ({@code {"payload":{"listens":[...]}}}), a bare JSON array of listens, or export JSONL (one listen a
 * line, recognised because its first line alone is a complete listen).
 */
final class ListenFiles {
    private ListenFiles() {
    }

    /** An API page or a JSON array of listens, read whole (export JSONL streams: see StreamedStats). */
    static List<Listen> read(Path file) throws IOException {
        JsonReader r = new JsonReader(Files.readString(file, StandardCharsets.UTF_8));
        List<Listen> listens = r.peek() == JsonReader.Token.BEGIN_ARRAY ? ListenJson.readArray(r) : readPage(r);
        r.endDocument();
        return listens;
    }

    /** Whether the file is export JSONL: its first line alone is a complete listen. */
    static boolean isJsonLines(Path file) throws IOException {
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            while ((line = in.readLine()) != null && line.isBlank()) {
                // skip leading blank lines
            }
            if (line == null || !line.trim().startsWith("{")) {
                return false;
            }
            try {
                ListenJson.parse(line);
                return true;
            } catch (JsonException e) {
                return false;
            }
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
