package starman.store;

import starman.json.JsonReader;
import starman.json.JsonWriter;

/**
 * Where a history sync stands, stored with the data it covers.
 *
 * @param cursor the {@code min_ts} to resume from: every server listen at or before it up to the run's
 *               start point is stored
 * @param running whether a sync run is under way (a later start resumes at {@link #cursor})
 */
public record SyncCheckpoint(long cursor, boolean running) {
    public static final SyncCheckpoint IDLE = new SyncCheckpoint(0, false);

    public String toJson() {
        return new JsonWriter().beginObject().name("cursor").value(cursor).name("running").value(running)
                .endObject().toString();
    }

    /** The checkpoint a store saved; unknown fields are ignored, so later versions may add some. */
    public static SyncCheckpoint parse(String json) {
        JsonReader r = new JsonReader(json);
        long cursor = 0;
        boolean running = false;
        r.beginObject();
        while (r.hasNext()) {
            switch (r.nextName()) {
                case "cursor": cursor = r.nextLong(); break;
                case "running": running = r.nextBoolean(); break;
                default: r.skipValue();
            }
        }
        r.endObject();
        return new SyncCheckpoint(cursor, running);
    }
}
