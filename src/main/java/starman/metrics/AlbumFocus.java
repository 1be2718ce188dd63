package starman.metrics;

import starman.metrics.AlbumProgress.Completion;

/**
 * Where the current listening session stands: the album it is on, how much of that album's track list the
 * session heard, and the album it left for this one when that was before the focus threshold. Null from
 * {@link #at} when no session is going (the last listen ended more than the session gap ago).
 *
 * @param completion null when the album's track list is not known (yet)
 * @param leftBehind the album switched away from too early, or null
 */
public record AlbumFocus(String album, Completion completion, Completion leftBehind, double threshold) {

    public static AlbumFocus at(ListenIndex index, AlbumProgress progress, long now, double threshold) {
        int row = progress.currentRow(now);
        int albumId = row < 0 ? -1 : index.albumId(row);
        if (albumId < 0) {
            return null;
        }
        int start = progress.sessionStart(row);
        int first = row; // where the session's latest run of this album began
        while (first > start && index.albumId(first - 1) == albumId) {
            first--;
        }
        return new AlbumFocus(index.albumName(albumId), progress.completionAt(row),
                progress.focusBreak(first, threshold), threshold);
    }

    /** "7/11 tracks" or "track list not known yet". */
    public static String tracks(Completion c) {
        return c == null ? "track list not known yet" : c.heard() + "/" + c.total() + " tracks";
    }

    /**
     * "Focused on Low (7/11 tracks)." or "Switched from Low at 3/11 — below the 50 % focus line; now on
     * Heroes."
     */
    public String sentence() {
        if (leftBehind != null) {
            return "Switched from " + leftBehind.album() + " at " + leftBehind.heard() + "/" + leftBehind.total()
                    + " — below the " + Math.round(threshold * 100) + " % focus line; now on " + album + ".";
        }
        return "Focused on " + album + " (" + tracks(completion) + ").";
    }
}
