package starman.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.teavm.flavour.templates.BindTemplate;
import starman.coach.Message;
import starman.metrics.Dashboard;
import starman.metrics.Measure;
import starman.metrics.Period;
import starman.metrics.Totals;

/**
 * The artist's workout: songs, albums and minutes per period, the sprint pace and the coach's feed. Each
 * number is a button that opens the listens behind it.
 */
@BindTemplate("templates/dashboard.html")
public class DashboardView {
    private final AppView app;

    DashboardView(AppView app) {
        this.app = app;
    }

    /** The artist the person follows (Settings). */
    public String getArtist() {
        return app.sync().artist().name();
    }

    /** The artist's table: one row per period. */
    public List<WorkoutRow> getWorkout() {
        Dashboard d = app.sync().dashboard();
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
        return Format.decimal(app.sync().dashboard().sprintPerHour());
    }

    /** The coach's latest lines, newest first. */
    public List<String> getCoach() {
        List<String> lines = new ArrayList<>();
        for (Message message : app.sync().coachFeed()) {
            lines.add(message.text());
        }
        return lines;
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
}
