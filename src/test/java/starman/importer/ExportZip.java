package starman.importer;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import starman.json.JsonWriter;
import starman.model.Listen;
import starman.model.ListenJson;

/**
 * Writes what listenbrainz.org's Settings -> Export gives (background/export.py): a DEFLATE ZIP of
 * {@code user.json} and {@code listens/<year>/<month>.jsonl}, export-shaped lines with a float
 * {@code inserted_at}, oldest first. {@link ZipOutputStream} streams each entry's sizes into a data
 * descriptor after its data, the case a local-header-only reader gets wrong. Streams: listens are written as
 * they are added, so a history of any size can be written without holding it.
 */
public final class ExportZip implements AutoCloseable {
    private final ZipOutputStream zip;
    private final StringBuilder lines = new StringBuilder();
    private String month;

    /** Starts an export of {@code user}'s listens into {@code out}, which {@link #close} closes. */
    public ExportZip(String user, OutputStream out) throws IOException {
        zip = new ZipOutputStream(out);
        zip.putNextEntry(new ZipEntry("user.json"));
        zip.write(("{\"user_id\": 1, \"username\": \"" + user + "\"}\n").getBytes(StandardCharsets.UTF_8));
    }

    /** @param listens oldest first */
    public static void write(String user, List<Listen> listens, OutputStream out) throws IOException {
        try (ExportZip export = new ExportZip(user, out)) {
            for (Listen listen : listens) {
                export.add(listen);
            }
        }
    }

    /** The same into {@code file}; returns it. */
    public static Path write(String user, List<Listen> listens, Path file) throws IOException {
        try (OutputStream out = Files.newOutputStream(file)) {
            write(user, listens, out);
        }
        return file;
    }

    /** Adds the next listen, no older than the one before. */
    public void add(Listen listen) throws IOException {
        ZonedDateTime at = Instant.ofEpochSecond(listen.listenedAt()).atZone(ZoneOffset.UTC);
        String name = "listens/" + at.getYear() + "/" + at.getMonthValue() + ".jsonl";
        if (!name.equals(month)) {
            flush();
            zip.putNextEntry(new ZipEntry(name));
            month = name;
        }
        lines.append(line(listen)).append('\n');
        if (lines.length() > 1 << 20) {
            flush();
        }
    }

    @Override
    public void close() throws IOException {
        flush();
        zip.putNextEntry(new ZipEntry("feedback.jsonl"));
        zip.write("{\"recording_msid\": \"x\", \"score\": 1, \"created\": 1}\n".getBytes(StandardCharsets.UTF_8));
        zip.close();
    }

    /** An export line as ListenBrainz writes it: the export shape, inserted_at with microseconds. */
    public static String line(Listen listen) {
        JsonWriter w = new JsonWriter();
        ListenJson.writeExportLine(w, new Listen(listen.listenedAt(), 0, listen.recordingMsid(), null, listen.track()));
        String json = w.toString();
        return listen.insertedAt() == 0 ? json
                : "{\"inserted_at\": " + listen.insertedAt() + ".521049, " + json.substring(1);
    }

    private void flush() throws IOException {
        zip.write(lines.toString().getBytes(StandardCharsets.UTF_8));
        lines.setLength(0);
    }
}
