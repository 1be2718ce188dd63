package starman.metrics;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import starman.normalize.CanonicalKeys;
import starman.normalize.TextKeys;

/**
 * The recordings and title keys heard of each album over the whole index, kept across calls: a call reads only
 * the rows appended since the previous one, and all rows again only after the index was reshaped (see
 * {@link ListenIndex#reshapes()}). So the pictures follow a sync page without a pass over a million rows, and
 * an album's completion is one lookup per track instead of a scan of the rows per track.
 */
public final class AlbumsHeard {
    private final ListenIndex index;
    private int reshapes = -1;
    private int rows;
    /** Per canonical album id: the recording ids and title ids of its listens (null before its first). */
    private final List<BitSet> recordings = new ArrayList<>();
    private final List<BitSet> titles = new ArrayList<>();
    /** Per release group: the track list last seen and its title keys (TextKeys is slow; lists rarely change). */
    private final Map<String, TitleKeys> titleKeys = new HashMap<>();

    private record TitleKeys(List<TrackLists.Track> tracks, String[] keys) {
    }

    public AlbumsHeard(ListenIndex index) {
        this.index = index;
    }

    public ListenIndex index() {
        return index;
    }

    /** The distinct recordings heard of a canonical album. */
    public int recordingsHeard(int albumId) {
        update();
        return albumId < recordings.size() && recordings.get(albumId) != null ? recordings.get(albumId).cardinality() : 0;
    }

    /**
     * How much of an album all listens heard, as {@link AlbumProgress#completion} over every row says, or null
     * when its track list is unknown.
     */
    public AlbumProgress.Completion completion(int albumId, TrackLists trackLists) {
        String releaseGroup = CanonicalKeys.mbidOf(index.albumKey(albumId));
        List<TrackLists.Track> tracks = releaseGroup == null ? null : trackLists.tracks(releaseGroup);
        if (tracks == null || tracks.isEmpty()) {
            return null;
        }
        update();
        BitSet heardRecordings = albumId < recordings.size() ? recordings.get(albumId) : null;
        BitSet heardTitles = albumId < titles.size() ? titles.get(albumId) : null;
        String[] keys = titleKeys(releaseGroup, tracks);
        int heard = 0;
        for (int i = 0; i < tracks.size(); i++) {
            int recordingId = index.findRecording(CanonicalKeys.mbidKey(tracks.get(i).recordingMbid()));
            int titleId = index.findTitle(keys[i]);
            if (heardRecordings != null && (recordingId >= 0 && heardRecordings.get(recordingId)
                    || titleId >= 0 && heardTitles.get(titleId))) {
                heard++;
            }
        }
        return new AlbumProgress.Completion(index.albumName(albumId), heard, tracks.size());
    }

    private String[] titleKeys(String releaseGroup, List<TrackLists.Track> tracks) {
        TitleKeys known = titleKeys.get(releaseGroup);
        if (known == null || known.tracks() != tracks) {
            String[] keys = new String[tracks.size()];
            for (int i = 0; i < keys.length; i++) {
                keys[i] = TextKeys.title(tracks.get(i).title());
            }
            known = new TitleKeys(tracks, keys);
            titleKeys.put(releaseGroup, known);
        }
        return known.keys();
    }

    private void update() {
        int now = index.reshapes();
        if (now != reshapes) {
            recordings.clear();
            titles.clear();
            rows = 0;
            reshapes = now;
        }
        for (int row = rows; row < index.size(); row++) {
            int album = index.albumId(row);
            if (album < 0) {
                continue;
            }
            while (recordings.size() <= album) {
                recordings.add(null);
                titles.add(null);
            }
            if (recordings.get(album) == null) {
                recordings.set(album, new BitSet());
                titles.set(album, new BitSet());
            }
            recordings.get(album).set(index.recordingId(row));
            titles.get(album).set(index.titleId(row));
        }
        rows = index.size();
    }
}
