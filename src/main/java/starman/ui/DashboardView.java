package starman.ui;

import java.util.ArrayList;
import java.util.List;
import org.teavm.flavour.templates.BindTemplate;
import starman.coach.Message;
import starman.metrics.Dashboard;
import starman.metrics.Totals;

/** The artist's workout: songs, albums and minutes per period, the sprint pace and the coach's feed. */
@BindTemplate("templates/dashboard.html")
public class DashboardView {
    private final AppView app;

    DashboardView(AppView app) {
        this.app = app;
    }

    /** The artist's table: one row per period. */
    public List<WorkoutRow> getWorkout() {
        Dashboard d = app.sync().dashboard();
        return List.of(WorkoutRow.of("pace", "Last 60 minutes", d.pace(), false),
                WorkoutRow.of("today", "Today", d.today(), true),
                WorkoutRow.of("week", "This week", d.week(), true),
                WorkoutRow.of("month", "This month", d.month(), true),
                WorkoutRow.of("all-time", "All time", d.allTime(), true));
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

    /** One period of the artist's table, as text; minutes say how many songs had no known duration. */
    public record WorkoutRow(String id, String label, String songs, String albums, String minutes) {
        static WorkoutRow of(String id, String label, Totals t, boolean showAlbums) {
            String minutes = Format.decimal(t.minutes());
            if (t.unknownDuration() > 0) {
                minutes += " (+" + Format.count(t.unknownDuration()) + " of unknown length)";
            }
            return new WorkoutRow(id, label, Format.count(t.songs()), showAlbums ? Format.count(t.albums()) : "–",
                    minutes);
        }
    }
}
