package starman.session;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.UncheckedIOException;
import java.time.ZoneId;
import starman.javatime.JavaTime;
import starman.time.ZoneOffsets;
import java.time.ZoneOffset;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import starman.http.RateBudget;
import starman.http.Transport;
import starman.model.Listen;
import starman.settings.Settings;
import starman.simulator.FaultPlan;
import starman.simulator.ListenBrainzSimulator;
import starman.time.VirtualClock;

/**
 * One browser for session tests: a virtual clock and timer, one {@link MemoryDisk} (its IndexedDB), one Web
 * Lock, one BroadcastChannel, and the ListenBrainz simulator in process; tabs open and close in it.
 */
final class TestBrowser implements AutoCloseable {
    static final String USER = "rob";
    /** 2025-11-24T16:00:00Z. */
    static final long END = 1_764_000_000L;

    final VirtualClock clock = new VirtualClock((END + 3_600) * 1000);
    final VirtualTimer timer = new VirtualTimer(clock);
    final MemoryDisk disk = new MemoryDisk();
    final ListenBrainzSimulator server;
    private final List<TestTab> tabs = new ArrayList<>();
    private TestTab lockHolder;
    private final Deque<Waiting> lockQueue = new ArrayDeque<>();
    private boolean persisted;
    private int persistAsked;
    /** Whether the device reports no network (navigator.onLine false). */
    boolean offline;
    /** Wraps every tab's transport (a fault of the test's own, a hook into a request). */
    private UnaryOperator<Transport> network = UnaryOperator.identity();

    private record Waiting(TestTab tab, SyncLock.Granted granted) {
    }

    /** The window the last request of any tab left behind (the browser keeps it in localStorage). */
    private RateBudget.Window rateWindow;

    TestBrowser(List<Listen> history) throws IOException {
        this(history, FaultPlan.NONE);
    }

    /** With faults, the server also caches its answers, as ListenBrainz does. */
    TestBrowser(List<Listen> history, FaultPlan faults) throws IOException {
        server = ListenBrainzSimulator.builder().clock(clock).user(USER, history).faults(faults)
                .cacheResponses(faults != FaultPlan.NONE).startInProcess();
    }

    /** Settings for the simulated user, as the first run saves them. */
    static Settings settings() {
        return new Settings(USER, ListenBrainzSimulator.IN_PROCESS_ROOT);
    }

    /** Saves the user's settings on the disk, as a first run did before. */
    TestBrowser connected() {
        disk.put(DiskStorage.SETTINGS, settings().toJson());
        return this;
    }

    void network(UnaryOperator<Transport> wrap) {
        network = wrap;
    }

    /** A new tab: it reads the disk and starts its session, as a page load does. */
    TestTab open() {
        try {
            TestTab tab = new TestTab(this, DiskStorage.open(disk));
            tabs.add(tab);
            tab.session.start();
            return tab;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    int persistAsked() {
        return persistAsked;
    }

    @Override
    public void close() {
        server.close();
    }

    /** One page of the app; its ports are the browser's, cut off once it closes. */
    static final class TestTab implements Tab, Network, StorageQuota, SyncLock, TabChannel {
        private final TestBrowser browser;
        final Session session;
        private final List<Consumer<String>> receivers = new ArrayList<>();
        final List<String> marks = new ArrayList<>();
        int reloads;
        int changes;
        boolean closed;
        private RateBudget budget;

        TestTab(TestBrowser browser, Storage storage) {
            this.browser = browser;
            Timer own = (millis, task) -> browser.timer.after(millis, () -> {
                if (!closed) {
                    task.run();
                }
            });
            this.session = new Session(storage, new Ports(this, this, own, browser.clock, this, this, this),
                    () -> changes++);
        }

        boolean isClosed() {
            return closed;
        }

        /** The tab closes: its lock goes to the next tab waiting, its requests and tasks stop. */
        void close() {
            closed = true;
            session.close();
            browser.release(this);
        }

        @Override
        public boolean visible() {
            return true;
        }

        @Override
        public String zoneId() {
            return "UTC";
        }

        @Override
        public ZoneOffsets offsets(String zoneId) {
            return JavaTime.offsets(ZoneId.of(zoneId));
        }

        @Override
        public void reload() {
            reloads++;
        }

        @Override
        public void marked(String step) {
            marks.add(step);
        }

        @Override
        public Transport transport() {
            return request -> {
                if (closed) {
                    throw new InterruptedIOException("the tab closed");
                }
                if (budget != null) {
                    browser.rateWindow = budget.window(browser.clock.nowMillis());
                }
                return browser.network.apply(browser.server.inProcess()).execute(request);
            };
        }

        @Override
        public void share(RateBudget budget) {
            this.budget = budget;
            budget.share(browser.rateWindow, browser.clock.nowMillis());
        }

        @Override
        public boolean online() {
            return !browser.offline;
        }

        @Override
        public Estimate estimate() {
            return browser.disk.estimate();
        }

        @Override
        public boolean persist() {
            browser.persistAsked++;
            browser.persisted = true;
            return true;
        }

        @Override
        public boolean persisted() {
            return browser.persisted;
        }

        @Override
        public void hold(Granted granted) {
            browser.hold(this, granted);
        }

        @Override
        public Runnable tryHold() {
            return browser.tryHold(this);
        }

        @Override
        public void post(String message) {
            for (TestTab tab : browser.tabs) {
                if (tab != this && !tab.closed) {
                    tab.receivers.forEach(receiver -> receiver.accept(message));
                }
            }
        }

        @Override
        public void listen(Consumer<String> receiver) {
            receivers.add(receiver);
        }
    }

    private void hold(TestTab tab, SyncLock.Granted granted) {
        if (lockHolder == null) {
            lockHolder = tab;
            granted.granted(false);
        } else {
            lockQueue.add(new Waiting(tab, granted));
        }
    }

    private Runnable tryHold(TestTab tab) {
        if (lockHolder != null) {
            return null;
        }
        lockHolder = tab;
        return () -> release(tab);
    }

    private void release(TestTab tab) {
        lockQueue.removeIf(waiting -> waiting.tab() == tab);
        if (lockHolder != tab) {
            return;
        }
        lockHolder = null;
        Waiting next = lockQueue.poll();
        if (next != null) {
            lockHolder = next.tab();
            next.granted().granted(true);
        }
    }
}
