package starman.ui;

import java.io.IOException;
import java.time.LocalDate;
import org.teavm.flavour.templates.BindTemplate;
import starman.browser.ShareImage;
import starman.metrics.charts.Scene;
import starman.session.Session;
import starman.share.ShareCard;
import starman.training.Training;

/**
 * The share card: the workout drawn as a PNG on this device, shown, offered as a download and, where the device can
 * share files, through its share sheet. Made again at each press, so it shows the figures of that moment.
 */
@BindTemplate("templates/share.html")
public class ShareView {
    private final AppView app;
    private String url;
    private String alt = "";
    private String fileName = "starman-workout.png";
    private String status = "";
    private boolean busy;

    ShareView(AppView app) {
        this.app = app;
    }

    public void make() {
        if (busy) {
            return;
        }
        busy = true;
        status = "Drawing your card…";
        app.changed();
        new Thread(() -> {
            Session session = app.session();
            Training training = session.training();
            Scene card = ShareCard.workout(session.artist().name(), session.dashboard(), training, training.today());
            try {
                String made = ShareImage.png(ShareCard.svg(card), ShareCard.WIDTH, ShareCard.HEIGHT);
                if (url != null) {
                    ShareImage.revoke(url);
                }
                url = made;
                alt = card.title();
                fileName = "starman-workout-" + LocalDate.ofEpochDay(training.today()) + ".png";
                status = "Your card is ready: download it" + (isCanShare() ? " or share it." : ".");
            } catch (IOException e) {
                status = "The card could not be drawn (" + e.getMessage() + "). Try again, or use another browser.";
            }
            busy = false;
            app.changed();
        }).start();
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
        return status;
    }

    public boolean isBusy() {
        return busy;
    }

    public boolean isCanShare() {
        return ShareImage.canShareFiles();
    }
}
