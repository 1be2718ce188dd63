package starman.listenbrainz;

import starman.model.TrackMetadata;

/** What {@code /1/user/{name}/playing-now} reports: a track without listened_at, msid or mapping. */
public record PlayingNow(TrackMetadata track) {

    /** Artist, track, release and duration: a change in any of them is a new track. */
    public String fingerprint() {
        return track.artistName() + '\u0000' + track.trackName() + '\u0000'
                + (track.releaseName() == null ? "" : track.releaseName()) + '\u0000'
                + track.additionalInfo().effectiveDurationMs();
    }
}
