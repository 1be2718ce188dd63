package starman.ui;

import java.util.function.BiConsumer;
import org.teavm.flavour.templates.Templates;
import starman.browser.Page;
import starman.session.Session;

/** The WebAssembly entry point: binds the screen into {@code #app}, then reads the store. */
public final class StarmanApp {
    private StarmanApp() {
    }

    public static void main(String[] args) {
        start((session, refresh) -> { });
    }

    /**
     * Starts the app; {@code opened} gets the tab's session once it is open, with the screen's refresh (the bench
     * bundle hooks its probe in there, so the app's own bundle carries none).
     */
    public static void start(BiConsumer<Session, Runnable> opened) {
        AppView view = new AppView(Page.queryParameter("user"), Page.queryParameter("api"), opened);
        Templates.bind(view, "app");
        Page.markReady();
        new Thread(view::open).start();
    }
}
