package starman.ui;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.teavm.flavour.templates.BindTemplate;
import starman.goals.Goal;
import starman.goals.GoalProgress;

/**
 * The goals card: each goal's progress in its period now (a bar, the figure opening the period's listens, the pace
 * still needed and when the current pace would meet it), and the form that sets one. A bad input gets a sentence
 * and nothing is saved.
 */
@BindTemplate("templates/goals.html")
public class GoalsView {
    private final AppView app;
    private List<GoalRow> goals = List.of();
    private String kind = Goal.Kind.MINUTES.name();
    private String target = "60";
    private String span = Goal.Span.DAY.name();
    private String album = "";
    private String problem;
    private boolean saving;

    GoalsView(AppView app) {
        this.app = app;
    }

    /** Reads the goals' progress now for the next template update. */
    void refresh() {
        List<GoalRow> rows = new ArrayList<>();
        String artist = app.session().artist().name();
        for (GoalProgress p : app.session().goals()) {
            rows.add(GoalRow.of(p, artist));
        }
        goals = rows;
    }

    public List<GoalRow> getGoals() {
        return goals;
    }

    /** The heard albums an album goal can name, for the album field's suggestions. */
    public List<String> getAlbums() {
        return app.session().goalAlbums();
    }

    public String getArtist() {
        return app.session().artist().name();
    }

    public String getKind() {
        return kind;
    }

    public void setKind(String kind) {
        this.kind = kind;
    }

    public String getTarget() {
        return target;
    }

    public void setTarget(String target) {
        this.target = target;
    }

    public String getSpan() {
        return span;
    }

    public void setSpan(String span) {
        this.span = span;
    }

    public String getAlbum() {
        return album;
    }

    public void setAlbum(String album) {
        this.album = album;
    }

    /** An album goal takes its target from the album's track list. */
    public boolean isAlbumGoal() {
        return Goal.Kind.ALBUM_TRACKS.name().equals(kind);
    }

    public String getProblem() {
        return problem;
    }

    /** Submit handler: the goal is checked and saved, or the sentence says what to correct. */
    public void add() {
        if (saving) {
            return;
        }
        saving = true;
        // off the event handler: saving waits for IndexedDB
        new Thread(() -> {
            try {
                problem = app.session().addGoal(kind, target, span, album);
                if (problem == null) {
                    album = "";
                }
            } catch (IOException e) {
                problem = "Starman could not save the goal in this browser (" + e.getMessage() + ").";
            }
            saving = false;
            app.changed();
        }).start();
    }

    public void remove(GoalRow row) {
        new Thread(() -> {
            try {
                app.session().removeGoal(row.goal());
                problem = null;
            } catch (IOException e) {
                problem = "Starman could not remove the goal in this browser (" + e.getMessage() + ").";
            }
            app.changed();
        }).start();
    }

    /** The listens of the goal's period up to now: of its album, for an album's goal. */
    public void show(GoalRow row) {
        if (row.albumKey() != null) {
            app.drillDown().openAlbum(row.albumKey(), row.from(), row.to(), row.button(), row.name());
        } else {
            app.drillDown().openRange(row.from(), row.to(), row.button(), row.name());
        }
    }

    /**
     * One goal as the card shows it: only text, so an update that changes none of it leaves its row alone.
     *
     * @param from the first second of its period, {@code to} one after the last counted (now, or the period's end)
     * @param albumKey the album an album's goal counts (its key in the index), else null
     */
    public record GoalRow(int goal, String title, String status, String percent, String figure, String pace,
                          String eta, long from, long to, String name, String albumKey) {
        static GoalRow of(GoalProgress p, String artist) {
            String title = p.goal().title(artist);
            int percent = p.target() == 0 ? 0 : (int) Math.min(100, Math.floor(100 * p.done() / p.target()));
            return new GoalRow(p.goal().id(), title, p.status().title, Integer.toString(percent), p.figure(),
                    p.paceSentence(), p.etaSentence(), p.from(), Math.min(p.now() + 1, p.end()),
                    title + ": " + p.figure() + " " + p.goal().span().now,
                    p.goal().kind() == Goal.Kind.ALBUM_TRACKS ? p.goal().albumKey() : null);
        }

        /** "goal-3". */
        public String id() {
            return "goal-" + goal;
        }

        public String statusName() {
            return status.toLowerCase(Locale.ROOT).replace(' ', '-');
        }

        public String button() {
            return id() + "-listens";
        }

        public String remover() {
            return id() + "-remove";
        }

        public String label() {
            return name + " — show listens";
        }

        public String barLabel() {
            return title + ": " + percent + " %";
        }

        public String removeLabel() {
            return "Remove the goal " + title;
        }
    }
}
