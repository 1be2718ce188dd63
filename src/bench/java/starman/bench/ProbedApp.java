package starman.bench;

import starman.ui.StarmanApp;

/**
 * The app with the {@link UpdateProbe} installed once its session is open: the bench bundle's entry point
 * (target/bench-site/app), which the update-latency benchmark and UpdateInPlaceIT load.
 */
public final class ProbedApp {
    private ProbedApp() {
    }

    public static void main(String[] args) {
        StarmanApp.start(UpdateProbe::install);
    }
}
