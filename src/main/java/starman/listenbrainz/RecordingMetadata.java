package starman.listenbrainz;

/**
 * One recording from {@code /1/metadata/recording/?inc=release}: its length and its canonical release
 * (which ListenBrainz picks: not necessarily the release a listen was played from).
 *
 * @param lengthMs the length, or -1 when MusicBrainz has none
 * @param releaseMbid the canonical release, or null when the recording is on no release
 * @param releaseGroupMbid that release's group, or null
 * @param caaId the Cover Art Archive id of the release's front cover, or 0
 */
public record RecordingMetadata(String recordingMbid, String name, long lengthMs, String releaseMbid,
                                String releaseName, String releaseGroupMbid, long caaId) {
}
