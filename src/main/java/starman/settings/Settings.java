package starman.settings;

import starman.json.JsonReader;
import starman.json.JsonWriter;
import starman.listenbrainz.ListenBrainzClient;

/**
 * What the person chose; kept on their device only.
 *
 * @param user the ListenBrainz user name, empty before the first run
 * @param apiRoot the ListenBrainz API root (the demo points it at the simulator)
 */
public record Settings(String user, String apiRoot) {
    public static final Settings FIRST_RUN = new Settings("", ListenBrainzClient.DEFAULT_API_ROOT);

    public Settings {
        user = user == null ? "" : user.trim();
        apiRoot = apiRoot == null || apiRoot.isBlank() ? ListenBrainzClient.DEFAULT_API_ROOT : apiRoot.trim();
    }

    public boolean hasUser() {
        return !user.isEmpty();
    }

    public String toJson() {
        return new JsonWriter().beginObject().name("user").value(user).name("api_root").value(apiRoot)
                .endObject().toString();
    }

    /** Saved settings; unknown fields are ignored and missing ones take their defaults. */
    public static Settings parse(String json) {
        JsonReader r = new JsonReader(json);
        String user = null;
        String apiRoot = null;
        r.beginObject();
        while (r.hasNext()) {
            switch (r.nextName()) {
                case "user": user = r.nextStringOrNull(); break;
                case "api_root": apiRoot = r.nextStringOrNull(); break;
                default: r.skipValue();
            }
        }
        r.endObject();
        return new Settings(user, apiRoot);
    }
}
