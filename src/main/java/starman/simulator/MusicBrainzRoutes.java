package starman.simulator;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import starman.json.JsonWriter;
import starman.simulator.ApiRoutes.Answer;
import starman.simulator.Catalogue.Recording;

/**
 * The part of MusicBrainz's web service Starman asks for works, {@code /ws/2/recording}, with its JSON shapes: the
 * browse ({@code ?artist=…&inc=work-rels&limit=&offset=}) and the lookup ({@code /ws/2/recording/MBID?inc=work-rels}).
 * A recording performs the work of its title by its credit's first artist (the studio take, the live takes on a Live
 * release group with the {@code live} attribute, the remasters that share the recording), and a few differently titled
 * re-recordings perform the same work as their originals.
 */
final class MusicBrainzRoutes {
    static final String PREFIX = "/ws/2/";
    static final int DEFAULT_LIMIT = 25;
    static final int MAX_LIMIT = 100;
    /** A work's title where the recording's is not it: "It's No Game (No. 2)" re-records "(No. 1)" in English. */
    private static final Map<String, String> WORK_TITLES = Map.of(
            "It's No Game (No. 1)", "It's No Game",
            "It's No Game (No. 2)", "It's No Game");
    private static final Set<String> INCS = Set.of("work-rels", "artist-credits", "isrcs", "releases", "tags");
    private static final String PERFORMANCE = "a3005666-a872-32c3-ad06-98af558e99b0";
    private static final String LIVE = "70007db6-a8bc-46d7-a770-80e6a0bb551a";

    private final Catalogue catalogue;

    MusicBrainzRoutes(Catalogue catalogue) {
        this.catalogue = catalogue;
    }

    /** The work a recording performs, by MBID and title: the same for every recording of that song by that artist. */
    record Work(String mbid, String title) {
    }

    Work workOf(String recordingMbid) {
        Recording recording = catalogue.recording(recordingMbid);
        Catalogue.Album album = catalogue.albumOf(recordingMbid);
        String title = WORK_TITLES.getOrDefault(recording.name(), recording.name());
        return new Work(Catalogue.uuid("work:" + album.artists().get(0).mbid() + "/" + title), title);
    }

    /** Whether the recording was taken live: its first release group is a Live one. */
    boolean isLive(String recordingMbid) {
        Catalogue.Entry entry = catalogue.entry(catalogue.albumOf(recordingMbid).releaseGroupMbid());
        return entry.secondaryTypes().contains("Live");
    }

    Answer answer(String method, String path, Map<String, String> query) {
        if (!method.equals("GET")) {
            return error(405, "Method not allowed.");
        }
        String rest = path.substring(PREFIX.length());
        if (rest.endsWith("/")) {
            rest = rest.substring(0, rest.length() - 1);
        }
        String inc = query.getOrDefault("inc", "");
        for (String i : inc.isBlank() ? new String[0] : inc.split("[+ ]")) {
            if (!INCS.contains(i)) {
                return error(400, i + " is not a valid inc parameter for the recording resource.");
            }
        }
        boolean works = (" " + inc.replace('+', ' ') + " ").contains(" work-rels ");
        if (rest.equals("recording")) {
            return browse(query, works);
        }
        if (rest.startsWith("recording/")) {
            Recording recording = catalogue.recording(rest.substring("recording/".length()));
            if (recording == null) {
                return error(404, "Not Found");
            }
            JsonWriter w = new JsonWriter();
            recording(w, recording, works);
            return Answer.json(200, w);
        }
        return error(404, "Not Found");
    }

    private Answer browse(Map<String, String> query, boolean works) {
        String artist = query.get("artist");
        if (artist == null) {
            return error(400, "Browse requests must include exactly one linked entity (artist, release...).");
        }
        if (catalogue.artists().stream().noneMatch(a -> a.mbid().equals(artist))) {
            return error(404, "Not Found");
        }
        int limit;
        int offset;
        try {
            limit = Math.max(1, Math.min(MAX_LIMIT, Integer.parseInt(query.getOrDefault("limit", "" + DEFAULT_LIMIT))));
            offset = Math.max(0, Integer.parseInt(query.getOrDefault("offset", "0")));
        } catch (NumberFormatException e) {
            return error(400, "Invalid limit or offset.");
        }
        Map<String, Recording> all = new LinkedHashMap<>();
        for (Catalogue.Entry entry : catalogue.discography(artist)) {
            entry.album().tracks().forEach(r -> all.putIfAbsent(r.mbid(), r));
        }
        List<Recording> recordings = new ArrayList<>(all.values());
        JsonWriter w = new JsonWriter().beginObject();
        w.name("recording-count").value(recordings.size()).name("recording-offset").value(offset);
        w.name("recordings").beginArray();
        for (int i = offset; i < Math.min(recordings.size(), offset + limit); i++) {
            recording(w, recordings.get(i), works);
        }
        return Answer.json(200, w.endArray().endObject());
    }

    private void recording(JsonWriter w, Recording recording, boolean works) {
        w.beginObject();
        w.name("id").value(recording.mbid()).name("title").value(recording.name());
        w.name("length").value(recording.lengthMs()).name("video").value(false).name("disambiguation").value("");
        if (works) {
            Work work = workOf(recording.mbid());
            boolean live = isLive(recording.mbid());
            w.name("relations").beginArray().beginObject();
            w.name("type").value("performance").name("type-id").value(PERFORMANCE);
            w.name("target-type").value("work").name("direction").value("forward");
            w.name("attributes").beginArray();
            if (live) {
                w.value("live");
            }
            w.endArray().name("attribute-ids").beginObject();
            if (live) {
                w.name("live").value(LIVE);
            }
            w.endObject().name("attribute-values").beginObject().endObject();
            w.name("begin").nullValue().name("end").nullValue().name("ended").value(false);
            w.name("source-credit").value("").name("target-credit").value("");
            w.name("work").beginObject().name("id").value(work.mbid()).name("title").value(work.title());
            w.name("type").value("Song").name("language").value("eng").name("iswcs").beginArray().endArray();
            w.name("attributes").beginArray().endArray().name("disambiguation").value("").endObject();
            w.endObject().endArray();
        }
        w.endObject();
    }

    private static Answer error(int status, String message) {
        JsonWriter w = new JsonWriter().beginObject().name("error").value(message);
        w.name("help").value("For usage, please see: https://musicbrainz.org/development/mmd");
        return Answer.json(status, w.endObject());
    }
}
