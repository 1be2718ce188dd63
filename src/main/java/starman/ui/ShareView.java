package starman.ui;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.teavm.flavour.templates.BindTemplate;
import starman.atlas.AtlasAnswer;
import starman.browser.ShareImage;
import starman.goals.Goal;
import starman.goals.GoalProgress;
import starman.metrics.charts.Scene;
import starman.session.Session;
import starman.share.ShareCard;
import starman.time.CivilDate;
import starman.training.Training;

/**
 * The share cards: today's workout, a goal's progress or the discography atlas, drawn as a PNG on this device, shown,
 * offered as a download and, where the device can share files, through its share sheet. Made again at each press, so
 * a card shows the figures of that moment.
 */
@BindTemplate("templates/share.html")
public class ShareView {
    private final AppView app;
    private String url;
    private String alt = "";
    private String fileName = "starman-workout.png";
    private String status = "";
    private boolean busy;
    private Boolean canShare;

    ShareView(AppView app) {
        this.app = app;
    }

    /** One card the person can make: its button's id and words, and the goal's id for a goal's card. */
    public record Choice(String id, String label, int goal) {
        static final int WORKOUT = -1;
        static final int ATLAS = -2;
    }

    /** The workout, each goal set (from the stored list: their progress is counted only when a card is made), the atlas. */
    public List<Choice> getChoices() {
        List<Choice> choices = new ArrayList<>();
        choices.add(new Choice("make-card", "Today's workout", Choice.WORKOUT));
        String artist = app.session().artist().name();
        for (Goal goal : app.storage().goals().list()) {
            choices.add(new Choice("make-goal-card-" + goal.id(), "Goal: " + goal.title(artist), goal.id()));
        }
        choices.add(new Choice("make-atlas-card", "The discography atlas", Choice.ATLAS));
        return choices;
    }

    public void make(Choice choice) {
        if (busy) {
            return;
        }
        busy = true;
        status = "Drawing your card…";
        app.changed();
        new Thread(() -> {
            Session session = app.session();
            String artist = session.artist().name();
            Training training = session.training();
            int today = training.today();
            Scene card;
            String name;
            if (choice.goal() == Choice.ATLAS) {
                AtlasAnswer answer = session.atlas();
                card = answer.atlas() == null ? null : ShareCard.atlas(artist, answer.atlas(), today);
                name = "atlas";
                status = answer.problem();
            } else if (choice.goal() >= 0) {
                GoalProgress goal = null;
                for (GoalProgress g : session.goals()) {
                    if (goal == null && g.goal().id() == choice.goal()) {
                        goal = g;
                    }
                }
                card = goal == null ? null : ShareCard.goal(artist, goal, today);
                name = "goal";
                status = card == null ? "That goal is no longer set." : null;
            } else {
                card = ShareCard.workout(artist, session.dashboard(), training, today);
                name = "workout";
            }
            if (card != null) {
                draw(card, "starman-" + name + "-" + CivilDate.ofEpochDay(today) + ".png");
            }
            busy = false;
            app.changed();
        }).start();
    }

    private void draw(Scene card, String file) {
        try {
            String made = ShareImage.png(ShareCard.svg(card), ShareCard.WIDTH, ShareCard.HEIGHT);
            if (url != null) {
                ShareImage.revoke(url);
            }
            url = made;
            alt = card.title();
            fileName = file;
            status = "Your card is ready: download it" + (isCanShare() ? " or share it." : ".");
        } catch (IOException e) {
            status = "The card could not be drawn (" + e.getMessage() + "). Try again, or use another browser.";
        }
    }

    public void share() {
        new Thread(() -> {
            try {
                ShareImage.share(url, fileName, alt);
            } catch (IOException e) {
                status = "This device would not share the card (" + e.getMessage() + "); download it instead.";
                app.changed();
            }
        }).start();
    }

    /** The PNG's object URL, or null before the first card. */
    public String getUrl() {
        return url;
    }

    public String getAlt() {
        return alt;
    }

    public String getFileName() {
        return fileName;
    }

    public String getStatus() {
        return status == null ? "" : status;
    }

    public boolean isBusy() {
        return busy;
    }

    /** Asked of the browser once: the device does not change while the page is open. */
    public boolean isCanShare() {
        if (canShare == null) {
            canShare = ShareImage.canShareFiles();
        }
        return canShare;
    }
}
