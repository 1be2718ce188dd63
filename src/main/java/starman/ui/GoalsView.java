package starman.ui;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.teavm.flavour.templates.BindTemplate;
import starman.atlas.Atlas;
import starman.goals.Goal;
import starman.goals.GoalProgress;
import starman.goals.Goals;
import starman.normalize.CanonicalKeys;

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
    private String deadline = "";
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

    public String getDeadline() {
        return deadline;
    }

    public void setDeadline(String deadline) {
        this.deadline = deadline;
    }

    /** A front-to-back goal takes a deadline instead of a target and a span. */
    public boolean isDeadlineGoal() {
        return Goal.Kind.FRONT_TO_BACK.name().equals(kind);
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
                problem = app.session().addGoal(new Goals.Form(kind, target, span, album, deadline));
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

    /** The listens of a studio album a front-to-back goal still needs, of all time. */
    public void showAlbum(AlbumToDo row) {
        app.drillDown().openAlbum(row.albumKey(), 0, row.to(), row.button(), row.name() + ", still to play front to back");
    }

    /** A studio album a front-to-back goal still needs; {@code to} one second after now. */
    public record AlbumToDo(String goalId, int position, String name, String albumKey, long to) {
        /** "goal-3-album-2". */
        public String button() {
            return goalId + "-album-" + position;
        }

        public String label() {
            return name + ": not played front to back yet — show its listens";
        }
    }

    /**
     * One goal as the card shows it: only text, so an update that changes none of it leaves its row alone.
     *
     * @param from the first second of its period, {@code to} one after the last counted (now, or the period's end)
     * @param albumKey the album an album's goal counts (its key in the index), else null
     */
    public record GoalRow(int goal, String title, String status, String percent, String figure, String pace,
                          String eta, long from, long to, String name, String albumKey, List<AlbumToDo> toDo) {
        static GoalRow of(GoalProgress p, String artist) {
            String title = p.goal().title(artist);
            int percent = p.target() == 0 ? 0 : (int) Math.min(100, Math.floor(100 * p.done() / p.target()));
            List<AlbumToDo> toDo = new ArrayList<>();
            for (Atlas.FrontToBack album : p.toDo()) {
                toDo.add(new AlbumToDo("goal-" + p.goal().id(), toDo.size() + 1, album.name(),
                        CanonicalKeys.mbidKey(album.releaseGroupMbid()), p.now() + 1));
            }
            return new GoalRow(p.goal().id(), title, p.status().title, Integer.toString(percent), p.figure(),
                    p.paceSentence(), p.etaSentence(), p.from(), Math.min(p.now() + 1, p.end()),
                    title + ": " + p.figure() + " " + p.goal().now(),
                    p.goal().kind() == Goal.Kind.ALBUM_TRACKS ? p.goal().albumKey() : null, toDo);
        }

        public String toDoLabel() {
            return id() + "-todo";
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
