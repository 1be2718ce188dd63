package starman.metrics.charts;

import java.util.ArrayList;
import java.util.List;
import starman.metrics.AlbumProgress;
import starman.metrics.AlbumsHeard;
import starman.metrics.ListenIndex;
import starman.metrics.TrackLists;

/** The most played albums (by songs, all time) and how much of each has been heard. */
public final class TopAlbums {
    public static final int SHOWN = 6;
    static final double WIDTH = 320;
    static final double ROW = 54;
    static final double RADIUS = 19;
    /** Names longer than this are cut in the picture (the label keeps them whole): the row is 320 wide. */
    static final int NAME_CHARS = 30;

    private TopAlbums() {
    }

    /**
     * One album: {@code tracks} is its track list's length, or 0 when the list is unknown; then {@code heard}
     * counts the distinct recordings heard and there is no fraction to show. {@code key}: the canonical album key.
     */
    public record Album(String key, String name, int songs, int heard, int tracks) {
        public boolean hasTrackList() {
            return tracks > 0;
        }
    }

    /** The {@code n} albums with most songs, most first (ties by name), computed afresh. */
    public static List<Album> of(ListenIndex index, TrackLists trackLists, int n) {
        return of(new AlbumsHeard(index), trackLists, n);
    }

    /** The same from what {@code heard} keeps, which reads only the rows added since it was last asked. */
    public static List<Album> of(AlbumsHeard heard, TrackLists trackLists, int n) {
        ListenIndex index = heard.index();
        int[] songs = index.songsPerAlbum();
        List<Integer> ids = new ArrayList<>();
        for (int id = 0; id < songs.length; id++) {
            if (songs[id] > 0) {
                ids.add(id);
            }
        }
        ids.sort((a, b) -> songs[a] != songs[b] ? Integer.compare(-songs[a], -songs[b])
                : index.albumName(a).compareTo(index.albumName(b)));
        List<Album> albums = new ArrayList<>();
        for (int id : ids.subList(0, Math.min(n, ids.size()))) {
            AlbumProgress.Completion c = heard.completion(id, trackLists);
            String key = index.albumKey(id);
            albums.add(c == null ? new Album(key, index.albumName(id), songs[id], heard.recordingsHeard(id), 0)
                    : new Album(key, index.albumName(id), songs[id], c.heard(), c.total()));
        }
        return albums;
    }

    public static Scene scene(List<Album> albums) {
        List<Shape> shapes = new ArrayList<>();
        if (albums.isEmpty()) {
            shapes.add(new Shape.Text(0, 20, "muted", "No albums heard yet."));
        }
        for (int i = 0; i < albums.size(); i++) {
            Album a = albums.get(i);
            double top = i * ROW;
            String tracks = a.hasTrackList() ? a.heard() + " of " + a.tracks() + " tracks"
                    : (a.heard() == 1 ? "1 track" : a.heard() + " tracks");
            String center = a.hasTrackList() ? Math.round(100.0 * a.heard() / a.tracks()) + "%" : Integer.toString(a.heard());
            shapes.add(new Shape.Ring(RADIUS + 2, top + ROW / 2, RADIUS,
                    a.hasTrackList() ? Math.min(1, a.heard() / (double) a.tracks()) : -1, "ring", center,
                    a.name() + ": " + Days.songs(a.songs()) + ", " + tracks + " heard"
                            + (a.hasTrackList() ? "" : ", track list unknown"), Shape.album(a.key())));
            shapes.add(new Shape.Text(2 * RADIUS + 14, top + ROW / 2 - 3, "album", cut(a.name())));
            shapes.add(new Shape.Text(2 * RADIUS + 14, top + ROW / 2 + 14, "muted",
                    Days.songs(a.songs()) + " · " + tracks + " heard"));
        }
        return new Scene("Top albums by songs, with the share of each album heard", WIDTH,
                Math.max(1, albums.size()) * ROW, shapes);
    }

    /** At most NAME_CHARS code points, an ellipsis marking a cut. */
    public static String cut(String name) {
        if (name.codePointCount(0, name.length()) <= NAME_CHARS) {
            return name;
        }
        return name.substring(0, name.offsetByCodePoints(0, NAME_CHARS - 1)) + "…";
    }
}
