package starman.session;

import java.util.function.Consumer;

/** The channel port: short messages to and from this origin's other tabs (a BroadcastChannel). */
public interface TabChannel {
    /** Sends to every other tab (never to this one). */
    void post(String message);

    /** The other tabs' messages; the receiver may block. */
    void listen(Consumer<String> receiver);
}
