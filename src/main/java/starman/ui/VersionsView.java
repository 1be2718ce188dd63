package starman.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.teavm.flavour.templates.BindTemplate;
import org.teavm.jso.dom.events.KeyboardEvent;
import starman.browser.Page;
import starman.metrics.charts.Days;
import starman.text.Format;
import starman.versions.Versions;

/**
 * The versions of one song, grouped by work (where MusicBrainz names it) then canonical recording: each version's
 * title and release as submitted, its listens (opening them in the drill-down), minutes, first listen and the rule
 * that grouped it. Escape or Close puts the focus back where it was opened from.
 */
@BindTemplate("templates/versions.html")
public class VersionsView {
    private final AppView app;
    private Versions.Song song;
    private String workNote;
    private String opener;
    private List<GroupRow> groups = List.of();

    VersionsView(AppView app) {
        this.app = app;
    }

    /** Opens the song of a recording key, else of a title (an atlas track); {@code opener} is the button's id. */
    void open(String recordingKey, String title, String opener) {
        show(() -> app.session().song(recordingKey, title), opener);
    }

    /** Opens a song of {@link Versions#mostVersions} as the works known now group it (the list may predate them). */
    void open(Versions.Song of, String opener) {
        open(of.groups().get(0).recordings().get(0).key(), of.name(), opener);
    }

    private void show(Supplier<Versions.Song> query, String opener) {
        this.opener = opener;
        new Thread(() -> {
            Versions.Song found = query.get();
            Versions all = app.session().versions();
            song = found;
            workNote = all.workNote();
            groups = found == null ? List.of() : rows(found);
            app.changed();
            Page.focus("versions-title");
        }).start();
    }

    public void close() {
        new Thread(() -> {
            song = null;
            groups = List.of();
            app.changed();
            Page.focus(opener);
        }).start();
    }

    public void keyDown(KeyboardEvent event) {
        if ("Escape".equals(event.getKey())) {
            close();
        }
    }

    public boolean isOpen() {
        return song != null;
    }

    public String getTitle() {
        return "Versions of " + song.name();
    }

    /** "5 versions in 3 recordings, 120 listens; first heard 3 March 2019." */
    public String getSummary() {
        int recordings = 0;
        for (Versions.Group g : song.groups()) {
            recordings += g.recordings().size();
        }
        return Format.count(song.versionCount(), "version", "versions") + " in "
                + Format.count(recordings, "recording", "recordings") + ", "
                + Format.count(song.listens(), "listen", "listens") + "; first heard "
                + Days.longDate(song.firstDay()) + ".";
    }

    public String getWorkNote() {
        return workNote;
    }

    public List<GroupRow> getGroups() {
        return groups;
    }

    public void openVersion(VersionRow row) {
        app.drillDown().openRows(row.version().rows(), row.id(), row.version().trackName() + ": every listen");
    }

    private static List<GroupRow> rows(Versions.Song song) {
        List<GroupRow> groups = new ArrayList<>();
        int v = 0;
        for (Versions.Group g : song.groups()) {
            List<RecordingRow> recordings = new ArrayList<>();
            for (Versions.Recording r : g.recordings()) {
                List<VersionRow> versions = new ArrayList<>();
                for (Versions.Version version : r.versions()) {
                    versions.add(new VersionRow(version, "version-" + v++));
                }
                recordings.add(new RecordingRow(r, List.copyOf(versions)));
            }
            groups.add(new GroupRow(g, "versions-group-" + groups.size(), List.copyOf(recordings)));
        }
        return List.copyOf(groups);
    }

    /** A work's recordings (or those without a work). */
    public record GroupRow(Versions.Group group, String id, List<RecordingRow> recordings) {
        public String heading() {
            return group.work() != null ? "Work: " + group.work().title() + " (MusicBrainz)"
                    : "Recordings without a known work, by title";
        }
    }

    /** One canonical recording and why it is in the song. */
    public record RecordingRow(Versions.Recording recording, List<VersionRow> versions) {
        public String heading() {
            return recording.mbid() != null ? "Recording " + recording.mbid()
                    : "No recording MBID: '" + recording.key().substring(recording.key().indexOf('|') + 1) + "'";
        }

        public String rule() {
            return "In this song: " + recording.rule() + ".";
        }
    }

    /** One version, all text. */
    public record VersionRow(Versions.Version version, String id) {
        public String track() {
            return version.trackName();
        }

        public String release() {
            return version.releaseName() == null ? "no release named" : version.releaseName();
        }

        public String listens() {
            return Format.count(version.listens(), "listen", "listens");
        }

        public String label() {
            return version.trackName() + " on " + release() + ": " + listens() + ", open them";
        }

        /** "12.3 min, first 3 March 2019" (and the listens of unknown length). */
        public String detail() {
            return Format.decimal(version.knownMs() / 60_000.0) + " min"
                    + (version.unknownLength() == 0 ? "" : " (" + version.unknownLength() + " of unknown length)")
                    + ", first " + Days.longDate(version.firstDay());
        }

        public String rule() {
            return "Grouped: " + String.join("; ", version.rules()) + ".";
        }
    }
}
