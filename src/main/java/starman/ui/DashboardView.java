package starman.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.teavm.flavour.templates.BindTemplate;
import starman.atlas.Releases;
import starman.browser.CoverImage;
import starman.browser.Page;
import starman.browser.SvgPicture;
import starman.listenbrainz.PlayingNow;
import starman.coach.CoachFeed;
import starman.metrics.AlbumFocus;
import starman.metrics.AlbumProgress.Completion;
import starman.metrics.Dashboard;
import starman.metrics.Measure;
import starman.metrics.Period;
import starman.metrics.Totals;
import starman.metrics.charts.Shape;
import starman.metrics.charts.SprintGauge;
import starman.model.Listen;
import starman.model.TrackMetadata;
import starman.normalize.ArtistFilter;
import starman.normalize.CanonicalKeys;
import starman.session.Session;
import starman.text.Format;
import starman.training.Anniversaries;
import starman.training.PersonalBests;
import starman.training.Training;

/**
 * The artist's workout: songs, albums and minutes per period (each number a button that opens the listens
 * behind it), the sprint gauge, what is playing with its album's completion and cover, the focus status and
 * the coach's feed. {@link #refresh()} computes it all once per update; the getters only read that, so the
 * template's many bindings cost nothing more.
 */
@BindTemplate("templates/dashboard.html")
public class DashboardView {
    /** How many of the newest listens are searched for a cover of the shown album. */
    static final int COVER_SEARCH = 50;

    private final AppView app;
    /** The gauge's shapes have no target, so nothing is ever chosen in it. */
    private final SvgPicture gauge = new SvgPicture("sprint-gauge", 1, (target, elementId, label) -> { });
    private final CoverImage cover = new CoverImage("cover");
    private Dashboard dashboard;
    private Shown shown;
    private AlbumFocus focus;
    /** The streaks and bests shown: after a new listen, the last ones until the pass over the listens is done. */
    private Training training;
    private boolean trainingPending;
    private List<Releases.Released> released = List.of();

    DashboardView(AppView app) {
        this.app = app;
    }

    /** The artist the person follows (Settings). */
    public String getArtist() {
        return app.session().artist().name();
    }

    /** Reads the sync's state for the next template update. */
    void refresh() {
        Session session = app.session();
        dashboard = session.dashboard();
        focus = session.albumFocus();
        Training fresh = session.freshTraining();
        if (fresh != null) {
            training = fresh;
        } else if (!trainingPending) {
            // the table first: the streaks and bests follow once they are counted again
            trainingPending = true;
            new Thread(() -> {
                training = session.training();
                trainingPending = false;
                app.changed();
            }).start();
        }
        shown = Shown.of(session.playingNow(), session.storage().newest(COVER_SEARCH), session.artist());
        released = session.releasedToday();
    }

    /** Patches the gauge and the cover in place; called after the templates were updated. */
    void draw() {
        gauge.draw(SprintGauge.scene(dashboard.sprintPerHour()));
        cover.show(shown == null ? null : shown.coverUrl());
    }

    /** The artist's table: one row per period. */
    public List<WorkoutRow> getWorkout() {
        Dashboard d = dashboard();
        return List.of(WorkoutRow.of(Period.PACE, "Last 60 minutes", d.pace(), false),
                WorkoutRow.of(Period.TODAY, "Today", d.today(), true),
                WorkoutRow.of(Period.WEEK, "This week", d.week(), true),
                WorkoutRow.of(Period.MONTH, "This month", d.month(), true),
                WorkoutRow.of(Period.ALL_TIME, "All time", d.allTime(), true));
    }

    public void showSongs(WorkoutRow row) {
        app.drillDown().open(row.period(), Measure.SONGS, row.songsButton(), row.songsName());
    }

    public void showAlbums(WorkoutRow row) {
        app.drillDown().open(row.period(), Measure.ALBUMS, row.albumsButton(), row.albumsName());
    }

    public void showMinutes(WorkoutRow row) {
        app.drillDown().open(row.period(), Measure.MINUTES, row.minutesButton(), row.minutesName());
    }

    public String getSprint() {
        return Format.decimal(dashboard().sprintPerHour());
    }

    public String getSprintZone() {
        return SprintGauge.Zone.of(dashboard().sprintPerHour()).title();
    }

    /** The state of the last refresh; an update that came first (a click elsewhere) reads it now. */
    private Dashboard dashboard() {
        if (dashboard == null) {
            refresh();
        }
        return dashboard;
    }

    /** The gauge's legend: each zone with its range. */
    public List<String> getZones() {
        List<String> zones = new ArrayList<>();
        for (SprintGauge.Zone zone : SprintGauge.Zone.values()) {
            zones.add(zone.range());
        }
        return zones;
    }

    /** "Now playing", "Last played", or null before the first listen. */
    public String getNowHeading() {
        return shown == null ? "Nothing played yet" : shown.playing() ? "Now playing" : "Last played";
    }

    public boolean isSomethingShown() {
        return shown != null;
    }

    public String getNowTrack() {
        return shown == null ? "" : shown.track().trackName();
    }

    public String getNowArtist() {
        return shown == null ? "" : shown.track().artistName();
    }

    public String getNowAlbum() {
        String release = shown == null ? null : shown.track().releaseName();
        return release == null ? "No album named" : release;
    }

    public boolean isSessionGoing() {
        return focus != null;
    }

    /** "Low: 7/11 tracks this session", or the track list not being known. */
    public String getAlbumCompletion() {
        return focus == null ? "" : focus.album() + ": " + AlbumFocus.tracks(focus.completion()) + " this session";
    }

    public int getCompletionHeard() {
        Completion c = focus == null ? null : focus.completion();
        return c == null ? 0 : Math.min(c.heard(), c.total());
    }

    public int getCompletionTotal() {
        Completion c = focus == null ? null : focus.completion();
        return c == null ? 1 : c.total();
    }

    public boolean isCompletionKnown() {
        return focus != null && focus.completion() != null;
    }

    public String getFocus() {
        return focus == null ? "No listening session going: the last song ended more than 30 minutes ago."
                : focus.sentence();
    }

    public boolean isFocusBroken() {
        return focus != null && focus.leftBehind() != null;
    }

    /** The current streak and the longest, in a sentence. */
    public String getStreak() {
        return training == null ? "Counting your streaks…" : training.streakSentence(getArtist());
    }

    /** The same with one missed day a week forgiven. */
    public String getForgivingStreak() {
        return training == null ? "" : training.forgivingSentence(getArtist());
    }

    /** The personal bests, each opening the listens that set it. */
    public List<BestRow> getBests() {
        List<BestRow> rows = new ArrayList<>();
        for (PersonalBests.Best best : training == null ? List.<PersonalBests.Best>of() : training.bests()) {
            rows.add(new BestRow(best));
        }
        return rows;
    }

    /** Today's anniversaries of first listens, each opening the listens of that first day. */
    public List<FirstRow> getOnThisDay() {
        List<FirstRow> rows = new ArrayList<>();
        for (Anniversaries.Anniversary a : training == null ? List.<Anniversaries.Anniversary>of() : training.onThisDay()) {
            rows.add(new FirstRow(a, a.sentence(getArtist())));
        }
        return rows;
    }

    /** The artist's albums first released on today's date, each opening its listens. */
    public List<ReleasedRow> getReleasedToday() {
        List<ReleasedRow> rows = new ArrayList<>();
        for (Releases.Released r : released) {
            rows.add(new ReleasedRow(r));
        }
        return rows;
    }

    public void showReleased(ReleasedRow row) {
        app.drillDown().openTarget(Shape.album(CanonicalKeys.mbidKey(row.released().releaseGroupMbid())), row.id(),
                row.text());
    }

    /** One release anniversary as the card shows it. */
    public record ReleasedRow(Releases.Released released) {
        public String id() {
            return "released-" + released.releaseGroupMbid();
        }

        public String text() {
            return released.sentence();
        }

        public String label() {
            return text() + " Show its listens.";
        }
    }

    public void showFirst(FirstRow row) {
        app.drillDown().openTarget(Shape.day(row.first().day()), row.id(), row.text());
    }

    /** One anniversary as the card shows it. */
    public record FirstRow(Anniversaries.Anniversary first, String text) {
        /** "first-artist", "first-album-12". */
        public String id() {
            return first.albumId() < 0 ? "first-artist" : "first-album-" + first.albumId();
        }

        public String label() {
            return text + " Show the listens of that day.";
        }
    }

    public void showBest(BestRow row) {
        app.drillDown().openRange(row.best().from(), row.best().to(), row.button(), row.name());
    }

    /** One personal best as the card shows it; its name heads the drill-down. */
    public record BestRow(PersonalBests.Best best) {
        /** "best-songs-in-15-minutes"... */
        public String id() {
            return "best-" + best.kind().name().toLowerCase(Locale.ROOT).replace('_', '-');
        }

        public String button() {
            return id() + "-listens";
        }

        public String title() {
            return best.kind().title;
        }

        public String amount() {
            return best.amount();
        }

        public String when() {
            return best.when();
        }

        /** "Most songs in 15 minutes: 7 songs, Tuesday 26 November 2024". */
        public String name() {
            return title() + ": " + amount() + ", " + when();
        }

        public String label() {
            return name() + " — show listens";
        }
    }

    /** The coach's latest lines, newest first. */
    public List<CoachRow> getCoach() {
        List<CoachRow> lines = new ArrayList<>();
        for (CoachFeed.Line line : app.session().coachFeed()) {
            lines.add(new CoachRow(Page.localTime(line.at()), Page.isoInstant(line.at()), line.message().text()));
        }
        return lines;
    }

    /** One coach line: when, as the person reads it and as an instant, and what. */
    public record CoachRow(String time, String instant, String text) {
    }

    /**
     * One period of the artist's table, as text; minutes say how many songs had no known duration. The
     * names ("23 songs today") head the drill-down and, with " — show listens", label the buttons.
     */
    public record WorkoutRow(Period period, String label, String songs, String albums, String minutes,
                             boolean albumsShown, String songsName, String albumsName, String minutesName) {
        static WorkoutRow of(Period period, String label, Totals t, boolean showAlbums) {
            String minutes = Format.decimal(t.minutes());
            String minutesName = minutes + " minutes " + period.phrase;
            if (t.unknownDuration() > 0) {
                minutes += " (+" + Format.count(t.unknownDuration()) + " of unknown length)";
                minutesName += ", " + Format.count(t.unknownDuration()) + " more songs of unknown length";
            }
            return new WorkoutRow(period, label, Format.count(t.songs()), showAlbums ? Format.count(t.albums()) : "–",
                    minutes, showAlbums, Format.count(t.songs(), "song", "songs") + " " + period.phrase,
                    Format.count(t.albums(), "album", "albums") + " " + period.phrase, minutesName);
        }

        /** The row's element id: "today", "all-time"... */
        public String id() {
            return period.name().toLowerCase(Locale.ROOT).replace('_', '-');
        }

        public String songsButton() {
            return id() + "-songs";
        }

        public String albumsButton() {
            return id() + "-albums";
        }

        public String minutesButton() {
            return id() + "-minutes";
        }

        public String songsLabel() {
            return songsName + " — show listens";
        }

        public String albumsLabel() {
            return albumsName + " — show listens";
        }

        public String minutesLabel() {
            return minutesName + " — show listens";
        }
    }

    /**
     * The track the card shows: what is playing, else the artist's newest listen; with a cover from the newest listen
     * of the same release that ListenBrainz mapped to one (playing-now itself carries no mapping).
     */
    record Shown(TrackMetadata track, boolean playing, String coverUrl) {
        static Shown of(PlayingNow now, List<Listen> newest, ArtistFilter artist) {
            TrackMetadata track = now != null ? now.track() : lastPlayed(newest, artist);
            if (track == null) {
                return null;
            }
            String url = null;
            for (Listen listen : newest) {
                TrackMetadata t = listen.track();
                if (t.mbidMapping() != null && t.releaseName() != null && t.releaseName().equals(track.releaseName())
                        && t.mbidMapping().coverUrl(250) != null) {
                    url = t.mbidMapping().coverUrl(250);
                    break;
                }
            }
            return new Shown(track, now != null, url);
        }

        /** The newest listen of the workout's artist among these, else the newest of any artist. */
        private static TrackMetadata lastPlayed(List<Listen> newest, ArtistFilter artist) {
            for (Listen listen : newest) {
                if (artist.matches(listen.track())) {
                    return listen.track();
                }
            }
            return newest.isEmpty() ? null : newest.get(0).track();
        }
    }
}
