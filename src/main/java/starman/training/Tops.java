package starman.training;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import starman.metrics.DrillDown;
import starman.metrics.ListenIndex;
import starman.model.Listen;

/**
 * The top albums (canonical album keys) and tracks (canonical recording keys) of a run of the index's rows, by songs
 * and by minutes (listened, of the listens whose length is known); ties go to the one heard first in the run. Tracks
 * are named by their keys until {@link #named} reads their names.
 */
public record Tops(List<YearReview.Top> albums, List<YearReview.Top> tracks, List<YearReview.Top> albumsByMinutes,
                   List<YearReview.Top> tracksByMinutes, int distinctTracks) {
    /** At most {@code n} of each, over rows [lo, hi); the caller holds the index's lock. */
    public static Tops of(ListenIndex index, int lo, int hi, int n) {
        int albumCount = index.albumCount();
        int[] albumSongs = new int[albumCount];
        long[] albumMs = new long[albumCount];
        int[] albumFirst = new int[albumCount];
        int[] albumLast = new int[albumCount];
        int[] recordingSongs = new int[16];
        long[] recordingMs = new long[16];
        int[] recordingFirst = new int[16];
        int[] recordingLast = new int[16];
        int tracks = 0;
        for (int row = lo; row < hi; row++) {
            int ms = Math.max(0, index.durationMs(row));
            int album = index.albumId(row);
            if (album >= 0) {
                if (albumSongs[album]++ == 0) {
                    albumFirst[album] = row;
                }
                albumMs[album] += ms;
                albumLast[album] = row;
            }
            int rec = index.recordingId(row);
            if (rec >= recordingSongs.length) {
                int size = Math.max(rec + 1, 2 * recordingSongs.length);
                recordingSongs = Arrays.copyOf(recordingSongs, size);
                recordingMs = Arrays.copyOf(recordingMs, size);
                recordingFirst = Arrays.copyOf(recordingFirst, size);
                recordingLast = Arrays.copyOf(recordingLast, size);
            }
            if (recordingSongs[rec]++ == 0) {
                recordingFirst[rec] = row;
                tracks++;
            }
            recordingMs[rec] += ms;
            recordingLast[rec] = row;
        }
        Counts albums = new Counts(albumSongs, albumMs, albumFirst, albumLast);
        Counts recordings = new Counts(recordingSongs, recordingMs, recordingFirst, recordingLast);
        return new Tops(albums.top(index, n, false, true), recordings.top(index, n, false, false),
                albums.top(index, n, true, true), recordings.top(index, n, true, false), tracks);
    }

    /** Per id: songs, known milliseconds, first and last row in the run. */
    private record Counts(int[] songs, long[] ms, int[] first, int[] last) {
        List<YearReview.Top> top(ListenIndex index, int n, boolean byMinutes, boolean album) {
            List<Integer> ids = new ArrayList<>();
            for (int id = 0; id < songs.length; id++) {
                if (songs[id] > 0 && (!byMinutes || ms[id] > 0)) {
                    ids.add(id);
                }
            }
            ids.sort((a, b) -> {
                int most = byMinutes ? Long.compare(-ms[a], -ms[b]) : Integer.compare(-songs[a], -songs[b]);
                return most != 0 ? most : Integer.compare(first[a], first[b]);
            });
            List<YearReview.Top> top = new ArrayList<>();
            for (int id : ids.subList(0, Math.min(n, ids.size()))) {
                String key = album ? index.albumKey(id) : index.recordingKey(id);
                top.add(new YearReview.Top(key, album ? index.albumName(id) : key, songs[id], ms[id],
                        index.timestamp(last[id]), index.msidHash(last[id])));
            }
            return top;
        }
    }

    /** The same with each track named as its newest listen of the run names it: read from the store, without the lock. */
    public Tops named(DrillDown.Source store) {
        return new Tops(albums, named(tracks, store), albumsByMinutes, named(tracksByMinutes, store), distinctTracks);
    }

    /** Each track named as its newest listen names it (its key when that listen is no longer stored). */
    static List<YearReview.Top> named(List<YearReview.Top> tracks, DrillDown.Source store) {
        int n = tracks.size();
        long[] at = new long[n];
        long[] hashes = new long[n];
        for (int i = 0; i < n; i++) {
            at[i] = tracks.get(i).newestAt();
            hashes[i] = tracks.get(i).newestHash();
        }
        Listen[] newest = n == 0 ? new Listen[0] : store.listensAt(at, hashes, n);
        List<YearReview.Top> named = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            YearReview.Top t = tracks.get(i);
            named.add(newest[i] == null ? t : new YearReview.Top(t.key(), newest[i].track().trackName(), t.songs(),
                    t.knownMs(), t.newestAt(), t.newestHash()));
        }
        return named;
    }
}
