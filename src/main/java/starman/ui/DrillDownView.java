package starman.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.teavm.flavour.templates.BindTemplate;
import org.teavm.jso.dom.events.KeyboardEvent;
import starman.atlas.Atlas;
import starman.fixlist.FixList;
import starman.browser.Page;
import starman.metrics.DrillDown;
import starman.metrics.Measure;
import starman.metrics.Period;
import starman.metrics.Totals;
import starman.metrics.charts.Shape;
import starman.model.Listen;
import starman.normalize.CanonicalKeys;
import starman.text.Format;

/**
 * The listens behind one number of the table (or a day or album of the pictures), each with how it was
 * counted. The albums column lists its albums, each with its newest {@value #ALBUM_LISTENS} listens. Shows
 * {@value #PAGE} listens (or albums) at a time: all time can be 100,000. Escape or Close puts the focus
 * back on the number it was opened from.
 */
@BindTemplate("templates/drilldown.html")
public class DrillDownView {
    static final int PAGE = 100;
    /** Listens shown under each album in the albums column: the albums are what it counts. */
    static final int ALBUM_LISTENS = 5;

    private final AppView app;
    private DrillDown drill;
    private String title;
    private String opener;
    private List<Group> groups = List.of();
    /** Rows of the list shown: listens, or albums for the albums column. */
    private int shown;
    /** The last listen shown, where the next page goes on from. */
    private Listen last;
    /** For a track's listens, its recording key and title, whose song's versions the drill-down offers; else null. */
    private String songKey;
    private String songTitle;

    DrillDownView(AppView app) {
        this.app = app;
    }

    /** Opens the listens of {@code period} for {@code measure}; {@code opener} is the id of the number's button. */
    void open(Period period, Measure measure, String opener, String title) {
        open(() -> app.session().drillDown(period, measure), opener, title);
    }

    /** Opens the listens in [from, to) (unix seconds): a personal best's. */
    void openRange(long from, long to, String opener, String title) {
        open(() -> app.session().drillDownRange(from, to), opener, title);
    }

    /** Opens the listens in [from, to) for one measure: a comparison's or a year's figure. */
    void openRange(long from, long to, Measure measure, String opener, String title) {
        open(() -> app.session().drillDownRange(from, to, measure), opener, title);
    }

    /** Opens the listens of a canonical album in [from, to): a year's top album or first. */
    void openAlbum(String albumKey, long from, long to, String opener, String title) {
        open(() -> app.session().drillDownAlbum(albumKey, from, to), opener, title);
    }

    /** Opens the listens of a canonical recording in [from, to): a year's top track. */
    void openRecording(String recordingKey, long from, long to, String opener, String title) {
        open(() -> app.session().drillDownRecording(recordingKey, from, to), opener, title);
        song(recordingKey, null);
    }

    /** Opens the listens of a day, an album or a span a picture's shape names (see Shape.day, .album, .range). */
    void openTarget(String target, String opener, String title) {
        if (target.startsWith(Shape.RANGE)) {
            // range:MEASURE:FROM:TO, cut by hand: TeaVM's split is regex-backed
            int a = target.indexOf(':', Shape.RANGE.length());
            int b = target.indexOf(':', a + 1);
            openRange(Long.parseLong(target.substring(a + 1, b)), Long.parseLong(target.substring(b + 1)),
                    Measure.valueOf(target.substring(Shape.RANGE.length(), a)), opener, title);
        } else if (target.startsWith(Shape.DAY)) {
            int day = Integer.parseInt(target.substring(Shape.DAY.length()));
            open(() -> app.session().drillDownDay(day), opener, title);
        } else if (target.startsWith(Shape.ALBUM)) {
            String album = target.substring(Shape.ALBUM.length());
            open(() -> app.session().drillDownAlbum(album), opener, title);
        } else if (target.startsWith(Shape.CLOCK)) {
            int cell = Integer.parseInt(target.substring(Shape.CLOCK.length()));
            open(() -> app.session().drillDownClock(cell), opener, title);
        }
    }

    /** Opens the listens of a number of the atlas: an album's plays (track null) or one track's. */
    void openAtlas(Atlas.Album album, Atlas.Track track, String opener, String title) {
        open(() -> app.session().drillDownAtlas(album, track), opener, title);
        if (track != null) {
            song(CanonicalKeys.mbidKey(track.recordingMbid()), track.title());
        }
    }

    /** Opens the listens of a song or a version of it. */
    void openRows(DrillDown.Rows rows, String opener, String title) {
        open(() -> app.session().drillDownRows(rows), opener, title);
    }

    private void song(String recordingKey, String title) {
        songKey = recordingKey;
        songTitle = title;
    }

    /** Whether the listens are a track's, whose versions can be opened. */
    public boolean isVersions() {
        return songKey != null;
    }

    public void openVersions() {
        app.versions().open(songKey, songTitle, "drilldown-versions");
    }

    /** Opens the listens of a fix-list group that the numbers count. */
    void openFix(FixList.Group group, String opener, String title) {
        open(() -> app.session().drillDownFix(group), opener, title);
    }

    private void open(Supplier<DrillDown> query, String opener, String title) {
        song(null, null);
        this.opener = opener;
        this.title = title;
        // off the event handler: reading the store's days may block
        new Thread(() -> {
            DrillDown opened = query.get();
            clear();
            drill = opened;
            last = null;
            shown = 0;
            groups = next(List.of());
            app.changed();
            Page.focus("drilldown-title");
        }).start();
    }

    public void close() {
        new Thread(() -> {
            clear();
            drill = null;
            app.changed();
            Page.focus(opener);
        }).start();
    }

    /** Empties the list while still shown, so no listen's element (an opened details) is reused for another. */
    private void clear() {
        if (drill != null) {
            groups = List.of();
            app.changed();
        }
    }

    public void keyDown(KeyboardEvent event) {
        if ("Escape".equals(event.getKey())) {
            close();
        }
    }

    /** Shows the next {@value #PAGE} listens (or albums): only those are read and explained. */
    public void more() {
        new Thread(() -> {
            groups = next(groups);
            app.changed();
            if (!isMore()) {
                Page.focus("drilldown-title");
            }
        }).start();
    }

    public boolean isOpen() {
        return drill != null;
    }

    public String getTitle() {
        return title;
    }

    public String getSummary() {
        Totals t = drill.totals();
        String listens = Format.count(t.songs(), "listen", "listens");
        return switch (drill.measure()) {
            case SONGS -> listens + " of " + drill.artist().name() + ", newest first.";
            case ALBUMS -> Format.count(t.albums(), "album", "albums") + " from " + listens + ", most played first"
                    + (withoutAlbum() == 0 ? "." : "; " + Format.count(withoutAlbum(), "listen names", "listens name")
                    + " no album.");
            case MINUTES -> Format.decimal(t.minutes()) + " minutes from "
                    + Format.count(t.songs() - t.unknownDuration(), "listen", "listens") + " of known length"
                    + (t.unknownDuration() == 0 ? "." : "; " + Format.count(t.unknownDuration(), "listen", "listens")
                    + " of unknown length add nothing.");
        };
    }

    public List<Group> getGroups() {
        return groups;
    }

    public boolean isMore() {
        return drill != null && shown < total();
    }

    public String getMoreLabel() {
        return "Show " + Math.min(PAGE, total() - shown) + " more (" + Format.count(shown) + " of "
                + Format.count(total()) + " shown)";
    }

    /** How many rows the list has in all: albums for the albums column, else listens. */
    private int total() {
        return drill.measure() == Measure.ALBUMS ? drill.albums().size() : drill.totals().songs();
    }

    private int withoutAlbum() {
        int grouped = 0;
        for (DrillDown.Album album : drill.albums()) {
            grouped += album.listens();
        }
        return drill.totals().songs() - grouped;
    }

    /**
     * {@code groups} and the next {@value #PAGE} listens, or albums with their newest listens for the albums column.
     * A page that comes back short (listens gone since the drill-down was made) ends the list.
     */
    private List<Group> next(List<Group> groups) {
        List<Group> next = new ArrayList<>(groups);
        if (drill.measure() != Measure.ALBUMS) {
            List<Listen> page = drill.listens(last, PAGE);
            List<Item> items = new ArrayList<>(next.isEmpty() ? List.of() : next.remove(0).items());
            items.addAll(items(page));
            next.add(new Group(null, null, items));
            boolean ended = page.size() < Math.min(PAGE, total() - shown); // listens gone since it was made
            shown = ended ? total() : shown + page.size();
            last = page.isEmpty() ? last : page.get(page.size() - 1);
            return next;
        }
        List<DrillDown.Album> albums = drill.albums().subList(shown, Math.min(shown + PAGE, total()));
        List<List<Listen>> newest = drill.newest(albums, ALBUM_LISTENS);
        for (int i = 0; i < albums.size(); i++) {
            DrillDown.Album album = albums.get(i);
            String by = album.key().startsWith("mb:") ? "release group " + album.key().substring(3) : "by title";
            next.add(new Group(album.name(), Format.count(album.listens(), "listen", "listens") + " · " + by
                    + (album.listens() > ALBUM_LISTENS ? " · the newest " + ALBUM_LISTENS + " shown" : ""),
                    items(newest.get(i))));
        }
        shown += albums.size();
        return next;
    }

    private List<Item> items(List<Listen> listens) {
        List<Item> items = new ArrayList<>();
        for (Listen listen : listens) {
            var how = drill.explain(listen);
            items.add(new Item(Page.localDateTime(listen.listenedAt()), listen.track().trackName(),
                    listen.track().artistName(), listen.track().releaseName(), how.length().text(), how.lines()));
        }
        return items;
    }

    /** An album (heading and detail null when not grouping) and its shown listens. */
    public record Group(String heading, String detail, List<Item> items) {
    }

    /** One listen, all text: never markup. */
    public record Item(String when, String track, String artist, String release, String length, List<String> how) {
    }
}
