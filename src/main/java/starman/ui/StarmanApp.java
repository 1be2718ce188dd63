package starman.ui;

import org.teavm.flavour.templates.Templates;
import starman.browser.Page;

/** The WebAssembly entry point: binds the first screen into {@code #app}. */
public final class StarmanApp {
    private StarmanApp() {
    }

    public static void main(String[] args) {
        Templates.bind(new ConnectView(Page.queryParameter("user"), Page.queryParameter("api")), "app");
        Page.markReady();
    }
}
