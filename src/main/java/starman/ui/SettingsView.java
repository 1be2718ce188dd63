package starman.ui;

import java.io.IOException;
import java.util.List;
import org.teavm.flavour.templates.BindTemplate;
import org.teavm.flavour.templates.Fragment;
import starman.browser.IntlZones;
import starman.browser.FetchTransport;
import starman.browser.Page;
import starman.http.HttpClient;
import starman.listenbrainz.ApiToken;
import starman.listenbrainz.ListenBrainzClient;
import starman.listenbrainz.ListenBrainzException;
import starman.listenbrainz.TokenStatus;
import starman.settings.AccountCheck;
import starman.session.Storage;
import starman.settings.Settings;
import starman.text.Format;
import starman.time.Weekday;

/**
 * The settings form: the first-run screen, and later the Settings dialog. The user and token are checked
 * with ListenBrainz before anything is stored; the token is kept in this browser's settings only.
 */
@BindTemplate("templates/settings.html")
public class SettingsView {
    static final String DIALOG = "settings-dialog";
    static final String OPENER = "open-settings";


    private final AppView app;
    private String userName;
    private String apiRoot;
    private String token = "";
    private String artist = Settings.DEFAULT_ARTIST;
    private String artistMbid = "";
    private String timeZone = "";
    private String weekStart;
    private String rescanDays = String.valueOf(Settings.DEFAULT_RESCAN_DAYS);
    private boolean checking;
    private String problem;
    private String tokenOwner;
    /** Why the token just typed is refused, shown under the token field. */
    private String tokenProblem;
    /** The confirm box of a switch of user is open. */
    private boolean confirmingSwitch;

    SettingsView(AppView app, String userName, String apiRoot) {
        this.app = app;
        this.userName = userName == null ? "" : userName;
        this.apiRoot = apiRoot == null || apiRoot.isBlank() ? ListenBrainzClient.DEFAULT_API_ROOT : apiRoot;
        this.weekStart = Weekday.of(Page.localeWeekStart()).name();
    }

    /** Fills the form with what is saved, so closing without saving forgets the edits. */
    void load(Settings saved) {
        userName = saved.user();
        apiRoot = saved.apiRoot();
        token = saved.token();
        artist = saved.artist();
        artistMbid = saved.artistMbid();
        timeZone = saved.timeZone();
        weekStart = saved.weekStart().name();
        rescanDays = String.valueOf(saved.rescanDays());
        problem = null;
        tokenOwner = null;
        tokenProblem = null;
        confirmingSwitch = false;
    }

    public boolean isFirstRun() {
        return app.isFirstRun();
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

    public String getToken() {
        return token;
    }

    /** A changed token is checked with ListenBrainz at once, so the person sees whose it is before saving. */
    public void setToken(String token) {
        boolean changed = !token.equals(this.token);
        this.token = token;
        if (changed) {
            tokenOwner = null;
            tokenProblem = null;
            if (!token.isBlank()) {
                new Thread(this::checkToken).start();
            }
        }
    }

    private void checkToken() {
        String checked = token;
        ApiToken.Checked form = ApiToken.check(checked);
        if (!form.ok()) {
            tokenProblem = form.problem();
            app.changed();
            return;
        }
        try {
            TokenStatus status = tokenStatus(client(apiRoot), form.token());
            if (checked.equals(token)) {
                tokenOwner = status.valid() ? "Token of " + status.userName() : null;
                tokenProblem = status.valid() ? null : AccountCheck.BAD_TOKEN;
            }
        } catch (IOException e) {
            tokenProblem = e.getMessage();
        }
        app.changed();
    }

    private static ListenBrainzClient client(String apiRoot) {
        return new ListenBrainzClient(new HttpClient(new FetchTransport(), List.of()), apiRoot);
    }

    public String getArtist() {
        return artist;
    }

    public void setArtist(String artist) {
        this.artist = artist;
    }

    public String getArtistMbid() {
        return artistMbid;
    }

    public void setArtistMbid(String artistMbid) {
        this.artistMbid = artistMbid;
    }

    public String getTimeZone() {
        return timeZone;
    }

    public void setTimeZone(String timeZone) {
        this.timeZone = timeZone;
    }

    /** The zone an empty field stands for. */
    public String getDeviceZone() {
        return Page.timeZone();
    }

    public String getWeekStart() {
        return weekStart;
    }

    public void setWeekStart(String weekStart) {
        this.weekStart = weekStart;
    }

    public String getRescanDays() {
        return rescanDays;
    }

    public void setRescanDays(String rescanDays) {
        this.rescanDays = rescanDays;
    }

    public boolean isChecking() {
        return checking;
    }

    /** What to correct, in a sentence, or null. */
    public String getProblem() {
        return problem;
    }

    /** "Token of NAME" once ListenBrainz accepted the token, else null. */
    public String getTokenOwner() {
        return tokenOwner;
    }

    public String getTokenProblem() {
        return tokenProblem;
    }

    public boolean isConfirmingSwitch() {
        return confirmingSwitch;
    }

    /** The user whose listens a switch deletes. */
    public String getStoredUser() {
        return app.storage().settings().user();
    }

    public String getStoredCount() {
        return Format.count(app.storage().listens().count());
    }

    /** The device's answer to the session asking it to keep Starman's data ({@code navigator.storage.persist()}). */
    public String getStorageKept() {
        Boolean kept = app.session().storageKept();
        if (kept == null) {
            return "Starman has not asked this browser to keep its data yet.";
        }
        return kept ? "This browser keeps Starman's data, even when space runs low."
                : "This browser may delete Starman's data when space runs low; your listens would then sync again.";
    }

    /** Submit handler: checks the form and, with ListenBrainz, the user and token; then saves. */
    public void save() {
        if (checking) {
            return;
        }
        Settings.Checked checked = Settings.check(userName, apiRoot, token, artist, artistMbid, timeZone, weekStart,
                rescanDays, IntlZones::knows);
        if (checked.problem() != null) {
            problem = checked.problem();
            return;
        }
        checking = true;
        problem = null;
        new Thread(() -> check(checked.settings())).start();
    }

    /** The confirm box's "yes" for a switch of user: the stored listens go, the new user's history comes. */
    public void confirmSwitch() {
        save();
    }

    public void cancelConfirm() {
        confirmingSwitch = false;
    }

    /** Forget my data, in the dialog's "Your data" part. */
    public Fragment getForget() {
        return app.getForget();
    }

    public void close() {
        Page.closeDialog(DIALOG);
    }

    private void check(Settings typed) {
        try {
            AccountCheck.Result account = AccountCheck.check(client(typed.apiRoot()), typed.user(), typed.token());
            if (!account.ok()) {
                problem = account.problem();
                return;
            }
            if (!account.token().isEmpty()) {
                tokenOwner = "Token of " + account.user();
            }
            apply(new Settings(account.user(), typed.apiRoot(), account.token(), typed.artist(), typed.artistMbid(),
                    typed.timeZone(), typed.weekStart(), typed.rescanDays()));
        } catch (IOException e) {
            problem = e.getMessage();
        } finally {
            checking = false;
            app.changed();
        }
    }

    private static TokenStatus tokenStatus(ListenBrainzClient api, String token) throws IOException {
        try {
            return api.validateToken(token);
        } catch (ListenBrainzException e) {
            if (e.kind() == ListenBrainzException.Kind.BAD_TOKEN) {
                return new TokenStatus(false, null);
            }
            throw e;
        }
    }

    private void apply(Settings next) throws IOException {
        Storage store = app.storage();
        Settings before = store.settings();
        if (app.isFirstRun()) {
            app.session().connect(next);
            return;
        }
        if (!before.user().equalsIgnoreCase(next.user())) {
            if (!confirmingSwitch) {
                confirmingSwitch = true;
                return;
            }
            app.session().switchUser(next);
            return;
        }
        confirmingSwitch = false;
        app.session().saveSettings(next);
        close();
    }
}
