package starman.model;

/** What the player submitted, plus ListenBrainz's mapping when its mapper matched the listen. */
public record TrackMetadata(String artistName, String trackName, String releaseName,
                            AdditionalInfo additionalInfo, MbidMapping mbidMapping) {

    public TrackMetadata {
        if (additionalInfo == null) {
            additionalInfo = AdditionalInfo.EMPTY;
        }
    }
}
