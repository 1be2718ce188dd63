package starman.coach;

import java.util.List;
import starman.model.ListenKey;

/**
 * What the coach reacts to: a track that ended or a finished sync, at {@code now} (unix seconds), with the
 * listens that are new since the last event. They must already be in the index; the coach compares the
 * state with and without them to tell which milestones they crossed.
 */
public record CoachEvent(Kind kind, long now, List<ListenKey> fresh) {
    public enum Kind { TRACK_ENDED, SYNCED }

    public CoachEvent {
        fresh = List.copyOf(fresh);
    }

    public static CoachEvent trackEnded(long now, ListenKey listen) {
        return new CoachEvent(Kind.TRACK_ENDED, now, List.of(listen));
    }

    public static CoachEvent synced(long now, List<ListenKey> added) {
        return new CoachEvent(Kind.SYNCED, now, added);
    }
}
