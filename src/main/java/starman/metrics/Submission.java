package starman.metrics;

import starman.normalize.KeyRule;

/**
 * One distinct way a recording was submitted: the canonical recording key and the rule that gave it, with the track
 * and release names as the player sent them. The index keeps one id per submission on every row, so the versions of
 * a song (a remaster's title, a deluxe edition's release) can be told apart after the title rule has joined them.
 *
 * @param releaseName null when the listen names no release
 */
public record Submission(String recordingKey, KeyRule recordingRule, String trackName, String releaseName) {
    /** The key the index interns it by. */
    public String key() {
        // a builder, not +: TeaVM reads \u0001 in a concatenation's constants as an argument's place
        StringBuilder key = new StringBuilder().append(recordingRule.ordinal()).append(recordingKey).append('\u0000')
                .append(trackName).append('\u0000');
        return releaseName == null ? key.toString() : key.append('\u0001').append(releaseName).toString();
    }
}
