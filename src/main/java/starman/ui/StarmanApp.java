package starman.ui;

import org.teavm.flavour.templates.Templates;
import starman.browser.Page;

/** The WebAssembly entry point: binds the screen into {@code #app}, then reads the store. */
public final class StarmanApp {
    private StarmanApp() {
    }

    public static void main(String[] args) {
        AppView view = new AppView(Page.queryParameter("user"), Page.queryParameter("api"));
        Templates.bind(view, "app");
        Page.markReady();
        new Thread(view::open).start();
    }
}
