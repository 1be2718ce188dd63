package starman.metrics.charts;

import starman.metrics.ListenIndex;
import starman.metrics.TrackLists;

/** The dashboard's three pictures at one moment, from the index. */
public record Pictures(Scene year, Scene month, Scene albums) {
    /** The pictures at {@code now} (unix seconds), days in the index's time zone. */
    public static Pictures of(ListenIndex index, TrackLists trackLists, long now) {
        int today = index.periods().epochDay(now);
        return new Pictures(
                Heatmap.scene(today, index.songsPerDay(today - Heatmap.DAYS + 1, Heatmap.DAYS),
                        index.periods().weekStart()),
                Bars.scene(today, index.songsPerDay(today - Bars.DAYS + 1, Bars.DAYS)),
                TopAlbums.scene(TopAlbums.of(index, trackLists, TopAlbums.SHOWN)));
    }
}
