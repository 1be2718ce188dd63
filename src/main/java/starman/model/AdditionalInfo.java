package starman.model;

import java.util.List;
import java.util.Map;

/**
 * The typed part of {@code additional_info}; every other field the player sent is kept verbatim in
 * {@link #other} (plain JSON values) so that nothing is lost on export.
 *
 * @param durationMs {@code duration_ms}, or null
 * @param durationSeconds {@code duration} (seconds), or null
 */
public record AdditionalInfo(Long durationMs, Long durationSeconds, String recordingMbid, String releaseMbid,
                             String releaseGroupMbid, List<String> artistMbids, Integer trackNumber,
                             String submissionClient, Map<String, Object> other) {

    public static final AdditionalInfo EMPTY = new AdditionalInfo(null, null, null, null, null, List.of(), null, null, Map.of());

    public AdditionalInfo {
        artistMbids = artistMbids == null ? List.of() : List.copyOf(artistMbids);
        other = other == null ? Map.of() : other;
    }

    /** The submitted duration in milliseconds ({@code duration_ms}, else {@code duration}), or -1 when unknown. */
    public long effectiveDurationMs() {
        if (durationMs != null && durationMs > 0) {
            return durationMs;
        }
        if (durationSeconds != null && durationSeconds > 0) {
            return durationSeconds * 1000;
        }
        return -1;
    }
}
