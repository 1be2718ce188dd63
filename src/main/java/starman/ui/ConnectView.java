package starman.ui;

import java.io.IOException;
import java.util.List;
import org.teavm.flavour.templates.BindTemplate;
import starman.browser.BrowserStore;
import starman.browser.FetchTransport;
import starman.http.HttpClient;
import starman.listenbrainz.ListenBrainzClient;
import starman.settings.Settings;

/** First run: the ListenBrainz user (checked with the server before anything is stored) and the API root. */
@BindTemplate("templates/connect.html")
public class ConnectView {
    private final AppView app;
    private String userName;
    private String apiRoot;
    private boolean checking;

    ConnectView(AppView app, String userName, String apiRoot) {
        this.app = app;
        this.userName = userName == null ? "" : userName;
        this.apiRoot = apiRoot == null || apiRoot.isBlank() ? ListenBrainzClient.DEFAULT_API_ROOT : apiRoot;
    }

    public String getUserName() {
        return userName;
    }

    public void setUserName(String userName) {
        this.userName = userName;
    }

    public String getApiRoot() {
        return apiRoot;
    }

    public void setApiRoot(String apiRoot) {
        this.apiRoot = apiRoot;
    }

    public boolean isChecking() {
        return checking;
    }

    /** Submit handler: checks the user exists, saves the settings, starts the sync. */
    public void connect() {
        if (checking) {
            return;
        }
        if (userName.isBlank()) {
            app.report("Enter your ListenBrainz user name.");
            return;
        }
        checking = true;
        app.report(null);
        new Thread(this::check).start();
    }

    private void check() {
        Settings settings = new Settings(userName, apiRoot);
        try {
            new ListenBrainzClient(new HttpClient(new FetchTransport(), List.of()), settings.apiRoot())
                    .listenCount(settings.user());
            BrowserStore store = app.store();
            // listens imported before the first connect are kept; another user's history is not
            boolean keep = !store.settings().hasUser() || store.settings().user().equals(settings.user());
            BrowserStore chosen = keep ? store : store.forget();
            chosen.saveSettings(settings);
            app.startSync(chosen);
        } catch (IOException e) {
            app.report(e.getMessage());
        } finally {
            checking = false;
            app.changed();
        }
    }
}
