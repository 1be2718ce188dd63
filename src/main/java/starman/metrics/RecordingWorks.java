package starman.metrics;

import java.util.List;

/**
 * Port: the works (compositions) a recording is a performance of, as MusicBrainz's
 * {@code /ws/2/recording?artist=…&inc=work-rels} gives them (its performance relations): "Heroes" the studio take, its live takes and the German
 * single are one work.
 */
public interface RecordingWorks {
    /** The works in MusicBrainz's order, empty when it names none, or null when not (yet) looked up. */
    List<Work> works(String recordingMbid);

    RecordingWorks NONE = mbid -> null;

    record Work(String mbid, String title) {
    }
}
