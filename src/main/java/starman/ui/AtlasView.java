package starman.ui;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.teavm.flavour.templates.BindTemplate;
import starman.atlas.Atlas;
import starman.atlas.AtlasAnswer;
import starman.browser.Page;
import starman.metrics.charts.Days;
import starman.normalize.CanonicalKeys;
import starman.text.Format;
import starman.versions.Versions;

/**
 * The discography atlas: per kind of release, per release group its completion bar and its track list, each track
 * heard (with its plays, minutes and first listen) or never heard. Counted when opened (and again on request) from the
 * cached discography, not on every new listen: a pass over all the artist's listens. Every plays number opens its
 * listens in the drill-down.
 */
@BindTemplate("templates/atlas.html")
public class AtlasView {
    /** Songs in the most-versions list. */
    static final int MOST_VERSIONS = 8;
    private final AppView app;
    private Atlas atlas;
    private String message;
    private List<SectionRow> sections = List.of();
    private List<String> deepCuts = List.of();
    private List<SongRow> mostVersions = List.of();
    private boolean counting;
    private final Set<String> open = new HashSet<>();

    AtlasView(AppView app) {
        this.app = app;
    }

    /** Counts the atlas (off the event handler: it reads the store's tracks for an artist given by name). */
    public void open() {
        if (counting) {
            return;
        }
        counting = true;
        message = "Counting the atlas…";
        Page.markStep("atlas-asked"); // with atlas-counted: what the atlas benchmark times in the page
        app.changed();
        new Thread(() -> {
            AtlasAnswer answer = app.session().atlas();
            Page.markStep("atlas-counted");
            atlas = answer.atlas();
            message = answer.problem();
            sections = atlas == null ? List.of() : rows(atlas);
            deepCuts = atlas == null ? List.of() : deepCuts(atlas);
            mostVersions = atlas == null ? List.of() : mostVersions(app.session().versions());
            counting = false;
            app.changed();
            Page.focus(atlas == null ? "atlas-message" : "atlas-overall");
        }).start();
    }

    public boolean isShown() {
        return atlas != null;
    }

    public String getOpenLabel() {
        return atlas == null ? "Open the atlas" : "Count again";
    }

    /** Why there is no atlas (or that it is being counted), or null. */
    public String getMessage() {
        return message;
    }

    /** "38 of 61 studio-album tracks heard at least once". */
    public String getOverall() {
        return atlas.overall() + ".";
    }

    public List<SectionRow> getSections() {
        return sections;
    }

    public List<String> getDeepCuts() {
        return deepCuts;
    }

    public String getDeepCutsHeading() {
        return Format.count(deepCuts.size(), "studio-album track", "studio-album tracks") + " never played";
    }

    /** The songs heard in most versions, each opening its versions. */
    public List<SongRow> getMostVersions() {
        return mostVersions;
    }

    public void openSong(SongRow row) {
        app.versions().open(row.song(), row.id());
    }

    public void openVersions(TrackRow row) {
        app.versions().open(CanonicalKeys.mbidKey(row.track().recordingMbid()), row.track().title(),
                row.versionsButton());
    }

    /**
     * Whether the album's track list is open: each is drawn only when opened, so the atlas of hundreds of release
     * groups opens without thousands of track rows in the DOM (it took the page past 100 ms at 1M).
     */
    public boolean isOpen(AlbumRow row) {
        return open.contains(row.id());
    }

    public String expanded(AlbumRow row) {
        return isOpen(row) ? "true" : "false";
    }

    public void toggle(AlbumRow row) {
        if (!open.remove(row.id())) {
            open.add(row.id());
        }
    }

    public void openAlbum(AlbumRow row) {
        app.drillDown().openAtlas(row.album(), null, row.playsButton(), row.album().name() + ": every play");
    }

    public void openTrack(AlbumRow album, TrackRow row) {
        app.drillDown().openAtlas(album.album(), row.track(), row.button(),
                row.track().title() + " (" + album.album().name() + ")");
    }

    private static List<SectionRow> rows(Atlas atlas) {
        List<SectionRow> rows = new ArrayList<>();
        for (Atlas.Section section : atlas.sections()) {
            List<AlbumRow> albums = new ArrayList<>();
            for (Atlas.Album album : section.albums()) {
                List<TrackRow> tracks = new ArrayList<>();
                if (album.tracksKnown()) {
                    for (Atlas.Track track : album.tracks()) {
                        tracks.add(new TrackRow(track, "atlas-" + album.releaseGroupMbid() + "-" + track.position(),
                                trackDetail(atlas, track)));
                    }
                }
                albums.add(new AlbumRow(album, "atlas-" + album.releaseGroupMbid(), List.copyOf(tracks)));
            }
            rows.add(new SectionRow("atlas-" + section.kind().name().toLowerCase(), section.kind().heading,
                    List.copyOf(albums)));
        }
        return List.copyOf(rows);
    }

    private static String trackDetail(Atlas atlas, Atlas.Track track) {
        if (!track.heard()) {
            return "never heard";
        }
        return Format.decimal(track.playedMs() / 60_000.0) + " min, first "
                + Days.longDate(atlas.epochDay(track.firstListen()));
    }

    private static List<SongRow> mostVersions(Versions versions) {
        List<SongRow> rows = new ArrayList<>();
        for (Versions.Song song : versions.mostVersions(MOST_VERSIONS)) {
            rows.add(new SongRow(song, "atlas-song-" + rows.size()));
        }
        return List.copyOf(rows);
    }

    private static List<String> deepCuts(Atlas atlas) {
        List<String> cuts = new ArrayList<>();
        for (Atlas.DeepCut cut : atlas.deepCuts()) {
            cuts.add(cut.track().title() + " (" + cut.album().name() + ", " + cut.album().year() + ")");
        }
        return List.copyOf(cuts);
    }

    /** One kind of release: its heading and release groups, oldest first. */
    public record SectionRow(String id, String heading, List<AlbumRow> albums) {
    }

    /** One release group as the atlas shows it; {@code id} names its heading, the other ids derive from it. */
    public record AlbumRow(Atlas.Album album, String id, List<TrackRow> tracks) {
        public String name() {
            return album.name();
        }

        public String year() {
            return album.year().isEmpty() ? "date unknown" : album.year();
        }

        public boolean tracksKnown() {
            return album.tracksKnown();
        }

        public String summaryId() {
            return id + "-summary";
        }

        public String toggleId() {
            return id + "-toggle";
        }

        public String listId() {
            return id + "-tracks";
        }

        public String playsButton() {
            return id + "-plays";
        }

        /** The progress bar's value and max (at least 1), as its attributes take them. */
        public String heard() {
            return Integer.toString(album.heard());
        }

        public String total() {
            return Integer.toString(Math.max(1, album.total()));
        }

        /** "7 of 11 tracks heard (64 %), 58 % of its running time"; or that the track list is not known yet. */
        public String summary() {
            if (!album.tracksKnown()) {
                return "Its track list is not known yet (it is fetched with the discography).";
            }
            return album.heard() + " of " + Format.count(album.total(), "track", "tracks") + " heard ("
                    + Math.round(album.trackShare() * 100) + " %), " + Math.round(album.timeShare() * 100)
                    + " % of its running time; "
                    + Format.count(album.frontToBack(), "front-to-back play", "front-to-back plays") + ".";
        }

        public String plays() {
            return Format.count(album.plays(), "play", "plays");
        }

        /** Whether the plays are a button: none have no listens to open. */
        public boolean played() {
            return album.plays() > 0;
        }

        public String playsLabel() {
            return album.name() + ": " + plays() + ", open its listens";
        }
    }

    /** A song of the most-versions list. */
    public record SongRow(Versions.Song song, String id) {
        public String name() {
            return song.name();
        }

        /** "5 versions, 120 listens". */
        public String detail() {
            return Format.count(song.versionCount(), "version", "versions") + ", "
                    + Format.count(song.listens(), "listen", "listens");
        }
    }

    /** One track of a track list. */
    public record TrackRow(Atlas.Track track, String button, String detail) {
        public String title() {
            return track.title() == null ? "(untitled)" : track.title();
        }

        public boolean heard() {
            return track.heard();
        }

        public String state() {
            return track.heard() ? "heard" : "unheard";
        }

        public String plays() {
            return Format.count(track.plays(), "play", "plays");
        }

        public String playsLabel() {
            return title() + ": " + plays() + ", open its listens";
        }

        public String versionsButton() {
            return button + "-versions";
        }

        public String versionsLabel() {
            return "Versions of " + title();
        }
    }
}
