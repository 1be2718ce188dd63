package starman.sync;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import starman.listenbrainz.ListenBrainzClient;
import starman.listenbrainz.RecordingMetadata;
import starman.listenbrainz.ReleaseGroupTrack;
import starman.metrics.MetadataCache;
import starman.metrics.TrackLists;
import starman.model.AdditionalInfo;
import starman.model.Listen;
import starman.model.MbidMapping;
import starman.model.TrackMetadata;
import starman.normalize.CanonicalKeys;
import starman.normalize.Normalizer;
import starman.time.Clock;

/**
 * The metadata lane: fills a {@link MetadataCache} with what the listens need and the cache lacks, through
 * the same polite client as the history, and says which listens' keys or durations changed.
 *
 * <p>It asks {@code /1/metadata/release_group/?inc=recording} for the track list of every album (release
 * group) the listens name, which also gives most recording lengths; then {@code /1/metadata/recording/?inc=release}
 * for recordings still needed: a listen without duration whose length is unknown, or a release MBID to
 * resolve (mapped or submitted, without a release group). That endpoint is keyed by recording and reports the
 * recording's <em>canonical</em> release, so a release is resolved only when it is that one; a listen from
 * another release (or with only a release MBID, no recording MBID) stays unresolved and keeps its text album
 * key, which {@code AlbumClusters} can still join to the MBID album by name. Then track lists of the albums
 * that resolving revealed.
 *
 * <p>Nothing known is asked again; an MBID ListenBrainz did not know is asked again only after
 * {@link #RETRY_MISSES_AFTER_MILLIS}, as its mapper and MusicBrainz copy catch up. Each batch lands in the
 * cache as it arrives, so a run that fails (a {@code ListenBrainzException}) keeps what it got; run it again.
 */
public final class MetadataSync {
    public static final long RETRY_MISSES_AFTER_MILLIS = 14L * 86_400_000;

    private final ListenBrainzClient api;
    private final MetadataCache cache;
    private final Predicate<TrackMetadata> wanted;
    private final Clock clock;
    private final Normalizer normalizer;
    /** Recordings and releases whose answers arrived and were not yet reported (a run may fail part-way). */
    private final Set<String> filled = new HashSet<>();

    /** {@code wanted}: the listens the index keeps (e.g. {@code ArtistFilter::matches}); others need no metadata. */
    public MetadataSync(ListenBrainzClient api, MetadataCache cache, Predicate<TrackMetadata> wanted, Clock clock) {
        this.api = api;
        this.cache = cache;
        this.wanted = wanted;
        this.clock = clock;
        this.normalizer = new Normalizer(cache);
    }

    /**
     * Fetches what {@code listens} need and the cache lacks; returns the listens whose album key or duration
     * may have changed, to re-add to the index (track lists need no re-adding: album completion reads them
     * when asked). After a failure, the next run also reports the listens the failed run's answers changed.
     */
    public List<Listen> run(Collection<Listen> listens) throws IOException {
        // listens of one submission share one TrackMetadata: judge each once
        Set<TrackMetadata> tracks = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Listen l : listens) {
            tracks.add(l.track());
        }
        Set<TrackMetadata> changedTracks = runOnTracks(tracks);
        List<Listen> changed = new ArrayList<>();
        for (Listen l : listens) {
            if (changedTracks.contains(l.track())) {
                changed.add(l);
            }
        }
        return changed;
    }

    /**
     * The same for distinct track metadata (a store that numbers its tracks need not decode a listen each):
     * returns the tracks, among {@code distinct}, whose album key or duration may have changed.
     */
    public Set<TrackMetadata> runOnTracks(Collection<TrackMetadata> distinct) throws IOException {
        Set<TrackMetadata> tracks = Collections.newSetFromMap(new IdentityHashMap<>());
        for (TrackMetadata t : distinct) {
            if (wanted.test(t)) {
                tracks.add(t);
            }
        }
        fetchTrackLists(tracks);
        if (fetchRecordings(tracks)) {
            fetchTrackLists(tracks);
        }
        Set<TrackMetadata> changed = Collections.newSetFromMap(new IdentityHashMap<>());
        for (TrackMetadata t : tracks) {
            if (changedByFilled(t)) {
                changed.add(t);
            }
        }
        filled.clear();
        return changed;
    }

    /** Whether a release it names was resolved, or a recording it names got a length it lacked. */
    private boolean changedByFilled(TrackMetadata t) {
        MbidMapping m = t.mbidMapping();
        AdditionalInfo info = t.additionalInfo();
        boolean noDuration = info.effectiveDurationMs() < 0;
        return m != null && (filled.contains(m.releaseMbid()) || noDuration && filled.contains(m.recordingMbid()))
                || filled.contains(info.releaseMbid()) || noDuration && filled.contains(info.recordingMbid());
    }

    private void fetchTrackLists(Set<TrackMetadata> tracks) throws IOException {
        Set<String> groups = new LinkedHashSet<>();
        for (TrackMetadata t : tracks) {
            String albumKey = normalizer.keys(t).albumKey();
            String group = albumKey == null ? null : CanonicalKeys.mbidOf(albumKey);
            if (group != null) {
                groups.add(group);
            }
        }
        fetchTrackLists(groups);
    }

    /**
     * Fetches the track lists of these release groups (an atlas's, heard or not) that the cache lacks, as for the
     * listens' albums; returns whether any arrived. The lengths they bring are reported by the next {@link #run}.
     */
    public boolean fetchTrackLists(Collection<String> releaseGroupMbids) throws IOException {
        Set<String> ask = new LinkedHashSet<>();
        for (String group : releaseGroupMbids) {
            if (!cache.knowsTracks(group) && !recentlyMissed(group)) {
                ask.add(group);
            }
        }
        boolean arrived = false;
        for (List<String> batch : ListenBrainzClient.batches(ask)) {
            Map<String, List<ReleaseGroupTrack>> found = api.releaseGroupTracks(batch);
            for (String group : batch) {
                List<ReleaseGroupTrack> list = found.get(group);
                if (list == null) {
                    cache.markNotFound(group, clock.nowMillis());
                    continue;
                }
                List<TrackLists.Track> trackList = new ArrayList<>();
                for (ReleaseGroupTrack track : list) {
                    trackList.add(new TrackLists.Track(track.recordingMbid(), track.title()));
                    if (track.lengthMs() >= 0 && !cache.knowsLength(track.recordingMbid())) {
                        cache.putLength(track.recordingMbid(), track.lengthMs());
                        filled.add(track.recordingMbid());
                    }
                }
                cache.putTracks(group, trackList);
                arrived = true;
            }
        }
        return arrived;
    }

    /** Returns whether a release was resolved (so more albums may need track lists). */
    private boolean fetchRecordings(Set<TrackMetadata> tracks) throws IOException {
        Map<String, Set<String>> releasesVia = new HashMap<>();
        Set<String> ask = new LinkedHashSet<>();
        for (TrackMetadata t : tracks) {
            String recording = CanonicalKeys.mbidOf(normalizer.keys(t).recordingKey());
            if (recording == null || recentlyMissed(recording)) {
                continue;
            }
            String release = Normalizer.releaseToResolve(t);
            boolean resolve = release != null && !cache.knowsReleaseGroupOf(release) && !recentlyMissed(release);
            if (resolve) {
                releasesVia.computeIfAbsent(recording, r -> new LinkedHashSet<>()).add(release);
            }
            if (resolve || t.additionalInfo().effectiveDurationMs() < 0 && !cache.knowsLength(recording)) {
                ask.add(recording);
            }
        }
        boolean resolved = false;
        for (List<String> batch : ListenBrainzClient.batches(ask)) {
            Map<String, RecordingMetadata> found = api.recordingMetadata(batch);
            long now = clock.nowMillis();
            for (String recording : batch) {
                RecordingMetadata m = found.get(recording);
                if (m == null) {
                    cache.markNotFound(recording, now);
                    continue;
                }
                cache.putLength(recording, m.lengthMs());
                if (m.lengthMs() >= 0) {
                    filled.add(recording);
                }
                if (m.releaseMbid() != null && m.releaseGroupMbid() != null) {
                    cache.putReleaseGroup(m.releaseMbid(), m.releaseGroupMbid());
                    filled.add(m.releaseMbid());
                }
                for (String release : releasesVia.getOrDefault(recording, Set.of())) {
                    if (cache.knowsReleaseGroupOf(release)) {
                        resolved = true;
                    } else {
                        cache.markNotFound(release, now); // not the recording's canonical release: unknowable here
                    }
                }
            }
        }
        return resolved;
    }

    private boolean recentlyMissed(String mbid) {
        long at = cache.notFoundAt(mbid);
        return at >= 0 && clock.nowMillis() - at < RETRY_MISSES_AFTER_MILLIS;
    }
}
