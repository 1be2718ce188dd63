package starman.metrics;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import starman.json.JsonReader;
import starman.json.JsonWriter;
import starman.normalize.ReleaseGroupResolver;

/**
 * The metadata ports over in-memory maps. Answers only from what it holds (the core never waits on
 * the network); the metadata lane ({@code starman.sync.MetadataSync}) fills it from
 * {@code /1/metadata/recording} and {@code /1/metadata/release_group}, and the works from MusicBrainz's
 * {@code /ws/2/recording}. After filling it, re-add the affected
 * listens to the index: keys and durations are worked out when a listen is added.
 *
 * <p>It also remembers MBIDs ListenBrainz was asked about and did not know ({@link #markNotFound}), so a
 * sync does not ask again every time, and survives reloads as JSON ({@link #toJson}, {@link #fromJson}).
 */
public final class MetadataCache implements ReleaseGroupResolver, RecordingLengths, TrackLists, RecordingWorks {
    private static final int FORMAT = 1;
    /** The maps in {@link #toJson}'s JSON; any other member (the format, "v") is skipped. */
    private static final List<String> SECTIONS = List.of("releases", "lengths", "tracks", "works", "worksBrowses",
            "notFound");

    private final Map<String, String> releaseGroups = new HashMap<>();
    private final Map<String, Long> lengths = new HashMap<>();
    private final Map<String, List<Track>> trackLists = new HashMap<>();
    private final Map<String, List<Work>> works = new HashMap<>();
    /** MBID asked and not found, to when (epoch ms). */
    private final Map<String, Long> notFound = new HashMap<>();
    private final Map<String, WorksBrowse> worksBrowses = new HashMap<>();

    /**
     * How far MusicBrainz's browse of an artist's recordings (with their works) went, kept with the works it brought
     * so an interrupted browse resumes where it stopped: when a browse last finished (0: never), and the offset the
     * next page starts at (0: none under way).
     */
    public record WorksBrowse(long finishedAtMillis, int nextOffset) {
    }

    @Override
    public String releaseGroupOf(String releaseMbid) {
        return releaseGroups.get(releaseMbid);
    }

    @Override
    public long lengthMs(String recordingMbid) {
        Long ms = lengths.get(recordingMbid);
        return ms == null ? -1 : ms;
    }

    @Override
    public List<Track> tracks(String releaseGroupMbid) {
        return trackLists.get(releaseGroupMbid);
    }

    @Override
    public List<Work> works(String recordingMbid) {
        return works.get(recordingMbid);
    }

    /** The works of a recording (empty: MusicBrainz names none, so it is not asked again). */
    public void putWorks(String recordingMbid, List<Work> of) {
        works.put(recordingMbid, List.copyOf(of));
        notFound.remove(recordingMbid);
    }

    /** The artist's works browse, or null when none was started. */
    public WorksBrowse worksBrowse(String artistMbid) {
        return worksBrowses.get(artistMbid);
    }

    public void putWorksBrowse(String artistMbid, WorksBrowse browse) {
        worksBrowses.put(artistMbid, browse);
    }

    public void putReleaseGroup(String releaseMbid, String releaseGroupMbid) {
        releaseGroups.put(releaseMbid, releaseGroupMbid);
        notFound.remove(releaseMbid);
    }

    /** A recording's length; -1 records that it was looked up and has none, so it is not asked again. */
    public void putLength(String recordingMbid, long lengthMs) {
        lengths.put(recordingMbid, lengthMs);
        notFound.remove(recordingMbid);
    }

    public void putTracks(String releaseGroupMbid, List<Track> tracks) {
        trackLists.put(releaseGroupMbid, List.copyOf(tracks));
        notFound.remove(releaseGroupMbid);
    }

    public boolean knowsReleaseGroupOf(String releaseMbid) {
        return releaseGroups.containsKey(releaseMbid);
    }

    public boolean knowsLength(String recordingMbid) {
        return lengths.containsKey(recordingMbid);
    }

    public boolean knowsTracks(String releaseGroupMbid) {
        return trackLists.containsKey(releaseGroupMbid);
    }

    /** Records that ListenBrainz had no answer for {@code mbid} (of any kind) at {@code nowMillis}. */
    public void markNotFound(String mbid, long nowMillis) {
        notFound.put(mbid, nowMillis);
    }

    /** When {@code mbid} was last asked and not found (epoch ms), or -1. */
    public long notFoundAt(String mbid) {
        return notFound.getOrDefault(mbid, -1L);
    }

    /**
     * Everything known, as compact JSON for the browser's cache store:
     * {@code {"v":1,"releases":{release:group},"lengths":{recording:ms},"tracks":{group:[recording,title,...]},
     * "works":{recording:[work,title,...]},"worksBrowses":{artist:[finishedAt,nextOffset]},"notFound":{mbid:ms}}}.
     */
    public String toJson() {
        JsonWriter w = new JsonWriter().beginObject().name("v").value(FORMAT);
        w.name("releases").beginObject();
        for (Map.Entry<String, String> e : releaseGroups.entrySet()) {
            w.name(e.getKey()).value(e.getValue());
        }
        w.endObject().name("lengths").beginObject();
        for (Map.Entry<String, Long> e : lengths.entrySet()) {
            w.name(e.getKey()).value((long) e.getValue());
        }
        w.endObject().name("tracks").beginObject();
        for (Map.Entry<String, List<Track>> e : trackLists.entrySet()) {
            w.name(e.getKey()).beginArray();
            for (Track t : e.getValue()) {
                w.value(t.recordingMbid()).value(t.title());
            }
            w.endArray();
        }
        w.endObject().name("works").beginObject();
        for (Map.Entry<String, List<Work>> e : works.entrySet()) {
            w.name(e.getKey()).beginArray();
            for (Work work : e.getValue()) {
                w.value(work.mbid()).value(work.title());
            }
            w.endArray();
        }
        w.endObject().name("worksBrowses").beginObject();
        for (Map.Entry<String, WorksBrowse> e : worksBrowses.entrySet()) {
            w.name(e.getKey()).beginArray().value(e.getValue().finishedAtMillis()).value(e.getValue().nextOffset())
                    .endArray();
        }
        w.endObject().name("notFound").beginObject();
        for (Map.Entry<String, Long> e : notFound.entrySet()) {
            w.name(e.getKey()).value((long) e.getValue());
        }
        return w.endObject().endObject().toString();
    }

    /** The cache {@link #toJson} wrote; throws {@link starman.json.JsonException} when it is not such JSON. */
    public static MetadataCache fromJson(String json) {
        MetadataCache cache = new MetadataCache();
        JsonReader r = new JsonReader(json);
        r.beginObject();
        while (r.hasNext()) {
            String section = r.nextName();
            if (!SECTIONS.contains(section)) {
                r.skipValue();
                continue;
            }
            r.beginObject();
            while (r.hasNext()) {
                cache.readEntry(section, r.nextName(), r);
            }
            r.endObject();
        }
        r.endObject();
        r.endDocument();
        return cache;
    }

    /** Reads the value of {@code key} in the object {@code section} of {@link #toJson}'s JSON. */
    private void readEntry(String section, String key, JsonReader r) {
        switch (section) {
            case "releases" -> releaseGroups.put(key, r.nextString());
            case "lengths" -> lengths.put(key, r.nextLong());
            case "tracks" -> {
                List<Track> tracks = new ArrayList<>();
                r.beginArray();
                while (r.hasNext()) {
                    tracks.add(new Track(r.nextString(), r.nextStringOrNull()));
                }
                r.endArray();
                trackLists.put(key, List.copyOf(tracks));
            }
            case "works" -> {
                List<Work> of = new ArrayList<>();
                r.beginArray();
                while (r.hasNext()) {
                    of.add(new Work(r.nextString(), r.nextString()));
                }
                r.endArray();
                works.put(key, List.copyOf(of));
            }
            case "worksBrowses" -> {
                r.beginArray();
                worksBrowses.put(key, new WorksBrowse(r.nextLong(), (int) r.nextLong()));
                r.endArray();
            }
            default -> notFound.put(key, r.nextLong()); // "notFound", the last of SECTIONS
        }
    }
}
