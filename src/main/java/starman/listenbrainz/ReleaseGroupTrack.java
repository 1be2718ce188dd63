package starman.listenbrainz;

/**
 * One track of a release group's canonical release ({@code /1/metadata/release_group/?inc=recording}).
 *
 * @param position the position on its medium, as MusicBrainz numbers it
 * @param lengthMs the length, or -1 when unknown
 */
public record ReleaseGroupTrack(String recordingMbid, String title, int position, long lengthMs) {
}
