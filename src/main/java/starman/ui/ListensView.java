package starman.ui;

import java.util.ArrayList;
import java.util.List;
import org.teavm.flavour.templates.BindTemplate;
import starman.browser.Page;
import starman.model.Listen;
import starman.text.Format;

/** How many listens this browser holds, and the newest few. */
@BindTemplate("templates/listens.html")
public class ListensView {
    static final int SHOWN_LISTENS = 10;

    private final AppView app;

    ListensView(AppView app) {
        this.app = app;
    }

    public String getListenCount() {
        return Format.count(app.storage().listens().count());
    }

    public List<ListenRow> getListens() {
        List<ListenRow> rows = new ArrayList<>();
        for (Listen listen : app.storage().newest(SHOWN_LISTENS)) {
            rows.add(new ListenRow(listen.track().trackName(), listen.track().artistName(),
                    listen.track().releaseName(), Page.localDateTime(listen.listenedAt())));
        }
        return rows;
    }

    /** One listen as the list shows it; all text, never markup. */
    public record ListenRow(String track, String artist, String release, String when) {
    }
}
