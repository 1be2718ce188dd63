package starman.metrics.charts;

import starman.metrics.AlbumsHeard;
import starman.metrics.ListenIndex;
import starman.metrics.TrackLists;

/** The dashboard's pictures at one moment, from the index. */
public record Pictures(Scene year, Scene month, Scene albums, Scene clock) {
    /**
     * The pictures at {@code now} (unix seconds), days in the index's time zone, with the listening clock drawn
     * already (it changes only with its counts). Keep one {@code heard} per index: then a refresh after a sync page
     * reads only the new rows (the calendar and bars read only their days).
     */
    public static Pictures of(AlbumsHeard heard, Scene clock, TrackLists trackLists, long now) {
        ListenIndex index = heard.index();
        int today = index.periods().epochDay(now);
        return new Pictures(
                Heatmap.scene(today, index.songsPerDay(today - Heatmap.DAYS + 1, Heatmap.DAYS),
                        index.periods().weekStart()),
                Bars.scene(today, index.songsPerDay(today - Bars.DAYS + 1, Bars.DAYS)),
                TopAlbums.scene(TopAlbums.of(heard, trackLists, TopAlbums.SHOWN)), clock);
    }
}
