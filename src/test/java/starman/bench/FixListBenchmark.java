package starman.bench;

import java.time.DayOfWeek;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import starman.atlas.Atlas;
import starman.fixlist.Candidate;
import starman.fixlist.Effect;
import starman.fixlist.FixList;
import starman.fixlist.StoredRows;
import starman.javatime.JavaTime;
import starman.listenbrainz.ArtistReleaseGroup;
import starman.metrics.ListenIndex;
import starman.metrics.MetadataCache;
import starman.model.Listen;
import starman.model.TrackMetadata;
import starman.normalize.ArtistFilter;
import starman.normalize.Normalizer;
import starman.simulator.Catalogue;

/**
 * The fix-list on the JVM over N listens of the history {@code -Dstarman.history} (see {@link BenchHistory}, realistic
 * by default): the walk of every stored row that groups the artist's unmapped and misattributed listens (the rows as a
 * store's columns: time, msid hash, track number; each distinct track judged once a walk), then the candidates of every
 * group and the effect of mapping the biggest group with a candidate (the atlas counted once before). The first run and
 * the median, min and max of {@value #RUNS} more. Command (BENCHMARKS.md): {@code mvn -B -q package -DskipTests && mvn
 * -B -q exec:java -Dexec.classpathScope=test -Dexec.mainClass=starman.bench.FixListBenchmark -Dexec.args=1000000};
 * writes its rows into BENCHMARKS.md ({@link BenchReport}).
 */
public final class FixListBenchmark {
    private static final int RUNS = 11;

    public static void main(String[] args) {
        int listens = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        BenchHistory history = BenchHistory.chosen(BenchHistory.REALISTIC);
        MetadataCache metadata = new MetadataCache();
        List<ArtistReleaseGroup> groups = AtlasBenchmark.discography(metadata);
        Normalizer normalizer = new Normalizer(metadata);
        ListenIndex index = new ListenIndex(normalizer, ArtistFilter.DAVID_BOWIE,
                JavaTime.periods(ZoneId.of("Europe/London"), DayOfWeek.MONDAY), metadata);
        long[] at = new long[listens];
        long[] hashes = new long[listens];
        int[] trackOf = new int[listens];
        Map<TrackMetadata, Integer> numbers = new HashMap<>();
        List<TrackMetadata> tracks = new ArrayList<>();
        List<Listen> batch = new ArrayList<>();
        int[] n = {0};
        history.forEach(listens, listen -> {
            at[n[0]] = listen.listenedAt();
            hashes[n[0]] = ListenIndex.hash(listen.recordingMsid());
            trackOf[n[0]++] = numbers.computeIfAbsent(listen.track(), t -> {
                tracks.add(t);
                return tracks.size() - 1;
            });
            batch.add(listen);
            if (batch.size() == 100_000) {
                index.addAll(batch);
                batch.clear();
            }
        });
        index.addAll(batch);
        StoredRows rows = new StoredRows() {
            @Override
            public void forEachRow(Visitor visitor) {
                for (int i = 0; i < n[0]; i++) {
                    visitor.row(at[i], hashes[i], trackOf[i]);
                }
            }

            @Override
            public TrackMetadata track(int number) {
                return tracks.get(number);
            }
        };

        List<Double> walk = new ArrayList<>();
        List<Double> candidates = new ArrayList<>();
        List<Double> effect = new ArrayList<>();
        FixList fixList = null;
        Atlas atlas = Atlas.of(Catalogue.BOWIE_MBID, groups, metadata, metadata, index);
        int candidateCount = 0;
        for (int i = 0; i <= RUNS; i++) {
            long t0 = System.nanoTime();
            fixList = FixList.of(ArtistFilter.DAVID_BOWIE, normalizer, rows);
            long t1 = System.nanoTime();
            FixList.Group mapped = null;
            Candidate chosen = null;
            candidateCount = 0;
            Candidate.Finder finder = Candidate.finder(groups, metadata);
            for (FixList.Group g : fixList.groups()) {
                List<Candidate> found = finder.of(g);
                candidateCount += found.size();
                if (chosen == null && !found.isEmpty()) {
                    mapped = g;
                    chosen = found.get(0);
                }
            }
            long t2 = System.nanoTime();
            Effect.of(mapped, chosen, index, atlas);
            long t3 = System.nanoTime();
            walk.add((t1 - t0) / 1e6);
            candidates.add((t2 - t1) / 1e6);
            effect.add((t3 - t2) / 1e6);
        }
        int unmapped = 0;
        for (FixList.Group g : fixList.groups()) {
            unmapped += g.listens();
        }
        System.out.println(index.size() + " of " + listens + " listens are Bowie's; " + tracks.size() + " tracks; "
                + fixList.groups().size() + " groups of " + unmapped + " listens to fix, " + candidateCount
                + " candidates");

        BenchReport report = new BenchReport("bench-fixlist", "mvn -B -q package -DskipTests", FixListBenchmark.class,
                args, "history: what", "first", "median", "min", "max");
        String of = history.label() + " " + BenchReport.size(listens) + " (" + BenchReport.size(index.size())
                + " Bowie, " + BenchReport.size(unmapped) + " to fix in " + fixList.groups().size() + " groups): ";
        AtlasBenchmark.row(report, of + "every stored row walked and grouped", walk);
        AtlasBenchmark.row(report, of + "the candidates of every group (" + groups.size() + " release groups)", candidates);
        AtlasBenchmark.row(report, of + "the effect of mapping the biggest group with a candidate", effect);
        report.write();
    }
}
