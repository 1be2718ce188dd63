package starman.store;

import starman.json.JsonReader;
import starman.json.JsonWriter;

/**
 * Where a history sync stands, stored with the data it covers.
 *
 * @param cursor the {@code min_ts} to resume from: every server listen at or before it up to the run's
 *               start point is stored
 * @param running whether a sync run is under way (a later start resumes at {@link #cursor})
 * @param until 0 for a run up to the server's newest listen; otherwise the last second of a backfill (a run
 *              that fills what is missing before a point, see {@code HistorySync})
 */
public record SyncCheckpoint(long cursor, boolean running, long until) {
    public static final SyncCheckpoint IDLE = new SyncCheckpoint(0, false, 0);

    /** A point of a run up to the server's newest listen. */
    public SyncCheckpoint(long cursor, boolean running) {
        this(cursor, running, 0);
    }

    /** Whether this is a running backfill (which ends at {@link #until}, not at the server's newest listen). */
    public boolean backfilling() {
        return running && until > 0;
    }

    public String toJson() {
        JsonWriter w = new JsonWriter().beginObject().name("cursor").value(cursor).name("running").value(running);
        if (until > 0) {
            w.name("until").value(until);
        }
        return w.endObject().toString();
    }

    /** The checkpoint a store saved; unknown fields are ignored, so later versions may add some. */
    public static SyncCheckpoint parse(String json) {
        JsonReader r = new JsonReader(json);
        long cursor = 0;
        boolean running = false;
        long until = 0;
        r.beginObject();
        while (r.hasNext()) {
            switch (r.nextName()) {
                case "cursor": cursor = r.nextLong(); break;
                case "running": running = r.nextBoolean(); break;
                case "until": until = r.nextLong(); break;
                default: r.skipValue();
            }
        }
        r.endObject();
        return new SyncCheckpoint(cursor, running, until);
    }
}
