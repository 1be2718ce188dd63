package starman.fixlist;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import starman.listenbrainz.ListenBrainzClient;
import starman.model.Listen;

/**
 * What confirming a group would send to ListenBrainz: one {@code submit_manual_mapping} request per distinct msid of
 * its stored listens (ListenBrainz maps by msid: every listen with it follows), each with the candidate's recording.
 */
public record Submission(List<String> msids, String recordingMbid) {
    /** The distinct msids of these listens (nulls, not stored, skipped), in the order of the listens. */
    public static Submission of(Listen[] stored, Candidate candidate) {
        Set<String> msids = new LinkedHashSet<>();
        for (Listen listen : stored) {
            if (listen != null) {
                msids.add(listen.recordingMsid());
            }
        }
        return new Submission(List.copyOf(msids), candidate.recordingMbid());
    }

    /** The body of one request. */
    public String body(String msid) {
        return ListenBrainzClient.manualMappingBody(msid, recordingMbid);
    }
}
