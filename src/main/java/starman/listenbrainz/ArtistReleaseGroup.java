package starman.listenbrainz;

import java.util.List;

/**
 * One release group of an artist's discography ({@code /1/metadata/artist/?inc=release_group}): every release group
 * whose artist credit names the artist, as MusicBrainz types and dates it.
 *
 * @param date the first release date, {@code YYYY}, {@code YYYY-MM} or {@code YYYY-MM-DD}; null when MusicBrainz has none
 * @param type the primary type (Album, Single, EP, Broadcast, Other), or null
 * @param secondaryTypes Live, Compilation, Soundtrack...; empty for a studio album
 */
public record ArtistReleaseGroup(String mbid, String name, String artistCredit, String date, String type,
                                 List<String> secondaryTypes) {
    public ArtistReleaseGroup {
        secondaryTypes = List.copyOf(secondaryTypes);
    }
}
