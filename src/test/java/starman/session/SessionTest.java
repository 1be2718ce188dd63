package starman.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static starman.session.TestBrowser.END;
import static starman.session.TestBrowser.USER;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import starman.http.Response;
import starman.importer.ImportResult;
import starman.model.Listen;
import starman.model.TrackMetadata;
import starman.normalize.ArtistFilter;
import starman.settings.Settings;
import starman.simulator.Fault;
import starman.simulator.FaultPlan;
import starman.simulator.HistoryGenerator;
import starman.store.ListenStore;
import starman.sync.NowPlayingLane;
import starman.sync.Problems;
import starman.training.Training;

/** One tab's session through its transitions, on virtual time against the simulator. */
class SessionTest {
    static final long MINUTE = 60_000;

    private final List<Listen> history = HistoryGenerator.generate(3, USER, 3_000, END).listens();
    private final TestBrowser browser = browser(history);

    static TestBrowser browser(List<Listen> history) {
        try {
            return new TestBrowser(history);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @AfterEach
    void close() {
        browser.close();
    }

    /** What the disk holds, read as a new tab would. */
    static List<Listen> onDisk(TestBrowser browser) throws IOException {
        return DiskStorage.open(browser.disk).listens().all();
    }

    /** Lets time pass until the tab says something went wrong; the sentence. */
    private String problemOf(TestBrowser.TestTab tab) {
        browser.timer.runUntil(() -> tab.session.problem() != null, MINUTE);
        return tab.session.problem();
    }

    /** Ten more minutes: by then the sync has gone on by itself and the disk holds exactly the server's listens. */
    private void assertItGoesOnToTheServersListens(TestBrowser.TestTab tab) throws IOException {
        browser.timer.runFor(10 * MINUTE);
        assertThat(tab.session.problem()).isNull();
        assertThat(onDisk(browser)).isEqualTo(browser.server.listens(USER));
    }

    private static long bowieListens(List<Listen> listens) {
        return listens.stream().filter(l -> ArtistFilter.DAVID_BOWIE.matches(l.track())).count();
    }

    @Test
    void aFirstSyncStoresTheHistoryAsksToKeepItThenPollsWhatIsPlaying() throws IOException {
        TestBrowser.TestTab tab = browser.connected().open();

        browser.timer.runFor(10 * MINUTE);

        Session session = tab.session;
        assertThat(session.isLeader()).isTrue();
        assertThat(onDisk(browser)).isEqualTo(browser.server.listens(USER));
        assertThat(session.progress().done()).isTrue();
        assertThat(session.problem()).isNull();
        assertThat(session.dashboard().allTime().songs()).isEqualTo(bowieListens(history));
        assertThat(session.storageKept()).isTrue();
        assertThat(browser.persistAsked()).isEqualTo(1);
        assertThat(tab.marks).containsSubsequence(Tab.INDEXED, Tab.LOOKED_UP);
        assertThat(browser.server.stats().requests("metadata/release_group")).isPositive();

        long polls = browser.server.stats().requests("playing-now");
        browser.timer.runFor(5 * MINUTE);
        assertThat(browser.server.stats().requests("playing-now") - polls)
                .isEqualTo(5 * MINUTE / NowPlayingLane.VISIBLE_POLL_MILLIS);
        assertThat(browser.server.stats().rateLimited()).isZero();
    }

    @Test
    void aTrackEndBringsItsListenIntoTheStoreAndTheIndex() {
        TestBrowser.TestTab tab = browser.connected().open();
        Listen bowie = history.stream().filter(l -> ArtistFilter.DAVID_BOWIE.matches(l.track())).reduce((a, b) -> b)
                .orElseThrow();
        browser.timer.runFor(5 * MINUTE);
        browser.server.setPlayingNow(USER, bowie.track());
        browser.timer.runFor(NowPlayingLane.VISIBLE_POLL_MILLIS);
        assertThat(tab.session.playingNow().track().trackName()).isEqualTo(bowie.track().trackName());

        long now = browser.clock.nowMillis() / 1000;
        Listen ended = new Listen(now - 5, now - 5, "just-ended", USER, bowie.track());
        browser.server.addListen(USER, ended);
        browser.server.clearPlayingNow(USER);
        browser.timer.runFor(NowPlayingLane.VISIBLE_POLL_MILLIS);

        assertThat(tab.session.playingNow()).isNull();
        assertThat(tab.session.storage().newest(1)).containsExactly(ended);
        assertThat(tab.session.dashboard().allTime().songs()).isEqualTo(bowieListens(history) + 1);
    }

    @Test
    void theStreaksAndBestsFollowNewAndLateListensAsAFreshCountOfTheListensWould() {
        TestBrowser.TestTab tab = browser.connected().open();
        Listen bowie = history.stream().filter(l -> ArtistFilter.DAVID_BOWIE.matches(l.track())).reduce((a, b) -> b)
                .orElseThrow();
        browser.timer.runFor(5 * MINUTE);
        Training before = tab.session.training();

        long now = browser.clock.nowMillis() / 1000;
        browser.server.setPlayingNow(USER, bowie.track());
        browser.timer.runFor(NowPlayingLane.VISIBLE_POLL_MILLIS);
        int burst = 40;
        for (int i = 0; i < burst; i++) {
            long at = now - 10L * (burst - 1 - i);
            browser.server.addListen(USER, new Listen(at, at, "burst-" + i, USER, bowie.track()));
        }
        browser.server.clearPlayingNow(USER);
        browser.timer.runFor(NowPlayingLane.VISIBLE_POLL_MILLIS);

        Training after = tab.session.training();
        assertThat(before.bests().get(0).value()).isLessThan(burst);
        assertThat(after.bests().get(0).value()).as("a new best of songs in 15 minutes").isEqualTo(burst);
        assertThat(after).as("what a tab opened now counts from the stored listens")
                .isEqualTo(browser.open().session.training());

        // listens submitted late, older than the newest, land between stored rows: the figures are counted again
        long then = now - 2 * 3600;
        for (int i = 0; i < burst + 10; i++) {
            browser.server.addListen(USER, new Listen(then + 5L * i, then + 5L * i, "late-" + i, USER, bowie.track()));
        }
        browser.server.setPlayingNow(USER, history.get(0).track());
        browser.timer.runFor(NowPlayingLane.VISIBLE_POLL_MILLIS);
        browser.server.clearPlayingNow(USER);
        browser.timer.runFor(NowPlayingLane.VISIBLE_POLL_MILLIS);
        Training late = tab.session.training();
        assertThat(late.bests().get(0).value()).isEqualTo(burst + 10);
        assertThat(late).isEqualTo(browser.open().session.training());
    }

    @Test
    void passingTroubleIsSaidAndTriedAgainThirtySecondsLaterWithoutAnyone() throws IOException {
        browser.server.setFaults(request -> request <= 20 ? Fault.drop() : null);
        TestBrowser.TestTab tab = browser.connected().open();

        assertThat(problemOf(tab)).as("no request of this tab was answered yet: maybe the connection")
                .startsWith("Cannot reach ListenBrainz").endsWith("check the connection.");
        assertThat(tab.session.canRetry()).isTrue();
        long failedAt = browser.clock.nowMillis();
        long requests = browser.server.stats().requests();
        browser.timer.runFor(Session.RETRY_AFTER_MILLIS - 1_000);
        assertThat(browser.server.stats().requests()).as("quiet until the retry").isEqualTo(requests);

        assertItGoesOnToTheServersListens(tab);
        assertThat(browser.clock.nowMillis() - failedAt).isGreaterThanOrEqualTo(Session.RETRY_AFTER_MILLIS);
    }

    @Test
    void noAnswerAfterAnsweredRequestsSaysListenBrainzIsNotAnsweringAndTriesAgainWhenItSays() throws IOException {
        TestBrowser.TestTab tab = browser.connected().open();
        browser.timer.runFor(10 * MINUTE);
        assertThat(tab.session.problem()).isNull();

        browser.server.setFaults(request -> Fault.drop());
        assertThat(problemOf(tab)).isEqualTo(Problems.NOT_ANSWERING)
                .endsWith("retrying in " + Session.RETRY_AFTER_MILLIS / 1000 + " s.");
        long requests = browser.server.stats().requests();
        browser.timer.runFor(Session.RETRY_AFTER_MILLIS - 1_000);
        assertThat(browser.server.stats().requests()).as("quiet until the retry it names").isEqualTo(requests);

        browser.server.setFaults(FaultPlan.NONE);
        browser.timer.runFor(1_000);
        assertThat(browser.server.stats().requests()).as("the retry, when it said").isGreaterThan(requests);
        assertItGoesOnToTheServersListens(tab);
    }

    @Test
    void noAnswerWhileTheDeviceReportsNoNetworkIsOfflineEvenAfterAnsweredRequests() {
        TestBrowser.TestTab tab = browser.connected().open();
        browser.timer.runFor(10 * MINUTE);

        browser.offline = true;
        browser.server.setFaults(request -> Fault.drop());
        assertThat(problemOf(tab)).isEqualTo(Problems.OFFLINE);
    }

    @Test
    void anUnknownUserStopsTheSyncButTheTabKeepsTheLockAndRetryAsksAgain() {
        browser.disk.put(DiskStorage.SETTINGS, new Settings("nobody-here",
                starman.simulator.ListenBrainzSimulator.IN_PROCESS_ROOT).toJson());
        TestBrowser.TestTab tab = browser.open();
        browser.timer.runFor(MINUTE);
        assertThat(tab.session.problem()).isEqualTo("ListenBrainz has no user called 'nobody-here'.");
        long requests = browser.server.stats().requests();

        browser.timer.runFor(60 * MINUTE);
        assertThat(browser.server.stats().requests()).as("nothing until the person acts").isEqualTo(requests);
        TestBrowser.TestTab second = browser.open();
        browser.timer.runFor(MINUTE);
        assertThat(tab.session.isLeader()).isTrue();
        assertThat(second.session.isLeader()).as("the lock stays with the first tab").isFalse();

        tab.session.retry();
        browser.timer.runFor(MINUTE);
        assertThat(browser.server.stats().requests()).isGreaterThan(requests);
    }

    @Test
    void anUnexpectedErrorIsSaidThenTriedAgain() throws IOException {
        boolean[] thrown = {false};
        browser.network(transport -> request -> {
            if (!thrown[0] && request.url().contains("/listens?")) {
                thrown[0] = true;
                throw new IllegalStateException("a bug");
            }
            return transport.execute(request);
        });
        TestBrowser.TestTab tab = browser.connected().open();

        assertThat(problemOf(tab)).contains("unexpected error").contains("a bug");
        assertItGoesOnToTheServersListens(tab);
    }

    @Test
    void aFailedWriteIsSaidAndTheSyncGoesOnFromWhatTheDiskHolds() throws IOException {
        browser.disk.failOnceAfter(1);
        TestBrowser.TestTab tab = browser.connected().open();

        assertThat(problemOf(tab)).startsWith("Starman could not save to this browser's storage")
                .endsWith(Problems.TRIES_AGAIN);

        assertItGoesOnToTheServersListens(tab);
        assertThat(tab.session.storage().listens().all()).isEqualTo(onDisk(browser));
    }

    @Test
    void aFullStorageWaitsUntilTheDeviceReportsRoomThenGoesOnByItself() throws IOException {
        browser.disk.quota(20_000);
        TestBrowser.TestTab tab = browser.connected().open();

        assertThat(problemOf(tab)).isEqualTo(Problems.STORAGE_FULL);
        assertThat(tab.session.canRetry()).isTrue();
        long requests = browser.server.stats().requests("listens");
        browser.timer.runFor(30 * MINUTE);
        assertThat(browser.server.stats().requests("listens")).as("no requests while full").isEqualTo(requests);

        browser.disk.quota(Long.MAX_VALUE);
        browser.timer.runFor(Session.ROOM_POLL_MILLIS);
        assertItGoesOnToTheServersListens(tab);
    }

    @Test
    void aFullStorageGoesOnByItselfWhenOtherDataOfTheSiteIsDeleted() throws IOException {
        browser.disk.otherData(4_000_000);
        browser.disk.pin(4_020_000);
        TestBrowser.TestTab tab = browser.connected().open();
        assertThat(problemOf(tab)).isEqualTo(Problems.STORAGE_FULL);
        browser.timer.runFor(10 * MINUTE);
        assertThat(tab.session.problem()).isEqualTo(Problems.STORAGE_FULL);

        // the quota stays; what else the site kept goes: the estimate's usage drops, its free room does not grow
        browser.disk.otherData(0);
        browser.timer.runFor(Session.ROOM_POLL_MILLIS);
        assertItGoesOnToTheServersListens(tab);
    }

    @Test
    void retryGoesOnAtOnceWithoutWaitingForTheDeviceToReport() throws IOException {
        browser.disk.quota(20_000);
        TestBrowser.TestTab tab = browser.connected().open();
        assertThat(problemOf(tab)).isEqualTo(Problems.STORAGE_FULL);
        long requests = browser.server.stats().requests("listens");

        browser.disk.quota(Long.MAX_VALUE);
        tab.session.retry();
        browser.timer.runFor(Session.ROOM_POLL_MILLIS / 2);
        assertThat(browser.server.stats().requests("listens")).isGreaterThan(requests);
        browser.timer.runFor(10 * MINUTE);

        assertThat(onDisk(browser)).isEqualTo(browser.server.listens(USER));
    }

    @Test
    void pauseHoldsEveryRequestUntilResume() {
        TestBrowser.TestTab tab = browser.connected().open();
        browser.timer.runFor(10 * MINUTE);
        tab.session.pause();
        long requests = browser.server.stats().requests();

        browser.timer.runFor(60 * MINUTE);
        assertThat(browser.server.stats().requests()).isEqualTo(requests);
        assertThat(tab.session.isPaused()).isTrue();

        tab.session.resume();
        browser.timer.runFor(MINUTE);
        assertThat(browser.server.stats().requests()).isGreaterThan(requests);
        assertThat(tab.session.isPaused()).isFalse();
    }

    @Test
    void aNewArtistIsRecomputedFromTheStoredListensAndItsMetadataLookedUp() throws IOException {
        TestBrowser.TestTab tab = browser.connected().open();
        browser.timer.runFor(10 * MINUTE);
        long listensRequests = browser.server.stats().requests("listens");
        String other = otherArtist(history);

        Settings before = tab.session.storage().settings();
        tab.session.saveSettings(withArtist(before, other));
        browser.timer.runFor(MINUTE);

        assertThat(tab.session.artist().name()).isEqualTo(other);
        assertThat(tab.session.dashboard().allTime().songs())
                .isEqualTo(history.stream().filter(l -> l.track().artistName().equals(other)).count());
        assertThat(browser.server.stats().requests("listens")).as("nothing downloaded again").isEqualTo(listensRequests);
        assertThat(tab.reloads).isZero();
        assertThat(lookedUpAlbumsOf(tab, other)).isTrue();
    }

    @Test
    void anArtistChangedDuringAMetadataPassStillGetsItsOwnLookUps() {
        String other = otherArtist(history);
        TestBrowser.TestTab[] tab = {null};
        boolean[] changed = {false};
        browser.network(transport -> request -> {
            if (!changed[0] && request.url().contains("/metadata/")) {
                changed[0] = true;
                try {
                    tab[0].session.saveSettings(withArtist(tab[0].session.storage().settings(), other));
                } catch (IOException e) {
                    throw new IllegalStateException(e);
                }
            }
            return transport.execute(request);
        });
        tab[0] = browser.connected().open();

        browser.timer.runFor(10 * MINUTE);

        assertThat(changed[0]).isTrue();
        assertThat(tab[0].session.artist().name()).isEqualTo(other);
        assertThat(lookedUpAlbumsOf(tab[0], other)).isTrue();
    }

    @Test
    void aNewTokenApiRootOrWindowStartsThePageAgainAndTheOtherTabsToo() throws IOException {
        TestBrowser.TestTab tab = browser.connected().open();
        TestBrowser.TestTab other = browser.open();
        browser.timer.runFor(10 * MINUTE);
        Settings before = tab.session.storage().settings();

        tab.session.saveSettings(new Settings(before.user(), before.apiRoot(), before.token(), before.artist(),
                before.artistMbid(), before.timeZone(), before.weekStart(), 7));

        assertThat(tab.reloads).isEqualTo(1);
        assertThat(other.reloads).isEqualTo(1);
        assertThat(DiskStorage.open(browser.disk).settings().rescanDays()).isEqualTo(7);
    }

    @Test
    void forgetDeletesEverythingStopsTheRequestsAndTellsTheOtherTabs() throws IOException {
        TestBrowser.TestTab tab = browser.connected().open();
        TestBrowser.TestTab other = browser.open();
        browser.timer.runFor(10 * MINUTE);

        tab.session.forget();
        long requests = browser.server.stats().requests();
        browser.timer.runFor(10 * MINUTE);

        assertThat(onDisk(browser)).isEmpty();
        assertThat(DiskStorage.open(browser.disk).settings().hasUser()).isFalse();
        assertThat(browser.server.stats().requests()).isEqualTo(requests);
        assertThat(tab.reloads).isEqualTo(1);
        assertThat(other.reloads).isEqualTo(1);
    }

    @Test
    void switchingUserDeletesTheListensAndSyncsTheNewUserAfterTheReload() throws IOException {
        TestBrowser.TestTab tab = browser.connected().open();
        browser.timer.runFor(10 * MINUTE);

        tab.session.switchUser(new Settings("someone-else", starman.simulator.ListenBrainzSimulator.IN_PROCESS_ROOT));

        assertThat(onDisk(browser)).isEmpty();
        assertThat(DiskStorage.open(browser.disk).settings().user()).isEqualTo("someone-else");
        assertThat(tab.reloads).isEqualTo(1);
    }

    @Test
    void theFirstStartKeepsListensImportedBeforeItUnlessTheyAreAnotherUsers() throws Exception {
        TestBrowser.TestTab tab = browser.open();
        assertThat(tab.session.isStarted()).isFalse();
        ImportResult imported = tab.session.importFile((listens, user) -> importAll(listens, history.subList(0, 500)));
        assertThat(imported.added()).isEqualTo(500);

        tab.session.connect(TestBrowser.settings());
        browser.timer.runFor(10 * MINUTE);

        assertThat(tab.session.isLeader()).isTrue();
        assertThat(onDisk(browser)).isEqualTo(browser.server.listens(USER));
    }

    @Test
    void anImportInTheSyncingTabIsIndexedAndTheSyncThenBackfillsWhatIsOlder() throws Exception {
        List<Listen> lastYear = history.subList(history.size() - 800, history.size());
        browser.network(transport -> request -> {
            throw new IOException("offline");
        });
        TestBrowser.TestTab tab = browser.connected().open();
        browser.timer.runFor(MINUTE);
        tab.session.importFile((listens, user) -> importAll(listens, lastYear));
        assertThat(tab.session.dashboard().allTime().songs()).isEqualTo(bowieListens(lastYear));

        browser.network(transport -> transport);
        browser.timer.runFor(10 * MINUTE);

        assertThat(onDisk(browser)).as("older than the import, backfilled").isEqualTo(browser.server.listens(USER));
        assertThat(tab.session.dashboard().allTime().songs()).isEqualTo(bowieListens(history));
    }

    /**
     * In the browser a read of the store awaits IndexedDB, and an import may run meanwhile: the copy read lacks what
     * the import wrote, so the sync must not go on writing through it (its blocks and strings would overwrite the
     * import's).
     */
    @Test
    void anImportThatRunsWhileTheStoreIsReadAgainIsNotLostToTheCopyRead() throws Exception {
        List<Listen> olderAccount = HistoryGenerator.generate(99, USER, 400, history.get(0).listenedAt() - 86_400)
                .listens();
        browser.disk.failOnceAfter(1); // the second page fails: the store is read again before the sync goes on
        TestBrowser.TestTab tab = browser.connected().open();
        browser.disk.afterNextReread = () -> {
            try {
                tab.session.importFile((listens, user) -> importAll(listens, olderAccount));
            } catch (Exception e) {
                throw new AssertionError(e);
            }
        };

        browser.timer.runFor(10 * MINUTE);

        assertThat(browser.disk.afterNextReread).as("the import ran while the store was read").isNull();
        List<Listen> expected = new ArrayList<>(olderAccount);
        expected.addAll(browser.server.listens(USER));
        expected.sort(Comparator.comparing(Listen::key));
        assertThat(onDisk(browser)).isEqualTo(expected);
        assertThat(tab.session.dashboard().allTime().songs())
                .isEqualTo(bowieListens(olderAccount) + bowieListens(history));
    }

    @Test
    void damagedDataSaysSoAndForgetIsTheWayOut() throws IOException {
        TestBrowser.TestTab first = browser.connected().open();
        browser.timer.runFor(10 * MINUTE);
        first.close();
        browser.disk.damageABlock();

        TestBrowser.TestTab tab = browser.open();
        browser.timer.runFor(MINUTE);

        assertThat(tab.session.isDamaged()).isTrue();
        assertThat(tab.session.problem()).startsWith("Starman's data in this browser is damaged").contains("Forget my data");
        assertThat(tab.session.isLeader()).as("damaged data is never written to").isFalse();
        assertThat(tab.session.canRetry()).isFalse();
        tab.session.forget();
        assertThat(onDisk(browser)).isEmpty();
        assertThat(tab.reloads).isEqualTo(1);
    }

    @Test
    void aServerWithoutMetadataSyncsTheListensAndSaysSoQuietly() throws IOException {
        browser.network(transport -> request -> request.url().contains("/1/metadata/")
                ? new Response(404, Map.of(), "{\"code\": 404, \"error\": \"Not found\"}") : transport.execute(request));
        TestBrowser.TestTab tab = browser.connected().open();

        browser.timer.runFor(10 * MINUTE);

        assertThat(tab.session.problem()).isNull();
        assertThat(tab.session.notice()).contains("no metadata look-ups");
        assertThat(onDisk(browser)).isEqualTo(browser.server.listens(USER));
    }

    @Test
    void closingTheTabStopsItsWork() {
        TestBrowser.TestTab tab = browser.connected().open();
        browser.timer.runFor(10 * MINUTE);
        tab.close();
        long requests = browser.server.stats().requests();

        browser.timer.runFor(10 * MINUTE);

        assertThat(browser.server.stats().requests()).isEqualTo(requests);
        assertThat(browser.timer.hasWork()).isFalse();
    }

    @Test
    void anImportIsRefusedInATabThatFollows() {
        browser.connected().open();
        TestBrowser.TestTab follower = browser.open();
        browser.timer.runFor(MINUTE);

        assertThatThrownBy(() -> follower.session.importFile((listens, user) -> importAll(listens, history)))
                .isInstanceOf(AnotherTabSyncs.class);
    }

    static ImportResult importAll(ListenStore listens, List<Listen> batch) {
        return new ImportResult(batch.size(), listens.merge(batch), 0, List.of());
    }

    /** An artist of the history other than David Bowie, with listens mapped to MusicBrainz (so albums to look up). */
    static String otherArtist(List<Listen> history) {
        return history.stream().filter(l -> !ArtistFilter.DAVID_BOWIE.matches(l.track()))
                .filter(l -> l.track().mbidMapping() != null && l.track().mbidMapping().releaseGroupMbid() != null)
                .map(l -> l.track().artistName()).findFirst().orElseThrow();
    }

    static Settings withArtist(Settings s, String artist) {
        return new Settings(s.user(), s.apiRoot(), s.token(), artist, "", s.timeZone(), s.weekStart(), s.rescanDays());
    }

    /** Whether the metadata cache knows the track list of an album of the artist's. */
    static boolean lookedUpAlbumsOf(TestBrowser.TestTab tab, String artist) {
        Storage storage = tab.session.storage();
        return storage.listens().all().stream().map(Listen::track).filter(t -> t.artistName().equals(artist))
                .map(TrackMetadata::mbidMapping).filter(m -> m != null && m.releaseGroupMbid() != null)
                .anyMatch(m -> storage.metadata().knowsTracks(m.releaseGroupMbid()));
    }
}
