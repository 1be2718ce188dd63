package starman.session;

import starman.time.ZoneOffsets;

/** The page port: what the session needs of the tab it runs in. */
public interface Tab {
    /** A step of the page's life that tests and benchmarks wait for: the index is built. */
    String INDEXED = "indexed";
    /** The metadata lane's first pass of a visit is done. */
    String LOOKED_UP = "looked-up";

    /** Whether the page is visible (the now-playing lane polls slower while hidden). */
    boolean visible();

    /** The device's time zone id, for settings that leave it empty. */
    String zoneId();

    /** A zone's offsets over the years (the page asks its Intl data; unknown ids give UTC). */
    ZoneOffsets offsets(String zoneId);

    /** Loads the page again: after forgetting, or when settings change what the sync does. */
    void reload();

    /** Marks a step ({@link #INDEXED}, {@link #LOOKED_UP}) for whoever watches the page. */
    void marked(String step);
}
