package starman.metrics;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import starman.normalize.ReleaseGroupResolver;

/**
 * The three metadata ports over in-memory maps. Answers only from what it holds (the core never waits on
 * the network) and remembers what was asked and missing, so the sync side knows which MBIDs to fetch from
 * {@code /1/metadata/recording} and {@code /1/metadata/release_group}. After filling it, re-add the affected
 * listens to the index: keys and durations are worked out when a listen is added.
 */
public final class MetadataCache implements ReleaseGroupResolver, RecordingLengths, TrackLists {
    private final Map<String, String> releaseGroups = new HashMap<>();
    private final Map<String, Long> lengths = new HashMap<>();
    private final Map<String, List<Track>> trackLists = new HashMap<>();
    private final Set<String> missingReleases = new LinkedHashSet<>();
    private final Set<String> missingRecordings = new LinkedHashSet<>();
    private final Set<String> missingReleaseGroups = new LinkedHashSet<>();

    @Override
    public String releaseGroupOf(String releaseMbid) {
        return lookup(releaseGroups, releaseMbid, missingReleases);
    }

    @Override
    public long lengthMs(String recordingMbid) {
        Long ms = lookup(lengths, recordingMbid, missingRecordings);
        return ms == null ? -1 : ms;
    }

    @Override
    public List<Track> tracks(String releaseGroupMbid) {
        return lookup(trackLists, releaseGroupMbid, missingReleaseGroups);
    }

    public void putReleaseGroup(String releaseMbid, String releaseGroupMbid) {
        releaseGroups.put(releaseMbid, releaseGroupMbid);
        missingReleases.remove(releaseMbid);
    }

    public void putLength(String recordingMbid, long lengthMs) {
        lengths.put(recordingMbid, lengthMs);
        missingRecordings.remove(recordingMbid);
    }

    public void putTracks(String releaseGroupMbid, List<Track> tracks) {
        trackLists.put(releaseGroupMbid, List.copyOf(tracks));
        missingReleaseGroups.remove(releaseGroupMbid);
    }

    /** Release MBIDs asked for and not known, oldest first: fetch with {@code /1/metadata/recording/?inc=release}. */
    public List<String> missingReleases() {
        return List.copyOf(missingReleases);
    }

    /** Recording MBIDs whose length was asked for and not known. */
    public List<String> missingRecordings() {
        return List.copyOf(missingRecordings);
    }

    /** Release groups whose track list was asked for and not known. */
    public List<String> missingReleaseGroups() {
        return List.copyOf(missingReleaseGroups);
    }

    private static <V> V lookup(Map<String, V> map, String key, Set<String> missing) {
        V value = map.get(key);
        if (value == null) {
            missing.add(key);
        }
        return value;
    }
}
