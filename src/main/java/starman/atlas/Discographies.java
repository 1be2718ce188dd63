package starman.atlas;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import starman.json.JsonReader;
import starman.json.JsonWriter;
import starman.listenbrainz.ArtistReleaseGroup;

/**
 * The artists' release groups as ListenBrainz last gave them, with when: the atlas opens from here (offline too), and
 * the metadata lane asks again at most once every {@link #REFRESH_MILLIS}. Kept in the browser's cache store as JSON
 * ({@link #toJson}, {@link #fromJson}) beside the metadata cache; like it, a damaged copy is dropped and fetched again.
 */
public final class Discographies {
    public static final long REFRESH_MILLIS = 7L * 86_400_000;
    private static final int FORMAT = 1;

    /** One artist's discography; {@code groups} null when ListenBrainz did not know the artist. */
    public record Fetched(long atMillis, List<ArtistReleaseGroup> groups) {
    }

    private final Map<String, Fetched> byArtist = new HashMap<>();

    /** What was fetched for the artist, or null when nothing was yet. */
    public synchronized Fetched get(String artistMbid) {
        return byArtist.get(artistMbid);
    }

    /** Whether the artist's discography should be fetched (again) at {@code nowMillis}: never fetched, or a week old. */
    public synchronized boolean isDue(String artistMbid, long nowMillis) {
        Fetched fetched = byArtist.get(artistMbid);
        return fetched == null || nowMillis - fetched.atMillis() >= REFRESH_MILLIS || nowMillis < fetched.atMillis();
    }

    /** Keeps what ListenBrainz said of the artist at {@code nowMillis} (null: it does not know the artist). */
    public synchronized void put(String artistMbid, List<ArtistReleaseGroup> groups, long nowMillis) {
        byArtist.put(artistMbid, new Fetched(nowMillis, groups == null ? null : List.copyOf(groups)));
    }

    /**
     * {@code {"v":1,"artists":{mbid:{"at":ms,"groups":[[mbid,name,credit,date,type,[secondary...]],...]|null}}}}.
     */
    public synchronized String toJson() {
        JsonWriter w = new JsonWriter().beginObject().name("v").value(FORMAT).name("artists").beginObject();
        byArtist.forEach((artist, fetched) -> {
            w.name(artist).beginObject().name("at").value(fetched.atMillis()).name("groups");
            if (fetched.groups() == null) {
                w.nullValue();
            } else {
                w.beginArray();
                for (ArtistReleaseGroup g : fetched.groups()) {
                    w.beginArray().value(g.mbid()).value(g.name()).value(g.artistCredit()).value(g.date())
                            .value(g.type()).beginArray();
                    for (String type : g.secondaryTypes()) {
                        w.value(type);
                    }
                    w.endArray().endArray();
                }
                w.endArray();
            }
            w.endObject();
        });
        return w.endObject().endObject().toString();
    }

    /** The cache {@link #toJson} wrote; throws {@link starman.json.JsonException} when it is not such JSON. */
    public static Discographies fromJson(String json) {
        Discographies cache = new Discographies();
        JsonReader r = new JsonReader(json);
        r.beginObject();
        while (r.hasNext()) {
            if (!r.nextName().equals("artists")) {
                r.skipValue();
                continue;
            }
            r.beginObject();
            while (r.hasNext()) {
                String artist = r.nextName();
                long at = 0;
                List<ArtistReleaseGroup> groups = null;
                r.beginObject();
                while (r.hasNext()) {
                    switch (r.nextName()) {
                        case "at" -> at = r.nextLong();
                        case "groups" -> groups = r.skipNull() ? null : readGroups(r);
                        default -> r.skipValue();
                    }
                }
                r.endObject();
                cache.byArtist.put(artist, new Fetched(at, groups));
            }
            r.endObject();
        }
        r.endObject();
        r.endDocument();
        return cache;
    }

    private static List<ArtistReleaseGroup> readGroups(JsonReader r) {
        List<ArtistReleaseGroup> groups = new ArrayList<>();
        r.readArray(() -> {
            r.beginArray();
            String mbid = r.nextString();
            String name = r.nextStringOrNull();
            String credit = r.nextStringOrNull();
            String date = r.nextStringOrNull();
            String type = r.nextStringOrNull();
            List<String> secondary = new ArrayList<>();
            r.readArray(() -> secondary.add(r.nextString()));
            r.endArray();
            groups.add(new ArtistReleaseGroup(mbid, name, credit, date, type, secondary));
        });
        return List.copyOf(groups);
    }
}
