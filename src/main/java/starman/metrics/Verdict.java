package starman.metrics;

import java.util.function.IntFunction;
import starman.normalize.ArtistFilter;
import starman.normalize.KeyRule;
import starman.store.ListenDictionary;

/**
 * What the index keeps of one track, as strings: whether it is the chosen artist's, its canonical recording (and
 * the rule that gave it), title, album and release-text keys, its length, release and track names. A store keeps it as facts ({@link #facts}:
 * ints, the strings as dictionary ids), so a cold start reads the verdict back instead of judging again.
 *
 * @param match how it matched the artist, or null when it is another artist's (then nothing else is set)
 */
record Verdict(ArtistFilter.Match match, String recordingKey, KeyRule recordingRule, String titleKey, String albumKey,
               String releaseTextKey, int durationMs, String releaseName, String trackName) {
    /**
     * The version of the rules a verdict follows (artist filter, normaliser, lengths): bump it when one of them
     * changes, and stored facts are judged again.
     */
    static final String RULES = "verdict 2";
    static final Verdict NOT_BY_ARTIST = new Verdict(null, null, null, null, null, null, -1, null, null);

    /**
     * {0} for another artist's track; else the match + 1, then the keys' ids (-1 for none), length, release, the
     * recording rule and the track name.
     */
    int[] facts(ListenDictionary strings) {
        if (match == null) {
            return new int[] {0};
        }
        return new int[] {match.ordinal() + 1, strings.id(recordingKey), strings.id(titleKey), ref(strings, albumKey),
                ref(strings, releaseTextKey), durationMs, ref(strings, releaseName), recordingRule.ordinal(),
                ref(strings, trackName)};
    }

    static Verdict of(int[] facts, IntFunction<String> strings) {
        if (facts[0] == 0) {
            return NOT_BY_ARTIST;
        }
        if (facts.length != 9) {
            throw new IllegalArgumentException("a track's facts hold 9 numbers, not " + facts.length);
        }
        return new Verdict(ArtistFilter.Match.values()[facts[0] - 1], strings.apply(facts[1]),
                KeyRule.values()[facts[7]], strings.apply(facts[2]), string(strings, facts[3]),
                string(strings, facts[4]), facts[5], string(strings, facts[6]), string(strings, facts[8]));
    }

    private static int ref(ListenDictionary strings, String s) {
        return s == null ? -1 : strings.id(s);
    }

    private static String string(IntFunction<String> strings, int id) {
        return id < 0 ? null : strings.apply(id);
    }
}
