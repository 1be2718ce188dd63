package starman.atlas;

import java.util.ArrayList;
import java.util.List;
import starman.listenbrainz.ArtistReleaseGroup;
import starman.metrics.charts.Days;
import starman.text.Format;
import starman.time.CivilDate;

/**
 * Release-date anniversaries from the artist's discography: the studio albums and EPs first released on today's date
 * in an earlier year (only a full date counts; a first release on 29 February comes back on the 28th in other years).
 */
public final class Releases {
    private Releases() {
    }

    /** One album whose release date today is; {@code day} its first release (an epoch day). */
    public record Released(String releaseGroupMbid, String name, int years, int day) {
        /** "Low came out 49 years ago today, on Friday 14 January 1977." */
        public String sentence() {
            return name + " came out " + Format.count(years, "year", "years") + " ago today, on "
                    + Days.longDate(day) + ".";
        }
    }

    /** Today's release anniversaries, oldest release first (the discography's order otherwise). */
    public static List<Released> onThisDay(List<ArtistReleaseGroup> groups, CivilDate today) {
        List<Released> found = new ArrayList<>();
        for (ArtistReleaseGroup g : groups) {
            ReleaseKind kind = ReleaseKind.of(g.type(), g.secondaryTypes());
            CivilDate date = date(g.date());
            if ((kind == ReleaseKind.STUDIO_ALBUM || kind == ReleaseKind.EP) && date != null
                    && date.year() < today.year() && Days.isAnniversary(date, today)
                    && !isFound(found, g.mbid())) {
                found.add(new Released(g.mbid(), g.name(), today.year() - date.year(), (int) date.toEpochDay()));
            }
        }
        found.sort((a, b) -> Integer.compare(a.day(), b.day()));
        return found;
    }

    private static boolean isFound(List<Released> found, String releaseGroupMbid) {
        for (Released r : found) {
            if (r.releaseGroupMbid().equals(releaseGroupMbid)) {
                return true;
            }
        }
        return false;
    }

    /** A full "YYYY-MM-DD" date, or null for a partial or malformed one. */
    public static CivilDate date(String text) {
        return text == null || text.length() != 10 ? null : CivilDate.parse(text);
    }
}
