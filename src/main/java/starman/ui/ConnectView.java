package starman.ui;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.teavm.flavour.templates.BindTemplate;
import org.teavm.flavour.templates.Templates;
import starman.browser.FetchTransport;
import starman.browser.Page;
import starman.http.HttpClient;
import starman.listenbrainz.ListenBrainzClient;
import starman.listenbrainz.ListensPage;
import starman.model.Listen;

/** The first screen: a ListenBrainz user name (and API root), then the count and the newest listens. */
@BindTemplate("templates/connect.html")
public class ConnectView {
    static final int SHOWN_LISTENS = 10;

    private String userName;
    private String apiRoot;
    private boolean loading;
    private String error;
    private String listenCount;
    private final List<ListenRow> listens = new ArrayList<>();

    public ConnectView(String userName, String apiRoot) {
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

    public boolean isLoading() {
        return loading;
    }

    public String getError() {
        return error;
    }

    public String getListenCount() {
        return listenCount;
    }

    public List<ListenRow> getListens() {
        return listens;
    }

    /** Submit handler; the fetches block, so they run on their own (green) thread. */
    public void connect() {
        if (loading) {
            return;
        }
        loading = true;
        error = null;
        new Thread(this::load).start();
    }

    private void load() {
        ListenBrainzClient client = new ListenBrainzClient(new HttpClient(new FetchTransport(), List.of()), apiRoot);
        try {
            long count = client.listenCount(userName);
            ListensPage page = client.listens(userName, 0, 0, SHOWN_LISTENS);
            listenCount = Long.toString(count);
            listens.clear();
            for (Listen listen : page.listens()) {
                listens.add(new ListenRow(listen.track().trackName(), listen.track().artistName(),
                        listen.track().releaseName(), Page.localDateTime(listen.listenedAt())));
            }
        } catch (IOException e) {
            error = e.getMessage();
            listenCount = null;
            listens.clear();
        } finally {
            loading = false;
            Templates.update();
        }
    }

    /** One listen as the list shows it; all text, never markup. */
    public record ListenRow(String track, String artist, String release, String when) {
    }
}
