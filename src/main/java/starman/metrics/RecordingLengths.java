package starman.metrics;

/** Port: a recording's length from metadata ({@code /1/metadata/recording/}), for listens that sent no duration. */
public interface RecordingLengths {
    /** The length in milliseconds, or -1 when unknown. */
    long lengthMs(String recordingMbid);

    RecordingLengths NONE = mbid -> -1;
}
