package starman.bench;

import java.util.ArrayList;
import java.util.List;
import starman.metrics.ListenIndex;
import starman.metrics.MetadataCache;
import starman.metrics.RecordingWorks;
import starman.metrics.Submission;
import starman.normalize.CanonicalKeys;
import starman.normalize.TextKeys;
import starman.versions.Versions;

/**
 * Time to work out the versions of Bowie's songs on the JVM with N listens of the history {@code -Dstarman.history}
 * (see {@link BenchHistory}, realistic by default) in the index: every song of the artist ({@link Versions#of}) and one
 * song, the most played ({@link Versions#song}), with work data for every recording MBID (a work per title without
 * its version qualifier, so live takes join the studio one, as MusicBrainz's works do). The first run (before the JIT
 * has compiled it) and the median, min and max of {@value #RUNS} more. Command (BENCHMARKS.md): {@code mvn -B -q
 * package -DskipTests && mvn -B -q exec:java -Dexec.classpathScope=test -Dexec.mainClass=starman.bench.VersionsBenchmark
 * -Dexec.args=1000000}; writes its rows into BENCHMARKS.md ({@link BenchReport}).
 */
public final class VersionsBenchmark {
    private static final int RUNS = 21;

    public static void main(String[] args) {
        int listens = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        BenchHistory history = BenchHistory.chosen(BenchHistory.REALISTIC);
        MetadataCache metadata = new MetadataCache();
        ListenIndex index = AtlasBenchmark.bowieIndex(history, listens, metadata);
        for (int s = 0; s < index.submissionCount(); s++) {
            Submission sub = index.submission(s);
            String mbid = CanonicalKeys.mbidOf(sub.recordingKey());
            if (mbid != null) {
                String work = TextKeys.title(sub.trackName()).replaceAll(" \\[.*\\]$", "");
                metadata.putWorks(mbid, List.of(new RecordingWorks.Work("w:" + work, work)));
            }
        }

        List<Double> all = new ArrayList<>();
        List<Double> one = new ArrayList<>();
        Versions versions = null;
        Versions.Song song = null;
        for (int i = 0; i <= RUNS; i++) {
            long t0 = System.nanoTime();
            versions = Versions.of(index, metadata);
            long t1 = System.nanoTime();
            Versions.Song top = versions.songs().get(0);
            song = Versions.song(index, metadata, top.groups().get(0).recordings().get(0).key(), null);
            long t2 = System.nanoTime();
            all.add((t1 - t0) / 1e6);
            one.add((t2 - t1) / 1e6);
        }
        int count = 0;
        for (Versions.Song s : versions.songs()) {
            count += s.versionCount();
        }
        System.out.println(index.size() + " Bowie listens, " + index.submissionCount() + " submissions: "
                + versions.songs().size() + " songs, " + count + " versions; the top song " + song.name() + " has "
                + song.versionCount());

        BenchReport report = new BenchReport("bench-versions", "mvn -B -q package -DskipTests",
                VersionsBenchmark.class, args, "history: what", "first", "median", "min", "max");
        String of = history.label() + " " + BenchReport.size(listens) + " (" + BenchReport.size(index.size())
                + " Bowie, " + versions.songs().size() + " songs, " + count + " versions): ";
        row(report, of + "every song's versions", all);
        row(report, of + "one song's versions (" + song.versionCount() + ")", one);
        report.write();
    }

    private static void row(BenchReport report, String name, List<Double> millis) {
        double[] m = BenchReport.medianMinMax(millis.subList(1, millis.size()));
        report.row(name, BenchReport.ms(millis.get(0)), BenchReport.ms(m[0]), BenchReport.ms(m[1]),
                BenchReport.ms(m[2]));
    }
}
