package starman.simulator;

import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import starman.importer.ExportZip;
import starman.model.Listen;
import starman.model.TrackMetadata;
import starman.normalize.ArtistFilter;

/**
 * The figures issue 13 gives a history's shape by, counted over a stream of listens: distinct submissions (artist,
 * track, release, player) and msids, the export lines' bytes, David Bowie's share, and the variants.
 */
public final class HistoryShape {
    private long listens;
    private long bytes;
    private long bowie;
    private long mapped;
    private long noReleaseGroup;
    private long unknownDuration;
    private long secondsDuration;
    private long upperCase;
    private long first = Long.MAX_VALUE;
    private long last = Long.MIN_VALUE;
    private final Set<String> submissions = new HashSet<>();
    private final Set<String> msids = new HashSet<>();
    private final Set<String> artists = new HashSet<>();
    private final Set<String> bowieReleases = new HashSet<>();
    private final Map<String, Long> players = new TreeMap<>();

    public static HistoryShape of(RealisticHistory history) {
        HistoryShape shape = new HistoryShape();
        history.forEach(shape::add);
        return shape;
    }

    public void add(Listen l) {
        TrackMetadata t = l.track();
        listens++;
        bytes += ExportZip.line(l).getBytes(StandardCharsets.UTF_8).length + 1;
        String client = t.additionalInfo().submissionClient();
        submissions.add(t.artistName() + "\n" + t.trackName() + "\n" + t.releaseName() + "\n" + client);
        msids.add(l.recordingMsid());
        artists.add(t.artistName().toLowerCase(Locale.ROOT));
        players.merge(client, 1L, Long::sum);
        if (ArtistFilter.DAVID_BOWIE.matches(t)) {
            bowie++;
            bowieReleases.add(t.releaseName());
        }
        if (t.mbidMapping() != null) {
            mapped++;
            noReleaseGroup += t.mbidMapping().releaseGroupMbid() == null ? 1 : 0;
        }
        unknownDuration += t.additionalInfo().effectiveDurationMs() < 0 ? 1 : 0;
        secondsDuration += t.additionalInfo().durationSeconds() != null ? 1 : 0;
        upperCase += t.artistName().equals(t.artistName().toUpperCase(Locale.ROOT))
                && !t.artistName().equals(t.artistName().toLowerCase(Locale.ROOT)) ? 1 : 0;
        first = Math.min(first, l.listenedAt());
        last = Math.max(last, l.listenedAt());
    }

    public long listens() {
        return listens;
    }

    /** Distinct (artist, track, release, player). */
    public int submissions() {
        return submissions.size();
    }

    public int msids() {
        return msids.size();
    }

    public int artists() {
        return artists.size();
    }

    public Set<String> bowieReleases() {
        return bowieReleases;
    }

    public Map<String, Long> players() {
        return players;
    }

    public double bytesPerLine() {
        return (double) bytes / listens;
    }

    public long bytes() {
        return bytes;
    }

    public double bowieShare() {
        return share(bowie);
    }

    public double mappedShare() {
        return share(mapped);
    }

    /** Of the mapped listens, those whose mapping names no release group. */
    public double noReleaseGroupShare() {
        return (double) noReleaseGroup / mapped;
    }

    public double unknownDurationShare() {
        return share(unknownDuration);
    }

    public double secondsDurationShare() {
        return share(secondsDuration);
    }

    public double upperCaseShare() {
        return share(upperCase);
    }

    public double spanDays() {
        return (last - first) / 86_400.0;
    }

    public long last() {
        return last;
    }

    private double share(long n) {
        return (double) n / listens;
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "%,d listens over %.0f days: %,d distinct submissions (%.3f per listen),"
                + " %,d msids, %,d artist credits; export lines %.0f bytes on average (%,d in all); David Bowie %.1f %%"
                + " (%d release names); mapped %.1f %% (%.1f %% of them without a release group); duration unknown"
                + " %.1f %%, in seconds %.1f %%; upper-case artist %.2f %%; players %s",
                listens, spanDays(), submissions(), submissions() / (double) listens, msids(), artists(),
                bytesPerLine(), bytes, 100 * bowieShare(), bowieReleases.size(), 100 * mappedShare(),
                100 * noReleaseGroupShare(), 100 * unknownDurationShare(), 100 * secondsDurationShare(),
                100 * upperCaseShare(), players);
    }
}
