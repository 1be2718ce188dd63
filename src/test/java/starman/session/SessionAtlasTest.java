package starman.session;

import static org.assertj.core.api.Assertions.assertThat;
import static starman.session.TestBrowser.END;
import static starman.session.TestBrowser.USER;

import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import starman.atlas.Atlas;
import starman.atlas.AtlasAnswer;
import starman.atlas.ArtistMbid;
import starman.metrics.DrillDown;
import starman.normalize.ArtistFilter;
import starman.settings.Settings;
import starman.simulator.Catalogue;
import starman.simulator.HistoryGenerator;
import starman.time.Weekday;

/** The atlas through a tab's session: fetched by the metadata lane, cached on the disk, opened offline from it. */
class SessionAtlasTest {
    static final long MINUTE = 60_000;

    private final TestBrowser browser = SessionTest.browser(HistoryGenerator.generate(5, USER, 2_000, END).listens());

    @AfterEach
    void close() {
        browser.close();
    }

    @Test
    void theLaneFetchesTheDiscographyOnceAndAReloadOpensTheAtlasOfflineFromTheCache() throws IOException {
        TestBrowser.TestTab tab = browser.connected().open();
        assertThat(tab.session.atlas().problem()).contains("has not fetched David Bowie's discography yet");

        browser.timer.runFor(10 * MINUTE);

        AtlasAnswer online = tab.session.atlas();
        assertThat(online.problem()).isNull();
        Atlas atlas = online.atlas();
        assertThat(atlas.artistMbid()).isEqualTo(Catalogue.BOWIE_MBID);
        assertThat(atlas.sections().stream().mapToInt(s -> s.albums().size()).sum())
                .isEqualTo(Catalogue.standard().discography(Catalogue.BOWIE_MBID).size());
        assertThat(atlas.studioHeard()).isPositive().isLessThan(atlas.studioTracks());
        assertThat(browser.server.stats().requests("metadata/artist")).isEqualTo(1);
        Atlas.Album album = atlas.sections().get(0).albums().stream().filter(a -> a.plays() > 0).findFirst()
                .orElseThrow();
        DrillDown drill = tab.session.drillDownAtlas(album, null);
        assertThat(drill.totals().songs()).isEqualTo(album.plays());

        tab.close();
        browser.offline = true;
        browser.network(transport -> request -> {
            throw new IOException("offline");
        });
        TestBrowser.TestTab reloaded = browser.open();
        browser.timer.runFor(MINUTE);

        Atlas cached = reloaded.session.atlas().atlas();
        assertThat(cached).isNotNull();
        assertThat(cached.overall()).isEqualTo(atlas.overall());
        assertThat(cached.sections()).isEqualTo(atlas.sections());
        assertThat(browser.server.stats().requests("metadata/artist")).isEqualTo(1);
    }

    @Test
    void anArtistGivenByNameGetsItsMbidFromTheMappedListensOrASentenceWithoutAny() throws IOException {
        saveArtist("Björk");
        TestBrowser.TestTab tab = browser.open();
        browser.timer.runFor(10 * MINUTE);

        Atlas atlas = tab.session.atlas().atlas();
        String bjork = Catalogue.standard().artists().stream().filter(a -> a.name().equals("Björk")).findFirst()
                .orElseThrow().mbid();
        assertThat(atlas.artistMbid()).isEqualTo(bjork);
        assertThat(atlas.sections()).singleElement().satisfies(s -> assertThat(s.albums())
                .extracting(Atlas.Album::name).containsExactly("Homogenic"));
        tab.close();

        saveArtist("Nobody Anyone Played");
        TestBrowser.TestTab nobody = browser.open();
        browser.timer.runFor(10 * MINUTE);
        assertThat(nobody.session.atlas().problem())
                .isEqualTo(ArtistMbid.needed(new ArtistFilter("Nobody Anyone Played", null)));
    }

    private void saveArtist(String name) {
        browser.disk.put(DiskStorage.SETTINGS, new Settings(USER, TestBrowser.settings().apiRoot(), "", name, "", "",
                Weekday.MONDAY, Settings.DEFAULT_RESCAN_DAYS).toJson());
    }
}
