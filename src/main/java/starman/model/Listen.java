package starman.model;

/**
 * One listen as ListenBrainz stores it. Unique on ({@link #listenedAt}, {@link #recordingMsid}) for a user.
 *
 * @param listenedAt unix seconds
 * @param insertedAt unix seconds when ListenBrainz received it (0 when unknown)
 */
public record Listen(long listenedAt, long insertedAt, String recordingMsid, String userName, TrackMetadata track) {

    /** The uniqueness key: same second and same msid means the same listen. */
    public ListenKey key() {
        return new ListenKey(listenedAt, recordingMsid);
    }
}
