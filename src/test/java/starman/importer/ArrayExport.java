package starman.importer;

import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.List;
import starman.json.JsonWriter;
import starman.model.Listen;
import starman.model.ListenJson;

/**
 * Writes the export listenbrainz.org gave before August 2024, {@code NAME_lb-YYYY-MM-DD.json} (webserver/views/
 * settings.py, export_data): one JSON array streamed a listen at a time, newest first, each as {@code Listen.to_api()}
 * made it ({@code track_metadata}, {@code listened_at}, {@code recording_msid}, {@code user_name},
 * {@code inserted_at} in whole seconds), compact as orjson writes; or the same pretty-printed, as a person who opened
 * it in a JSON tool may have saved it.
 */
public final class ArrayExport {
    private ArrayExport() {
    }

    /** @param listens oldest first, as a history is kept */
    public static String compact(List<Listen> listens) {
        // stream_json_array: '[' before the first element, ',' before each other one, then ']' (alone for none)
        StringBuilder out = new StringBuilder();
        for (int i = listens.size() - 1; i >= 0; i--) {
            out.append(i == listens.size() - 1 ? '[' : ',').append(toApi(listens.get(i)));
        }
        return out.append(']').toString();
    }

    /** The same, indented across lines. */
    public static String pretty(List<Listen> listens) throws IOException {
        ObjectMapper json = new ObjectMapper();
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter().withArrayIndenter(DefaultIndenter.SYSTEM_LINEFEED_INSTANCE);
        return json.writer(printer).writeValueAsString(json.readTree(compact(listens)));
    }

    private static String toApi(Listen listen) {
        JsonWriter w = new JsonWriter().beginObject();
        w.name("track_metadata");
        ListenJson.writeTrack(w, listen.track());
        w.name("listened_at").value(listen.listenedAt());
        w.name("recording_msid").value(listen.recordingMsid());
        w.name("user_name").value(listen.userName());
        w.name("inserted_at").value(listen.insertedAt());
        return w.endObject().toString();
    }
}
