package starman.exporter;

import java.util.function.Consumer;
import starman.metrics.RecordingLengths;
import starman.model.Listen;
import starman.normalize.CanonicalKeys;
import starman.normalize.Normalizer;
import starman.time.CivilDate;

/**
 * The normalised listens as CSV (RFC 4180: fields with a comma, quote or line break are quoted, quotes
 * doubled; CRLF line ends), one row a listen: when (ISO 8601, UTC), artist, track and album as submitted,
 * the canonical recording and album keys Starman counts by ({@code mb:<mbid>} or {@code t:<artist>|<title>}),
 * and the minutes (submitted duration, else the recording's length from metadata; empty when unknown).
 *
 * <p>A field starting with {@code = + - @}, a tab or a carriage return gets a leading apostrophe, so a
 * spreadsheet shows a hostile title as text instead of running it as a formula (OWASP's list: a spreadsheet
 * skips a leading tab or CR and reads the formula behind it).
 */
public final class CsvExport {
    public static final String HEADER = "listened_at,artist,track,album,recording_key,album_key,minutes";

    private final PartWriter writer;
    private final Normalizer normalizer;
    private final RecordingLengths lengths;

    public CsvExport(Normalizer normalizer, RecordingLengths lengths, Consumer<String> parts, int partChars) {
        this.writer = new PartWriter(parts, partChars);
        this.normalizer = normalizer;
        this.lengths = lengths;
        writer.out().append(HEADER).append("\r\n");
    }

    /** An instant as java.time's Instant writes it: "2025-03-30T10:00:00Z". */
    static void utc(StringBuilder out, long epochSecond) {
        int second = (int) Math.floorMod(epochSecond, 86_400L);
        out.append(CivilDate.ofEpochDay(Math.floorDiv(epochSecond, 86_400L))).append('T');
        twoDigits(out, second / 3600).append(':');
        twoDigits(out, second / 60 % 60).append(':');
        twoDigits(out, second % 60).append('Z');
    }

    private static StringBuilder twoDigits(StringBuilder out, int n) {
        return out.append(n < 10 ? "0" : "").append(n);
    }

    public void add(Listen listen) {
        CanonicalKeys keys = normalizer.keys(listen.track());
        StringBuilder out = writer.out();
        utc(out, listen.listenedAt());
        out.append(',');
        field(out, listen.track().artistName());
        out.append(',');
        field(out, listen.track().trackName());
        out.append(',');
        field(out, listen.track().releaseName());
        out.append(',');
        field(out, keys.recordingKey());
        out.append(',');
        field(out, keys.albumKey());
        out.append(',');
        long ms = listen.track().additionalInfo().effectiveDurationMs();
        String recording = CanonicalKeys.mbidOf(keys.recordingKey());
        if (ms < 0 && recording != null) {
            ms = lengths.lengthMs(recording);
        }
        if (ms >= 0) {
            long hundredths = Math.round(ms / 600.0);
            out.append(hundredths / 100).append('.').append(hundredths % 100 < 10 ? "0" : "").append(hundredths % 100);
        }
        out.append("\r\n");
        writer.lineDone();
    }

    public void finish() {
        writer.flush();
    }

    /** One field, quoted when it must be; null is an empty field. */
    static void field(StringBuilder out, String value) {
        if (value == null || value.isEmpty()) {
            return;
        }
        char first = value.charAt(0);
        boolean formula = first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r';
        String text = formula ? "'" + value : value;
        boolean quote = false;
        for (int i = 0; i < text.length() && !quote; i++) {
            char c = text.charAt(i);
            quote = c == ',' || c == '"' || c == '\n' || c == '\r';
        }
        if (!quote) {
            out.append(text);
            return;
        }
        out.append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"') {
                out.append('"');
            }
            out.append(c);
        }
        out.append('"');
    }
}
