package starman.bench;

import java.time.DayOfWeek;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import starman.atlas.Atlas;
import starman.atlas.Discographies;
import starman.javatime.JavaTime;
import starman.listenbrainz.ArtistReleaseGroup;
import starman.metrics.DrillDown;
import starman.metrics.ListenIndex;
import starman.metrics.MetadataCache;
import starman.metrics.TrackLists;
import starman.model.Listen;
import starman.normalize.ArtistFilter;
import starman.normalize.Normalizer;
import starman.random.SplitMix64;
import starman.simulator.Catalogue;

/**
 * Time to open Bowie's discography atlas from the cache on the JVM, with N listens of the history
 * {@code -Dstarman.history} (see {@link BenchHistory}, realistic by default) in the index: the cached discography read
 * back from its JSON ({@link Discographies#fromJson}) and the atlas counted over the index ({@link Atlas#of}), with
 * the simulator's Bowie discography padded to {@value #RELEASE_GROUPS} release groups (singles, EPs, live and
 * compilation releases: real discographies have hundreds, most of them reusing album recordings), every track list
 * known. Also one track's drill-down (its listens counted). The first opening (before the JIT has compiled the pass)
 * and the median, min and max of {@value #RUNS} more. Command (BENCHMARKS.md): {@code mvn -B -q package -DskipTests
 * && mvn -B -q exec:java -Dexec.classpathScope=test -Dexec.mainClass=starman.bench.AtlasBenchmark
 * -Dexec.args=1000000}; writes its rows into BENCHMARKS.md ({@link BenchReport}).
 */
public final class AtlasBenchmark {
    private static final int RUNS = 21;
    static final int RELEASE_GROUPS = 400;
    private static final String[][] KINDS = {{"Single"}, {"Single"}, {"Album", "Compilation"}, {"Album", "Live"},
        {"EP"}, {"Other"}};

    public static void main(String[] args) {
        int listens = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        BenchHistory history = BenchHistory.chosen(BenchHistory.REALISTIC);
        MetadataCache metadata = new MetadataCache();
        List<ArtistReleaseGroup> groups = discography(metadata);
        Discographies cache = new Discographies();
        cache.put(Catalogue.BOWIE_MBID, groups, 0);
        String cached = cache.toJson();

        ListenIndex index = bowieIndex(history, listens, metadata);
        System.out.println(index.size() + " of " + listens + " listens are Bowie's; " + groups.size()
                + " release groups, cache " + cached.length() / 1024 + " KB");

        List<Double> open = new ArrayList<>();
        List<Double> drill = new ArrayList<>();
        Atlas atlas = null;
        for (int i = 0; i <= RUNS; i++) {
            long t0 = System.nanoTime();
            Discographies read = Discographies.fromJson(cached);
            atlas = Atlas.of(Catalogue.BOWIE_MBID, read.get(Catalogue.BOWIE_MBID).groups(), metadata, metadata, index);
            long t1 = System.nanoTime();
            Atlas.Album album = atlas.sections().get(0).albums().get(i % atlas.sections().get(0).albums().size());
            DrillDown.ofRows(index, index, (at, hashes, n) -> new Listen[n],
                    Atlas.plays(album, album.tracks().get(0))).totals();
            long t2 = System.nanoTime();
            open.add((t1 - t0) / 1e6);
            drill.add((t2 - t1) / 1e6);
        }
        System.out.println(atlas.overall() + "; " + atlas.deepCuts().size() + " deep cuts");

        BenchReport report = new BenchReport("bench-atlas", "mvn -B -q package -DskipTests", AtlasBenchmark.class,
                args, "history: what", "first", "median", "min", "max");
        String of = history.label() + " " + BenchReport.size(listens) + " (" + BenchReport.size(index.size())
                + " Bowie), " + groups.size() + " release groups: ";
        row(report, of + "atlas opened from the cache", open);
        row(report, of + "a track's listens counted (drill-down)", drill);
        report.write();
    }

    /** Bowie's index of the first {@code listens} of a history, added 100,000 at a time. */
    static ListenIndex bowieIndex(BenchHistory history, int listens, MetadataCache metadata) {
        ListenIndex index = new ListenIndex(new Normalizer(metadata), ArtistFilter.DAVID_BOWIE,
                JavaTime.periods(ZoneId.of("Europe/London"), DayOfWeek.MONDAY), metadata);
        List<Listen> batch = new ArrayList<>();
        history.forEach(listens, listen -> {
            batch.add(listen);
            if (batch.size() == 100_000) {
                index.addAll(batch);
                batch.clear();
            }
        });
        index.addAll(batch);
        return index;
    }

    /** A row of the first run and the median, min and max of the others. */
    static void row(BenchReport report, String name, List<Double> millis) {
        double[] m = BenchReport.medianMinMax(millis.subList(1, millis.size()));
        report.row(name, BenchReport.ms(millis.get(0)), BenchReport.ms(m[0]), BenchReport.ms(m[1]),
                BenchReport.ms(m[2]));
    }

    /**
     * The simulator's Bowie discography, then made-up release groups up to {@value #RELEASE_GROUPS}: each 1 to 15
     * tracks, half of them recordings of the albums; their track lists and lengths put into {@code metadata} as the
     * metadata lane would.
     */
    static List<ArtistReleaseGroup> discography(MetadataCache metadata) {
        List<ArtistReleaseGroup> groups = new ArrayList<>();
        List<Catalogue.Recording> recordings = new ArrayList<>();
        for (Catalogue.Entry e : Catalogue.standard().discography(Catalogue.BOWIE_MBID)) {
            Catalogue.Album album = e.album();
            groups.add(new ArtistReleaseGroup(album.releaseGroupMbid(), album.name(), album.artistCredit(), e.date(),
                    e.type(), e.secondaryTypes()));
            album.releases().forEach(r -> metadata.putReleaseGroup(r.mbid(), album.releaseGroupMbid()));
            album.tracks().forEach(r -> metadata.putLength(r.mbid(), r.lengthMs()));
            metadata.putTracks(album.releaseGroupMbid(),
                    album.tracks().stream().map(r -> new TrackLists.Track(r.mbid(), r.name())).toList());
            recordings.addAll(album.tracks());
        }
        SplitMix64 rng = new SplitMix64(1947);
        for (int g = groups.size(); g < RELEASE_GROUPS; g++) {
            String mbid = new java.util.UUID(0x5441c29d_0000_4000L | g, 0x8000_0000_0000_0000L | g).toString();
            String[] kind = KINDS[g % KINDS.length];
            List<TrackLists.Track> tracks = new ArrayList<>();
            int n = 1 + rng.nextInt(15);
            for (int k = 0; k < n; k++) {
                if (rng.nextInt(2) == 0) {
                    Catalogue.Recording r = recordings.get(rng.nextInt(recordings.size()));
                    tracks.add(new TrackLists.Track(r.mbid(), r.name()));
                } else {
                    String recording = new java.util.UUID(0x7e57_0000_4000L | g, 0x8000_0000_0000_0000L | k).toString();
                    tracks.add(new TrackLists.Track(recording, "Unreleased take " + g + "." + k));
                    metadata.putLength(recording, 120_000 + rng.nextInt(300_000));
                }
            }
            metadata.putTracks(mbid, tracks);
            groups.add(new ArtistReleaseGroup(mbid, "Release " + g, "David Bowie",
                    (1966 + g % 58) + "-0" + (1 + g % 9) + "-1" + g % 10, kind[0],
                    kind.length > 1 ? List.of(kind[1]) : List.of()));
        }
        return groups;
    }
}
