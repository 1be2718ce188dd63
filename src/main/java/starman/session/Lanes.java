package starman.session;

import java.util.function.BooleanSupplier;
import java.util.function.Predicate;
import starman.http.PoliteClient;
import starman.listenbrainz.ListenBrainzClient;
import starman.model.TrackMetadata;
import starman.musicbrainz.MusicBrainzClient;
import starman.settings.Settings;
import starman.sync.DiscographySync;
import starman.sync.HistorySync;
import starman.sync.MetadataSync;
import starman.sync.NowPlayingLane;
import starman.sync.NowPlayingListener;
import starman.sync.SyncListener;
import starman.sync.WorksSync;
import starman.time.Clock;

/** The three lanes (the metadata lane with the atlas's discography and the versions' works from MusicBrainz) over one opened store and the tab's one polite client; wired again when the store is read again. */
final class Lanes {
    final Storage storage;
    final String user;
    final HistorySync history;
    final MetadataSync metadata;
    final DiscographySync discography;
    final WorksSync works;
    final NowPlayingLane nowPlaying;
    /** The API with the token of the settings: what a confirmed mapping is sent through. */
    final ListenBrainzClient api;

    /**
     * @param wanted the listens the metadata lane looks up (the index's artist, which may change meanwhile)
     * @param trackEnded what the now-playing lane runs when a track ended
     */
    Lanes(Storage storage, PoliteClient polite, PoliteClient musicBrainz, Clock clock, Predicate<TrackMetadata> wanted, BooleanSupplier visible,
          SyncListener progress, NowPlayingListener playing, NowPlayingLane.CatchUp trackEnded) {
        this.storage = storage;
        Settings settings = storage.settings();
        this.user = settings.user();
        this.api = new ListenBrainzClient(polite.http(), settings.apiRoot()).withToken(settings.token());
        this.history = new HistorySync(api, storage.listens(), clock,
                requests -> polite.budget().millisFor(requests, clock.nowMillis()),
                new HistorySync.Options(ListenBrainzClient.MAX_COUNT, settings.rescanSeconds()));
        history.addListener(progress);
        this.metadata = new MetadataSync(api, storage.metadata(), wanted, clock);
        this.discography = new DiscographySync(api, storage.discographies(), metadata, clock);
        this.works = new WorksSync(new MusicBrainzClient(musicBrainz.http(), MusicBrainzClient.rootFor(settings.apiRoot())),
                storage.metadata(), clock);
        this.nowPlaying = new NowPlayingLane(api, user, clock, visible, trackEnded);
        nowPlaying.addListener(playing);
    }
}
