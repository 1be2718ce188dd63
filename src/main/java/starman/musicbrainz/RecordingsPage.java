package starman.musicbrainz;

import java.util.List;

/** One page of an artist's recordings: {@code count} in all, this page starting at {@code offset}. */
public record RecordingsPage(int count, int offset, List<BrowsedRecording> recordings) {
    public RecordingsPage {
        recordings = List.copyOf(recordings);
    }

    /** Where the next page starts. */
    public int nextOffset() {
        return offset + recordings.size();
    }

    /** Whether no page follows (an empty page ends it too, whatever the count says). */
    public boolean isLast() {
        return recordings.isEmpty() || nextOffset() >= count;
    }
}
