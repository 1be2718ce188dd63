package starman.ui;

import starman.text.Format;
import java.io.IOException;
import org.teavm.flavour.templates.BindTemplate;

/**
 * Forget my data, with its confirm step: in Settings, and on its own when the stored data cannot be read (then
 * it is the only way out). Deleting starts the page again at the first-run form.
 */
@BindTemplate("templates/forget.html")
public class ForgetView {
    private final AppView app;
    private boolean confirming;
    private String problem;

    ForgetView(AppView app) {
        this.app = app;
    }

    public boolean isConfirming() {
        return confirming;
    }

    public void ask() {
        confirming = true;
    }

    public void cancel() {
        confirming = false;
    }

    /** What deleting takes away; damaged data cannot even be counted. */
    public String getQuestion() {
        String what = app.isDamaged() ? "everything Starman stored"
                : "the " + Format.count(app.storage().listens().count()) + " listens and the settings stored";
        return "Delete " + what + " in this browser? Your ListenBrainz account keeps everything.";
    }

    public String getProblem() {
        return problem;
    }

    public void forget() {
        new Thread(() -> {
            try {
                app.forget();
            } catch (IOException e) {
                problem = "Starman could not delete its data (" + e.getMessage() + ").";
                app.changed();
            }
        }).start();
    }
}
