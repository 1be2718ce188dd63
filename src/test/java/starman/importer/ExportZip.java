package starman.importer;

import java.io.ByteArrayOutputStream;
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
import starman.archive.ZipWriter;
import starman.json.JsonWriter;
import starman.model.Listen;
import starman.model.ListenJson;

/**
 * Writes what listenbrainz.org's Settings -> Export gives (background/export.py): a ZIP of {@code user.json},
 * {@code listens/<year>/<month>.jsonl} and {@code feedback.jsonl}, export-shaped lines with a float
 * {@code inserted_at}, oldest first, in each {@link Shape} ListenBrainz has made it. A month's lines are gathered,
 * then written as one entry (as export.py writes each month's file, then adds it), so a history of any size is
 * written holding one month.
 */
public final class ExportZip implements AutoCloseable {
    /** How the archive is written. */
    public enum Shape {
        /**
         * DEFLATE through {@link ZipOutputStream}, which streams each entry's sizes into a data descriptor after its
         * data: the case a local-header-only reader gets wrong.
         */
        STREAMED,
        /** DEFLATE with sizes in the local headers, as Python's zipfile writes a file: the export since August 2025. */
        DEFLATED,
        /** No compression: zipfile's default, the export from August 2024 to August 2025. */
        STORED,
        /**
         * No compression, with the ZIP64 records zipfile writes past 2 GiB (some 2.5M listens), here forced on every
         * size, offset and count.
         */
        ZIP64
    }

    private final Shape shape;
    private final ZipOutputStream streamed;
    private final ZipWriter written;
    private final ByteArrayOutputStream lines = new ByteArrayOutputStream();
    private String month;

    /** Starts an export of {@code user}'s listens into {@code out}, which {@link #close} closes. */
    public ExportZip(String user, OutputStream out, Shape shape) throws IOException {
        this.shape = shape;
        streamed = shape == Shape.STREAMED ? new ZipOutputStream(out) : null;
        written = shape == Shape.STREAMED ? null : new ZipWriter(out,
                shape == Shape.ZIP64 ? ZipWriter.Zip64.ALL : ZipWriter.Zip64.NONE, ZipWriter.Descriptor.NONE);
        entry("user.json", ("{\"user_id\": 1, \"username\": \"" + user + "\"}\n").getBytes(StandardCharsets.UTF_8));
    }

    /** @param listens oldest first */
    public static void write(String user, List<Listen> listens, OutputStream out, Shape shape) throws IOException {
        try (ExportZip export = new ExportZip(user, out, shape)) {
            for (Listen listen : listens) {
                export.add(listen);
            }
        }
    }

    /** A {@link Shape#STREAMED} export. */
    public static void write(String user, List<Listen> listens, OutputStream out) throws IOException {
        write(user, listens, out, Shape.STREAMED);
    }

    /** The same into {@code file}; returns it. */
    public static Path write(String user, List<Listen> listens, Path file) throws IOException {
        try (OutputStream out = Files.newOutputStream(file)) {
            write(user, listens, out);
        }
        return file;
    }

    /** The bytes of an export of {@code listens} (oldest first). */
    public static byte[] bytes(String user, List<Listen> listens, Shape shape) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        write(user, listens, out, shape);
        return out.toByteArray();
    }

    /** Adds the next listen, no older than the one before. */
    public void add(Listen listen) throws IOException {
        ZonedDateTime at = Instant.ofEpochSecond(listen.listenedAt()).atZone(ZoneOffset.UTC);
        String name = "listens/" + at.getYear() + "/" + at.getMonthValue() + ".jsonl";
        if (!name.equals(month)) {
            flush();
            month = name;
        }
        lines.write((line(listen) + "\n").getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public void close() throws IOException {
        flush();
        entry("feedback.jsonl", "{\"recording_msid\": \"x\", \"score\": 1, \"created\": 1}\n"
                .getBytes(StandardCharsets.UTF_8));
        if (streamed != null) {
            streamed.close();
        } else {
            written.close();
        }
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
        if (month != null) {
            entry(month, lines.toByteArray());
            lines.reset();
        }
    }

    private void entry(String name, byte[] data) throws IOException {
        if (streamed != null) {
            streamed.putNextEntry(new ZipEntry(name));
            streamed.write(data);
        } else {
            written.add(name, data, shape == Shape.DEFLATED);
        }
    }
}
