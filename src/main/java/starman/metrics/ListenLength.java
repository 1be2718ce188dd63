package starman.metrics;

import starman.model.TrackMetadata;
import starman.normalize.CanonicalKeys;

/** How long a listen counts for and where that length came from; the index and the drill-down share it. */
public record ListenLength(int ms, Source source) {
    public enum Source {
        SUBMITTED("the listen's duration_ms (or duration)"),
        LOOKED_UP("the recording's length from a metadata look-up"),
        UNKNOWN("unknown: the listen sent none and no recording length is known");

        public final String description;

        Source(String description) {
            this.description = description;
        }
    }

    /** The submitted duration, else the recording's length when the recording key is an MBID, else unknown (-1). */
    public static ListenLength of(TrackMetadata track, CanonicalKeys keys, RecordingLengths lengths) {
        long ms = track.additionalInfo().effectiveDurationMs();
        if (ms >= 0) {
            return new ListenLength(clamp(ms), Source.SUBMITTED);
        }
        String mbid = CanonicalKeys.mbidOf(keys.recordingKey());
        ms = mbid == null ? -1 : lengths.lengthMs(mbid);
        return ms >= 0 ? new ListenLength(clamp(ms), Source.LOOKED_UP) : new ListenLength(-1, Source.UNKNOWN);
    }

    /** "3:07", or "unknown length". */
    public String text() {
        if (source == Source.UNKNOWN) {
            return "unknown length";
        }
        int seconds = (ms + 500) / 1000;
        int s = seconds % 60;
        return seconds / 60 + ":" + (s < 10 ? "0" : "") + s;
    }

    private static int clamp(long ms) {
        return (int) Math.min(ms, Integer.MAX_VALUE);
    }
}
