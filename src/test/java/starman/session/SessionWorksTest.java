package starman.session;

import static org.assertj.core.api.Assertions.assertThat;
import static starman.session.TestBrowser.END;
import static starman.session.TestBrowser.USER;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import starman.http.Request;
import starman.metrics.MetadataCache;
import starman.musicbrainz.MusicBrainzClient;
import starman.settings.Settings;
import starman.simulator.Catalogue;
import starman.simulator.HistoryGenerator;
import starman.simulator.ListenBrainzSimulator;
import starman.time.Weekday;
import starman.versions.Versions;

/** The works through a tab's session: browsed from MusicBrainz after the discography, cached, resumed, grouping versions. */
class SessionWorksTest {
    static final long MINUTE = 60_000;

    private final TestBrowser browser = SessionTest.browser(HistoryGenerator.generate(5, USER, 3_000, END).listens());
    private final List<Request> toMusicBrainz = new ArrayList<>();

    @AfterEach
    void close() {
        browser.close();
    }

    /** Notes the requests to {@code /ws/2}; {@code failFrom} on (counted from 1) they find no network. */
    private void watchMusicBrainz(int failFrom) {
        browser.network(transport -> request -> {
            if (!request.url().contains("/ws/2/")) {
                return transport.execute(request);
            }
            toMusicBrainz.add(request);
            if (toMusicBrainz.size() >= failFrom) {
                throw new IOException("offline");
            }
            return transport.execute(request);
        });
    }

    private Set<String> bowieRecordings() {
        Set<String> all = new LinkedHashSet<>();
        Catalogue.standard().discography(Catalogue.BOWIE_MBID)
                .forEach(e -> e.album().tracks().forEach(t -> all.add(t.mbid())));
        return all;
    }

    private int pages() {
        return (bowieRecordings().size() + MusicBrainzClient.BROWSE_LIMIT - 1) / MusicBrainzClient.BROWSE_LIMIT;
    }

    @Test
    void theLaneBrowsesTheArtistsWorksOnceWithoutTheTokenCachesThemAndTheVersionsGroupByWork() throws IOException {
        browser.disk.put(DiskStorage.SETTINGS, new Settings(USER, ListenBrainzSimulator.IN_PROCESS_ROOT, "sekrit-token",
                Settings.DEFAULT_ARTIST, "", "", Weekday.MONDAY, Settings.DEFAULT_RESCAN_DAYS).toJson());
        watchMusicBrainz(Integer.MAX_VALUE);
        TestBrowser.TestTab tab = browser.open();
        assertThat(tab.session.versions().recordingsWithWorkData()).isZero();

        browser.timer.runFor(10 * MINUTE);

        assertThat(pages()).isGreaterThan(1);
        assertThat(toMusicBrainz).hasSize(pages()).allSatisfy(r -> {
            assertThat(r.url()).startsWith(ListenBrainzSimulator.IN_PROCESS_ROOT + "/ws/2/recording?artist="
                    + Catalogue.BOWIE_MBID + "&inc=work-rels");
            assertThat(r.headers()).doesNotContainKey("Authorization");
        });
        MetadataCache stored = MetadataCache.fromJson(browser.disk.get(DiskStorage.METADATA));
        assertThat(bowieRecordings()).allSatisfy(mbid -> assertThat(stored.works(mbid)).hasSize(1));
        Versions versions = tab.session.versions();
        assertThat(versions.recordingsWithWorkData()).isEqualTo(versions.mbidRecordings()).isPositive();
        // Stage's live "Heroes" and the studio take: one work, two recordings
        Versions.Song heroes = versions.songs().stream().filter(s -> s.name().equals("\"Heroes\"")).findFirst()
                .orElseThrow();
        assertThat(heroes.groups()).filteredOn(g -> g.work() != null).singleElement().satisfies(g -> {
            assertThat(g.work().title()).isEqualTo("\"Heroes\"");
            assertThat(g.recordings()).hasSizeGreaterThanOrEqualTo(2);
        });

        // a week is not over: a reload asks nothing more
        tab.close();
        TestBrowser.TestTab reloaded = browser.open();
        browser.timer.runFor(10 * MINUTE);
        assertThat(toMusicBrainz).hasSize(pages());
        assertThat(reloaded.session.versions().workNote()).isEqualTo(versions.workNote());
    }

    @Test
    void aBrowseCutShortGoesOnFromItsLastPageAndMusicBrainzOutOfReachLeavesTheListensAlone() {
        browser.connected();
        watchMusicBrainz(2);
        TestBrowser.TestTab tab = browser.open();
        browser.timer.runFor(10 * MINUTE);

        assertThat(tab.session.versions().songs()).isNotEmpty();
        assertThat(toMusicBrainz).hasSizeGreaterThanOrEqualTo(2);
        MetadataCache cut = MetadataCache.fromJson(browser.disk.get(DiskStorage.METADATA));
        assertThat(cut.worksBrowse(Catalogue.BOWIE_MBID))
                .isEqualTo(new MetadataCache.WorksBrowse(0, MusicBrainzClient.BROWSE_LIMIT));

        tab.close();
        toMusicBrainz.clear();
        watchMusicBrainz(Integer.MAX_VALUE);
        browser.open();
        browser.timer.runFor(10 * MINUTE);

        assertThat(toMusicBrainz).hasSize(pages() - 1);
        assertThat(toMusicBrainz.get(0).url()).contains("&offset=" + MusicBrainzClient.BROWSE_LIMIT + "&");
        MetadataCache done = MetadataCache.fromJson(browser.disk.get(DiskStorage.METADATA));
        assertThat(done.worksBrowse(Catalogue.BOWIE_MBID).nextOffset()).isZero();
        assertThat(bowieRecordings()).allSatisfy(mbid -> assertThat(done.works(mbid)).isNotNull());
    }
}
