package starman.session;

/** Another tab holds the sync lock, so this one may not write the store (import there instead). */
public class AnotherTabSyncs extends Exception {
    public AnotherTabSyncs() {
        super("Starman is syncing in another tab: import the file there, or close that tab and reload this one.");
    }
}
