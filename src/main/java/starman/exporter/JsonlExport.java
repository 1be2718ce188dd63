package starman.exporter;

import java.util.function.Consumer;
import starman.json.JsonWriter;
import starman.model.Listen;
import starman.model.ListenJson;

/**
 * Listens as JSON lines in the shape of ListenBrainz's own export files (see
 * {@link ListenJson#writeExportLine}): Starman imports them back, and so does ListenBrainz's importer
 * (which takes a ZIP of such files). The user name is not written; the importing side knows whose it is.
 */
public final class JsonlExport {
    private final PartWriter writer;

    public JsonlExport(Consumer<String> parts, int partChars) {
        this.writer = new PartWriter(parts, partChars);
    }

    public void add(Listen listen) {
        ListenJson.writeExportLine(new JsonWriter(writer.out()), listen);
        writer.out().append('\n');
        writer.lineDone();
    }

    /** Hands out the last part. */
    public void finish() {
        writer.flush();
    }
}
