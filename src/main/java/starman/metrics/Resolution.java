package starman.metrics;

import java.util.ArrayList;
import java.util.List;
import starman.normalize.ArtistFilter;
import starman.normalize.CanonicalKeys;
import starman.normalize.KeyRule;

/**
 * How one listen was counted, from the rules the normaliser, the artist filter and the length port recorded
 * while working it out (see {@link ListenIndex#explain}).
 *
 * @param recordingKey the canonical recording key the index holds for the listen
 * @param albumKey     the canonical album the index counts it in (after clustering), or null
 * @param albumName    that album's name as the dashboard shows it, or null
 * @param titleCutOff  what the title rule cut from the track name, or null
 * @param releaseCutOff what the title rule cut from the release name, or null
 */
public record Resolution(ArtistFilter artist, ArtistFilter.Match artistMatch, CanonicalKeys keys,
                         String recordingKey, String albumKey, String albumName, ListenLength length,
                         String titleCutOff, String releaseCutOff) {

    /** The explanation as sentences, one per rule: artist, recording, album, length. */
    public List<String> lines() {
        List<String> lines = new ArrayList<>();
        lines.add("Counted for " + artist.name() + " by " + artistMatch.description + ".");
        lines.add(recording());
        if (titleCutOff != null) {
            lines.add("Title rule: '" + titleCutOff + "' stripped" + qualifier(keys.titleKey()) + ".");
        }
        lines.add(album());
        if (releaseCutOff != null && keys.albumRule() == KeyRule.TEXT) {
            lines.add("Album title rule: '" + releaseCutOff + "' stripped" + qualifier(keys.releaseTextKey()) + ".");
        }
        if (albumKey != null && !albumKey.equals(keys.albumKey())) {
            lines.add("Counted with the album '" + albumName + "' ("
                    + (CanonicalKeys.mbidOf(albumKey) != null ? "the release group of mapped listens of the same album"
                    : "the longer title of the same album") + ", " + albumKey + ").");
        }
        lines.add(length.source() == ListenLength.Source.UNKNOWN ? "Length " + length.source().description + "."
                : "Length " + length.text() + " from " + length.source().description + ".");
        return lines;
    }

    private String recording() {
        return keys.recordingRule() == KeyRule.TEXT
                ? "No recording MBID: matched " + KeyRule.TEXT.description + " '" + text(recordingKey) + "'."
                : "Recording MBID " + CanonicalKeys.mbidOf(recordingKey) + " " + keys.recordingRule().description + ".";
    }

    private String album() {
        return switch (keys.albumRule()) {
            case TEXT -> "No release group known: album matched " + KeyRule.TEXT.description + " '"
                    + text(keys.albumKey()) + "'.";
            case NONE -> "No album: " + KeyRule.NONE.description + ".";
            default -> "Release group " + CanonicalKeys.mbidOf(keys.albumKey()) + " " + keys.albumRule().description
                    + ".";
        };
    }

    /** "; kept as the live version" when the key carries a version qualifier. */
    private static String qualifier(String key) {
        int open = key == null ? -1 : key.lastIndexOf(" [");
        return open < 0 || !key.endsWith("]") ? "" : "; kept apart as the " + key.substring(open + 2, key.length() - 1)
                + " version";
    }

    /** The title part of a text key ("t:david bowie|low" gives "low"). */
    private static String text(String key) {
        return key.substring(key.indexOf('|') + 1);
    }
}
