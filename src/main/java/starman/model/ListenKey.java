package starman.model;

/** ListenBrainz's uniqueness rule for a user's listens, ordered by time then msid. */
public record ListenKey(long listenedAt, String recordingMsid) implements Comparable<ListenKey> {
    @Override
    public int compareTo(ListenKey o) {
        int c = Long.compare(listenedAt, o.listenedAt);
        return c != 0 ? c : recordingMsid.compareTo(o.recordingMsid);
    }
}
