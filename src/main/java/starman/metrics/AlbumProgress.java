package starman.metrics;

import java.util.List;
import starman.normalize.CanonicalKeys;
import starman.normalize.TextKeys;

/**
 * Sessions, album completion and the focus check over a {@link ListenIndex}. A session is a run of
 * listens where each starts at most 30 minutes after the previous one ended (its start when its
 * duration is unknown). Completion counts the distinct tracks of an album's canonical track list heard
 * in a range of rows; a track is heard when a listen of that album has its recording MBID or, for
 * unmapped listens, its detuned title.
 */
public final class AlbumProgress {
    private final ListenIndex index;
    private final TrackLists trackLists;

    public AlbumProgress(ListenIndex index, TrackLists trackLists) {
        this.index = index;
        this.trackLists = trackLists;
    }

    /** The first row of the session that contains {@code row}. */
    public int sessionStart(int row) {
        int start = row;
        while (start > 0 && index.timestamp(start) - end(start - 1) <= Windows.SESSION_GAP_S) {
            start--;
        }
        return start;
    }

    /** The last row at or before now if its session is still going at now, else -1. */
    public int currentRow(long now) {
        int last = index.rowsUpTo(now) - 1;
        return last >= 0 && now - end(last) <= Windows.SESSION_GAP_S ? last : -1;
    }

    /** How much of an album the rows [from, to) heard, or null when its track list is unknown. */
    public Completion completion(int albumId, int from, int to) {
        String releaseGroup = CanonicalKeys.mbidOf(index.albumKey(albumId));
        List<TrackLists.Track> tracks = releaseGroup == null ? null : trackLists.tracks(releaseGroup);
        if (tracks == null || tracks.isEmpty()) {
            return null;
        }
        int heard = 0;
        for (TrackLists.Track track : tracks) {
            int recordingId = index.findRecording(CanonicalKeys.mbidKey(track.recordingMbid()));
            int titleId = index.findTitle(TextKeys.title(track.title()));
            for (int row = from; row < to; row++) {
                if (index.albumId(row) == albumId
                        && (index.recordingId(row) == recordingId || index.titleId(row) == titleId)) {
                    heard++;
                    break;
                }
            }
        }
        return new Completion(index.albumName(albumId), heard, tracks.size());
    }

    /** The completion of {@code row}'s album in its session, up to and including that row; null if unknown. */
    public Completion completionAt(int row) {
        int albumId = index.albumId(row);
        return albumId < 0 ? null : completion(albumId, sessionStart(row), row + 1);
    }

    /**
     * Whether {@code row} switched album before the previous album of its session was heard to
     * {@code threshold} (0..1); null when it did not, or when the previous album's track list is unknown.
     */
    public Completion focusBreak(int row, double threshold) {
        int start = sessionStart(row);
        if (row == start) {
            return null;
        }
        int previous = index.albumId(row - 1);
        int current = index.albumId(row);
        if (previous < 0 || current < 0 || previous == current) {
            return null;
        }
        Completion left = completion(previous, start, row);
        return left != null && left.fraction() < threshold ? left : null;
    }

    private long end(int row) {
        int ms = index.durationMs(row);
        return index.timestamp(row) + (ms > 0 ? ms / 1000 : 0);
    }

    public record Completion(String album, int heard, int total) {
        public double fraction() {
            return heard / (double) total;
        }

        public boolean complete() {
            return heard >= total;
        }
    }
}
