package starman.bench;

import java.time.DayOfWeek;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;
import starman.coach.CoachEvent;
import starman.coach.GoalCoach;
import starman.goals.Goal;
import starman.goals.GoalProgress;
import starman.goals.Goals;
import starman.javatime.JavaTime;
import starman.listenbrainz.ArtistReleaseGroup;
import starman.metrics.ListenIndex;
import starman.metrics.MetadataCache;
import starman.metrics.Periods;
import starman.metrics.RecordingLengths;
import starman.metrics.TrackLists;
import starman.model.Listen;
import starman.normalize.ArtistFilter;
import starman.normalize.CanonicalKeys;
import starman.normalize.Normalizer;
import starman.normalize.ReleaseGroupResolver;

/**
 * Time from a new listen in the index to every goal's progress refreshed (what the goals card computes per update)
 * and to the coach's goal lines for it, with N listens indexed, of the history {@code -Dstarman.history} (realistic
 * unless told; see {@link BenchHistory}). Six goals, one of each kind and span, the album goal on the most heard
 * album (its track list from the discography, else 12 made-up tracks), and every studio album front to back, set
 * {@value #SET_DAYS_AGO} days before the last listen with a deadline as far after, over the atlas benchmark's
 * discography; each run adds one listen of the artist two minutes after the last. On the JVM,
 * after a warm-up. Command (BENCHMARKS.md): {@code mvn -B -q test-compile && mvn -B -q exec:java
 * -Dexec.classpathScope=test -Dexec.mainClass=starman.bench.GoalsBenchmark -Dexec.args=1000000}; writes its rows
 * into BENCHMARKS.md ({@link BenchReport}).
 */
public final class GoalsBenchmark {
    private static final int WARM_UP = 2_000;
    private static final int RUNS = 500;
    static final int SET_DAYS_AGO = 90;

    public static void main(String[] args) {
        int listens = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        BenchHistory history = BenchHistory.chosen(BenchHistory.REALISTIC);
        MetadataCache metadata = new MetadataCache();
        List<ArtistReleaseGroup> discography = AtlasBenchmark.discography(metadata);
        ListenIndex index = new ListenIndex(new Normalizer(ReleaseGroupResolver.NONE), ArtistFilter.DAVID_BOWIE,
                JavaTime.periods(ZoneId.of("Europe/Berlin"), DayOfWeek.MONDAY), RecordingLengths.NONE);
        List<Listen> batch = new ArrayList<>();
        Listen[] last = new Listen[1];
        history.forEach(listens, l -> {
            batch.add(l);
            if (ArtistFilter.DAVID_BOWIE.matches(l.track())) {
                last[0] = l;
            }
            if (batch.size() == 10_000) {
                index.addAll(batch);
                batch.clear();
            }
        });
        index.addAll(batch);
        int[] songs = index.songsPerAlbum();
        int top = IntStream.range(0, songs.length).filter(a -> CanonicalKeys.mbidOf(index.albumKey(a)) != null)
                .reduce((a, b) -> songs[a] >= songs[b] ? a : b).orElseThrow();
        List<TrackLists.Track> twelve = IntStream.range(0, 12)
                .mapToObj(i -> new TrackLists.Track("bench-track-" + i, "Bench Track " + i)).toList();
        TrackLists trackLists = rg -> metadata.tracks(rg) != null ? metadata.tracks(rg) : twelve;
        Goals goals = Goals.NONE.with(new Goal(1, Goal.Kind.MINUTES, 60, Goal.Span.DAY, null, null, 0))
                .with(new Goal(2, Goal.Kind.SONGS, 200, Goal.Span.WEEK, null, null, 0))
                .with(new Goal(3, Goal.Kind.ALBUMS, 10, Goal.Span.MONTH, null, null, 0))
                .with(new Goal(4, Goal.Kind.MINUTES, 3000, Goal.Span.MONTH, null, null, 0))
                .with(new Goal(5, Goal.Kind.ALBUM_TRACKS, 12, Goal.Span.MONTH, index.albumKey(top),
                        index.albumName(top), 0))
                .with(Goal.frontToBack(6, 25, BenchHistory.END - SET_DAYS_AGO * 86_400L,
                        index.periods().epochDay(BenchHistory.END) + SET_DAYS_AGO));
        GoalCoach coach = new GoalCoach(index, trackLists);

        long t = BenchHistory.END;
        List<Double> refresh = new ArrayList<>();
        List<Double> coached = new ArrayList<>();
        long sink = 0;
        for (int i = 0; i < WARM_UP + RUNS; i++) {
            t += 120;
            Listen fresh = new Listen(t, t, "bench-" + i, last[0].userName(), last[0].track());
            index.add(fresh);
            long start = System.nanoTime();
            for (Goal goal : goals.list()) {
                sink += (long) GoalProgress.now(goal, index, trackLists, discography, t + 1).done();
            }
            long refreshed = System.nanoTime();
            sink += coach.react(goals, discography, CoachEvent.trackEnded(t + 1, fresh.key())).size();
            long said = System.nanoTime();
            if (i >= WARM_UP) {
                refresh.add((refreshed - start) / 1e6);
                coached.add((said - refreshed) / 1e6);
            }
        }
        Periods.Range month = Goal.Span.MONTH.at(index.periods(), t);
        int monthRows = index.rowsUpTo(t) - index.rowsUpTo(month.start() - 1);
        GoalProgress byDate = GoalProgress.now(goals.list().get(5), index, trackLists, discography, t + 1);
        int byDateRows = index.rowsUpTo(t) - index.rowsUpTo(byDate.from() - 1);
        System.out.println("front to back: " + byDate.figure() + " over " + byDateRows + " listens");
        System.out.println("artist's listens indexed: " + index.size() + ", this month's: " + monthRows + " (" + sink
                + ")");
        BenchReport report = new BenchReport("bench-goals", "mvn -B -q test-compile", GoalsBenchmark.class, args,
                "history indexed: after a new listen", "median", "p95", "max");
        String of = history.label() + " " + BenchReport.size(listens) + " (" + index.size() + " of the artist, "
                + monthRows + " this month, " + byDateRows + " since the front-to-back goal was set): ";
        row(report, of + "6 goals' progress refreshed", refresh);
        row(report, of + "the coach's goal lines", coached);
        report.write();
    }

    private static void row(BenchReport report, String name, List<Double> millis) {
        List<Double> sorted = new ArrayList<>(millis);
        sorted.sort(null);
        report.row(name, ms(sorted.get(sorted.size() / 2)), ms(sorted.get(sorted.size() * 95 / 100)),
                ms(sorted.get(sorted.size() - 1)));
    }

    private static String ms(double millis) {
        return String.format(Locale.ROOT, "%.3f ms", millis);
    }
}
