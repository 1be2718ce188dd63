package starman.metrics;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.LongPredicate;
import starman.model.Listen;
import starman.normalize.ArtistFilter;
import starman.normalize.CanonicalKeys;
import starman.normalize.Normalizer;

/** The table computed the slow, obvious way: loops over listen objects, dates compared as local dates. */
final class ReferenceMetrics {
    private final List<Listen> listens = new ArrayList<>();
    private final List<CanonicalKeys> keys = new ArrayList<>();
    private final List<String> albums;
    private final RecordingLengths lengths;
    private final ZoneId zone;
    private final DayOfWeek weekStart;

    ReferenceMetrics(Collection<Listen> all, ArtistFilter artist, Normalizer normalizer, RecordingLengths lengths,
                     ZoneId zone, DayOfWeek weekStart) {
        this.lengths = lengths;
        this.zone = zone;
        this.weekStart = weekStart;
        for (Listen l : all) {
            if (artist.matches(l.track())) {
                CanonicalKeys k = normalizer.keys(l.track());
                listens.add(l);
                keys.add(k);
            }
        }
        albums = ReferenceAlbums.canonical(keys);
    }

    Dashboard dashboard(long now) {
        double sprint = totals(t -> t > now - 900 && t <= now).songs() * 4.0;
        return new Dashboard(now, totals(when(Period.PACE, now)), totals(when(Period.TODAY, now)),
                totals(when(Period.WEEK, now)), totals(when(Period.MONTH, now)), totals(when(Period.ALL_TIME, now)),
                sprint);
    }

    /** The artist's listens in a period at now, in no particular order. */
    List<Listen> listens(Period period, long now) {
        LongPredicate when = when(period, now);
        return listens.stream().filter(l -> when.test(l.listenedAt())).toList();
    }

    private LongPredicate when(Period period, long now) {
        LocalDate today = date(now);
        LocalDate weekFirst = today.with(TemporalAdjusters.previousOrSame(weekStart));
        return switch (period) {
            case PACE -> t -> t > now - 3600 && t <= now;
            case TODAY -> t -> t <= now && date(t).equals(today);
            case WEEK -> t -> t <= now && !date(t).isBefore(weekFirst) && date(t).isBefore(weekFirst.plusDays(7));
            case MONTH -> t -> t <= now && date(t).getYear() == today.getYear() && date(t).getMonth() == today.getMonth();
            case ALL_TIME -> t -> t <= now;
        };
    }

    private Totals totals(LongPredicate when) {
        int songs = 0;
        long known = 0;
        int unknown = 0;
        Set<String> distinctAlbums = new HashSet<>();
        for (int i = 0; i < listens.size(); i++) {
            Listen l = listens.get(i);
            if (!when.test(l.listenedAt())) {
                continue;
            }
            songs++;
            long ms = duration(l, keys.get(i));
            if (ms >= 0) {
                known += ms;
            } else {
                unknown++;
            }
            if (albums.get(i) != null) {
                distinctAlbums.add(albums.get(i));
            }
        }
        return new Totals(songs, distinctAlbums.size(), known, unknown);
    }

    private long duration(Listen l, CanonicalKeys k) {
        long ms = l.track().additionalInfo().effectiveDurationMs();
        return ms >= 0 || !k.recordingKey().startsWith("mb:") ? ms : lengths.lengthMs(k.recordingKey().substring(3));
    }

    private LocalDate date(long t) {
        return Instant.ofEpochSecond(t).atZone(zone).toLocalDate();
    }
}
