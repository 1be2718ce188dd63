package starman.simulator;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import starman.model.AdditionalInfo;
import starman.model.Listen;
import starman.model.MbidMapping;
import starman.model.TrackMetadata;
import starman.random.SplitMix64;
import starman.simulator.Catalogue.Album;
import starman.simulator.Catalogue.Artist;
import starman.simulator.Catalogue.Recording;
import starman.simulator.Catalogue.Release;
import starman.simulator.HistoryGenerator.Player;

/**
 * A heavy listener's ten years of ListenBrainz history, of the shape issue 13 measured real ones to have, fully
 * determined by the seed: {@value #ARTISTS} artists whose popularity falls off as Zipf's law, each with
 * {@value #ALBUMS_PER_ARTIST} albums of 8-14 tracks (names generated; MBIDs random-looking UUIDs made from the
 * seed), and {@value #BOWIE_PERCENT} % of the listens David Bowie (the simulator's catalogue of his albums, whose
 * metadata endpoints know them, plus anniversary and deluxe releases of its own, and upper-case unmapped names).
 * Listens come mostly in album sessions (tracks in order, some skipped, some sessions stopped early) and some
 * shuffle, from five players each sending its own {@code additional_info}; durations are in milliseconds, in
 * seconds or missing; most submissions are mapped (a few without a release group, as real mappings are), some
 * never, and the last hours not yet. The seed and the count fix the listens; the end only shifts them in time
 * (and decides which are too recent to be mapped).
 *
 * <p>As on ListenBrainz, a submission (artist, track, release and player) has one msid and one
 * {@code additional_info} ({@code recording_msid} included, as exports carry it). In {@link Mode#WORST_CASE}
 * every listen gets an msid of its own and a per-listen field in {@code additional_info} (a play position or a
 * client timestamp), so nothing repeats from one listen to the next; the listens are otherwise the same.
 *
 * <p>{@link #forEach} generates the listens oldest first, one at a time, holding none of them (only the
 * catalogue of the albums played so far); {@link #listens()} materialises them for the simulator, the listens of
 * one submission sharing one {@link TrackMetadata}.
 */
public final class RealisticHistory {
    public enum Mode { REALISTIC, WORST_CASE }

    public static final long DEFAULT_SEED = 1947;
    /** Whose listens they are: the simulator's demo user. */
    static final String USER = ListenBrainzSimulator.DEMO_USER;
    static final int ARTISTS = 5_000;
    static final int ALBUMS_PER_ARTIST = 8;
    static final int BOWIE_PERCENT = 15;
    /** Ten years, from the first listen to the last. */
    static final long SPAN_SECONDS = 3_652L * 86_400;
    /** The newest listen is this long before the end. */
    static final long LAST_LISTEN_BEFORE_END = 120;
    /** Listens this recent are not mapped yet: the mapper lags behind. */
    static final long MAPPER_LAG_SECONDS = 3 * 3600;

    // Calibrated so that 1M listens hold ~275,000 distinct submissions and the players' weights with NEVER_MAPPED
    // so that export lines average ~960 bytes (HistoryStatistics prints both).
    private static final double ZIPF_EXPONENT = 1.22;
    /** Flattens the head of the artists' popularity (Zipf-Mandelbrot), so no artist but Bowie has a tenth. */
    private static final double ZIPF_OFFSET = 4;
    private static final double ALBUM_EXPONENT = 0.7;
    private static final double SHUFFLE_SESSIONS = 0.12;
    private static final double CANONICAL_RELEASE = 0.75;
    private static final double FROM_THE_FIRST_TRACK = 0.8;
    private static final double SKIP = 0.1;
    private static final double STOP_EARLY = 0.06;
    private static final double BACK_TO_BACK = 0.3;
    private static final double LATE_INSERT = 0.003;
    /** Chances of a Bowie album session while his share is below, and at or above, {@value #BOWIE_PERCENT} %. */
    private static final double BOWIE_BEHIND = 0.3;
    private static final double BOWIE_AHEAD = 0.05;
    /** Per mille of submissions of each kind, drawn from each submission's own hash. */
    private static final int NEVER_MAPPED = 150;
    private static final int NO_RELEASE_GROUP = 100;
    private static final int NO_COVER = 80;
    /** Half of the Last.fm scrobbles came from a player that wrote tags in capitals; those never map. */
    private static final int UPPER_CASE_OF_LASTFM = 500;
    /** Weights of the players, by ordinal, in per mille. */
    private static final int[] PLAYER_WEIGHTS = {220, 100, 280, 170, 230};
    /** A session gap is 60 s plus an exponential share of what the span leaves; never below this mean. */
    private static final double MIN_MEAN_GAP = 30;
    private static final int BOWIE_BASE = ARTISTS * ALBUMS_PER_ARTIST;
    private static final int MAX_TRACKS = 16;
    private static final int MAX_RELEASES = 8;

    /** Anniversary and deluxe releases of Bowie's albums, beside the catalogue's: album, release, track suffix. */
    private static final String[][] BOWIE_EXTRA_RELEASES = {
        {"The Rise and Fall of Ziggy Stardust and the Spiders from Mars",
            "Ziggy Stardust (40th Anniversary Edition)", " - 2012 Remaster"},
        {"\"Heroes\"", "Heroes (2017 Remaster)", " - 2017 Remaster"},
        {"Low", "Low (Deluxe Edition)", " (2017 Remaster)"},
        {"Hunky Dory", "Hunky Dory (50th Anniversary Edition)", ""},
        {"Let's Dance", "Let's Dance (Deluxe)", " - 2018 Remaster"},
    };

    private final long seed;
    private final int count;
    private final long endEpochSeconds;
    private final Mode mode;

    private RealisticHistory(long seed, int count, long endEpochSeconds, Mode mode) {
        this.seed = seed;
        this.count = count;
        this.endEpochSeconds = endEpochSeconds;
        this.mode = mode;
    }

    /** {@code count} realistic listens of user "demo" from the default seed, the newest two minutes before the end. */
    public static RealisticHistory of(int count, long endEpochSeconds) {
        return new RealisticHistory(DEFAULT_SEED, count, endEpochSeconds, Mode.REALISTIC);
    }

    public RealisticHistory seed(long newSeed) {
        return new RealisticHistory(newSeed, count, endEpochSeconds, mode);
    }

    public RealisticHistory mode(Mode newMode) {
        return new RealisticHistory(seed, count, endEpochSeconds, newMode);
    }

    /** Every listen, oldest first (strictly increasing {@code listened_at}), none kept. */
    public void forEach(Consumer<Listen> action) {
        new Emitter(new Catalog(), null, action).run();
    }

    /** Every listen, oldest first; the listens of one submission share one {@link TrackMetadata}. */
    public List<Listen> listens() {
        List<Listen> listens = new ArrayList<>(count);
        new Emitter(new Catalog(), new HashMap<>(), listens::add).run();
        return Collections.unmodifiableList(listens);
    }

    /**
     * Follows a walk through the history, listen by listen, keeping where it is: in seconds, plus units of the mean
     * gap between sessions (known only after a first walk).
     */
    private abstract static class Steps {
        double seconds;
        double units;

        /** A listen of a submission at the walk's position, played for {@code playedSeconds}. */
        abstract void listen(long submission, int playedSeconds);

        final void play(long submission, int playedSeconds) {
            listen(submission, playedSeconds);
            seconds += playedSeconds;
        }

        final void pause(int pauseSeconds, double gapUnits) {
            seconds += pauseSeconds;
            units += gapUnits;
        }
    }

    /**
     * The sessions, drawn from the seed: which album, release, player and tracks, how long each was played and the
     * pauses. Draws nothing that depends on time, so a first walk can measure the history and a second place it.
     */
    private void walk(Catalog catalog, Steps steps) {
        SplitMix64 rng = new SplitMix64(seed);
        int n = 0;
        int bowie = 0;
        while (n < count) {
            int player = pick(rng, PLAYER_WEIGHTS, 1000);
            if (rng.chance(SHUFFLE_SESSIONS)) {
                for (int i = rng.between(5, 30); i > 0 && n < count; i--, n++) {
                    int album = catalog.otherAlbum(rng);
                    int track = rng.nextInt(catalog.tracks(album));
                    steps.play(key(album, track, 0, player), played(rng, catalog.seconds(album, track)));
                }
            } else {
                boolean byBowie = rng.chance(bowie * 100L < (long) BOWIE_PERCENT * n ? BOWIE_BEHIND : BOWIE_AHEAD);
                int album = byBowie ? catalog.bowieAlbum(rng) : catalog.otherAlbum(rng);
                int releases = catalog.releases(album);
                int release = rng.chance(CANONICAL_RELEASE) ? 0 : rng.nextInt(releases);
                int tracks = catalog.tracks(album);
                for (int t = rng.chance(FROM_THE_FIRST_TRACK) ? 0 : rng.nextInt(tracks); t < tracks && n < count; t++) {
                    steps.play(key(album, t, release, player), played(rng, catalog.seconds(album, t)));
                    n++;
                    bowie += byBowie ? 1 : 0;
                    if (rng.chance(STOP_EARLY)) {
                        break;
                    }
                }
            }
            if (rng.chance(BACK_TO_BACK)) {
                steps.pause(rng.between(0, 5), 0);
            } else {
                steps.pause(60, rng.exponential(1));
            }
        }
    }

    private static int played(SplitMix64 rng, int seconds) {
        return rng.chance(SKIP) ? rng.between(5, 40) : seconds;
    }

    private static long key(int album, int track, int release, int player) {
        return (((long) album * MAX_TRACKS + track) * MAX_RELEASES + release) * Player.values().length + player;
    }

    private static int pick(SplitMix64 rng, int[] weights, int total) {
        int r = rng.nextInt(total);
        for (int i = 0; i < weights.length; i++) {
            r -= weights[i];
            if (r < 0) {
                return i;
            }
        }
        throw new AssertionError("weights must add up to " + total);
    }

    /** Places the walk's listens so the span is ten years ending at the end, and turns them into listens. */
    private final class Emitter extends Steps {
        private final Catalog catalog;
        /** Realistic listens' msid and metadata by submission, or null to keep none. */
        private final Map<Long, Shared> shared;
        private final Consumer<Listen> action;
        private double meanGap;
        private long first;
        private int index;

        Emitter(Catalog catalog, Map<Long, Shared> shared, Consumer<Listen> action) {
            this.catalog = catalog;
            this.shared = shared;
            this.action = action;
        }

        void run() {
            Span span = new Span();
            walk(catalog, span);
            meanGap = span.unitsAtLast <= 0 ? 0
                    : Math.max(MIN_MEAN_GAP, (SPAN_SECONDS - span.secondsAtLast) / span.unitsAtLast);
            first = endEpochSeconds - LAST_LISTEN_BEFORE_END - (long) (span.secondsAtLast + span.unitsAtLast * meanGap);
            walk(catalog, this);
        }

        @Override
        void listen(long submission, int playedSeconds) {
            long listenedAt = first + (long) (seconds + units * meanGap);
            SplitMix64 lag = new SplitMix64(seed ^ SplitMix64.mix(index));
            long insertedAt = Math.min(endEpochSeconds, listenedAt + (lag.chance(LATE_INSERT)
                    ? lag.between(2 * 3600, 5 * 86400) : playedSeconds + lag.between(1, 20)));
            boolean mapped = listenedAt <= endEpochSeconds - MAPPER_LAG_SECONDS;
            if (mode == Mode.WORST_CASE) {
                Submission s = catalog.submission(submission);
                AdditionalInfo info = s.perListen(listenedAt, playedSeconds);
                String msid = uuid(seed, 'L', index);
                action.accept(new Listen(listenedAt, insertedAt, msid, USER, s.track(info, mapped, msid)));
            } else if (shared == null) {
                Submission s = catalog.submission(submission);
                action.accept(new Listen(listenedAt, insertedAt, s.msid, USER, s.track(s.info, mapped, s.msid)));
            } else {
                Shared s = shared.computeIfAbsent(submission, k -> new Shared(catalog.submission(k)));
                action.accept(new Listen(listenedAt, insertedAt, s.submission.msid, USER, s.track(mapped)));
            }
            index++;
        }
    }

    /** One submission's metadata as listens share it: mapped, and not mapped yet (made when first needed). */
    private static final class Shared {
        private final Submission submission;
        private final TrackMetadata[] tracks = new TrackMetadata[2];

        Shared(Submission submission) {
            this.submission = submission;
        }

        TrackMetadata track(boolean mapped) {
            int slot = mapped ? 0 : 1;
            if (tracks[slot] == null) {
                tracks[slot] = submission.track(submission.info, mapped, submission.msid);
            }
            return tracks[slot];
        }
    }

    /** The first walk: how long the history is up to its last listen, in seconds and gap units. */
    private static final class Span extends Steps {
        private double secondsAtLast;
        private double unitsAtLast;

        @Override
        void listen(long submission, int playedSeconds) {
            secondsAtLast = seconds;
            unitsAtLast = units;
        }
    }

    /** What a player sent for one submission, and what ListenBrainz mapped it to (null: never mapped). */
    private record Submission(String msid, String artist, String track, String release, AdditionalInfo info,
                              MbidMapping mapping, Player player) {

        TrackMetadata track(AdditionalInfo withInfo, boolean mappedYet, String recordingMsid) {
            return new TrackMetadata(artist, track, release, withMsid(withInfo, recordingMsid),
                    mappedYet ? mapping : null);
        }

        /** The worst case's additional_info: the player's, plus a field that differs on every listen. */
        AdditionalInfo perListen(long listenedAt, int playedSeconds) {
            Map<String, Object> other = new LinkedHashMap<>(info.other());
            if (player == Player.SPOTIFY) {
                other.put("ms_played", playedSeconds * 1000L + Math.floorMod(listenedAt, 1000));
            } else {
                other.put("client_timestamp", Instant.ofEpochSecond(listenedAt).toString());
            }
            return copy(info, other);
        }

        private static AdditionalInfo withMsid(AdditionalInfo info, String msid) {
            Map<String, Object> other = new LinkedHashMap<>(info.other());
            other.put("recording_msid", msid);
            return copy(info, other);
        }

        private static AdditionalInfo copy(AdditionalInfo i, Map<String, Object> other) {
            return new AdditionalInfo(i.durationMs(), i.durationSeconds(), i.recordingMbid(), i.releaseMbid(),
                    i.releaseGroupMbid(), i.artistMbids(), i.trackNumber(), i.submissionClient(),
                    Collections.unmodifiableMap(other));
        }
    }

    /**
     * The catalogue: generated artists and albums (made when first played, from the seed alone) and Bowie's
     * albums. Album ids: {@code artist * 8 + album} for generated ones, then Bowie's from {@link #BOWIE_BASE}.
     */
    private final class Catalog {
        private final double[] artistCdf = cdf(ARTISTS, ZIPF_OFFSET, ZIPF_EXPONENT);
        private final double[] albumCdf = cdf(ALBUMS_PER_ARTIST, 0, ALBUM_EXPONENT);
        private final List<Album> bowie = bowieAlbums();
        private final double[] bowieCdf = bowieWeights(bowie);
        private final Artist[] artists = new Artist[ARTISTS];
        private final Album[] albums = new Album[ARTISTS * ALBUMS_PER_ARTIST];

        int otherAlbum(SplitMix64 rng) {
            return draw(rng, artistCdf) * ALBUMS_PER_ARTIST + draw(rng, albumCdf);
        }

        int bowieAlbum(SplitMix64 rng) {
            return BOWIE_BASE + draw(rng, bowieCdf);
        }

        int tracks(int album) {
            return album >= BOWIE_BASE ? bowie.get(album - BOWIE_BASE).tracks().size() : 8 + (int) (hash('T', album) % 7);
        }

        int releases(int album) {
            return album >= BOWIE_BASE ? bowie.get(album - BOWIE_BASE).releases().size() : hash('V', album) % 4 == 0 ? 2 : 1;
        }

        int seconds(int album, int track) {
            return album >= BOWIE_BASE ? (int) (bowie.get(album - BOWIE_BASE).tracks().get(track).lengthMs() / 1000)
                    : 120 + (int) (hash('S', album * MAX_TRACKS + track) % 300);
        }

        Submission submission(long key) {
            int player = (int) (key % Player.values().length);
            int release = (int) (key / Player.values().length % MAX_RELEASES);
            int track = (int) (key / Player.values().length / MAX_RELEASES % MAX_TRACKS);
            int albumId = (int) (key / Player.values().length / MAX_RELEASES / MAX_TRACKS);
            Album album = album(albumId);
            Recording recording = album.tracks().get(track);
            Release rel = album.releases().get(release);
            Player p = Player.values()[player];
            long h = SplitMix64.mix(seed ^ SplitMix64.mix(key));
            boolean upper = p == Player.LASTFM_IMPORT && perMille(h, 1) < UPPER_CASE_OF_LASTFM;
            String artist = album.artistCredit();
            String trackName = recording.name() + rel.trackSuffix();
            String releaseName = rel.name();
            if (upper) {
                artist = artist.toUpperCase(Locale.ROOT);
                trackName = trackName.toUpperCase(Locale.ROOT);
                releaseName = releaseName.toUpperCase(Locale.ROOT);
            }
            MbidMapping mapping = null;
            if (!upper && perMille(h, 2) >= NEVER_MAPPED) {
                List<MbidMapping.MappedArtist> credit = new ArrayList<>();
                for (int i = 0; i < album.artists().size(); i++) {
                    Artist a = album.artists().get(i);
                    credit.add(new MbidMapping.MappedArtist(a.mbid(), a.name(), album.joinPhrase(i)));
                }
                mapping = new MbidMapping(recording.mbid(), recording.name(), rel.mbid(),
                        perMille(h, 3) < NO_RELEASE_GROUP ? null : album.releaseGroupMbid(),
                        album.artists().stream().map(Artist::mbid).toList(), credit,
                        perMille(h, 4) < NO_COVER ? null : rel.caaId(), perMille(h, 4) < NO_COVER ? null : rel.mbid());
            }
            return new Submission(uuid(seed, 'M', key), artist, trackName, releaseName, p.info(album, recording, rel), mapping, p);
        }

        private Album album(int id) {
            if (id >= BOWIE_BASE) {
                return bowie.get(id - BOWIE_BASE);
            }
            if (albums[id] == null) {
                albums[id] = generate(id);
            }
            return albums[id];
        }

        private Album generate(int id) {
            int artistIndex = id / ALBUMS_PER_ARTIST;
            List<Artist> credit = new ArrayList<>(List.of(artist(artistIndex)));
            if (hash('C', id) % 25 == 0) {
                // a collaboration with another artist of the catalogue
                credit.add(artist((int) ((artistIndex + 1 + hash('P', id) % (ARTISTS - 1)) % ARTISTS)));
            }
            SplitMix64 rng = new SplitMix64(seed ^ SplitMix64.mix('A' * 1_000_003L + id));
            String name = Names.album(rng);
            int year = 1960 + rng.nextInt(66);
            String releaseGroup = uuid(seed, 'G', id);
            List<Recording> tracks = new ArrayList<>();
            for (int t = 0; t < tracks(id); t++) {
                tracks.add(new Recording(uuid(seed, 'R', id * (long) MAX_TRACKS + t), Names.track(rng), t + 1,
                        seconds(id, t) * 1000L));
            }
            List<Release> releases = new ArrayList<>();
            releases.add(release(id, 0, name, ""));
            if (releases(id) > 1) {
                String[] variant = Names.VARIANTS[rng.nextInt(Names.VARIANTS.length)];
                releases.add(release(id, 1, name + " " + variant[0], variant[1]));
            }
            return new Album(releaseGroup, name, year, credit, tracks, releases);
        }

        private Release release(int album, int index, String name, String trackSuffix) {
            long id = album * (long) MAX_RELEASES + index;
            return new Release(uuid(seed, 'E', id), name, trackSuffix, 1_000_000_000L + hash('I', id) % 40_000_000_000L);
        }

        private Artist artist(int index) {
            if (artists[index] == null) {
                artists[index] = new Artist(uuid(seed, 'a', index),
                        Names.artist(new SplitMix64(seed ^ SplitMix64.mix('N' * 1_000_003L + index))));
            }
            return artists[index];
        }

        /** The catalogue's albums credited to Bowie, each with its extra releases. */
        private List<Album> bowieAlbums() {
            List<Album> result = new ArrayList<>();
            for (Album album : Catalogue.standard().albums()) {
                if (!album.isBy(Catalogue.BOWIE_MBID)) {
                    continue;
                }
                List<Release> releases = new ArrayList<>(album.releases());
                for (String[] extra : BOWIE_EXTRA_RELEASES) {
                    if (extra[0].equals(album.name())) {
                        long id = BOWIE_BASE * (long) MAX_RELEASES + result.size() * (long) MAX_RELEASES + releases.size();
                        releases.add(new Release(uuid(seed, 'E', id), extra[1], extra[2],
                                1_000_000_000L + hash('I', id) % 40_000_000_000L));
                    }
                }
                result.add(new Album(album.releaseGroupMbid(), album.name(), album.year(), album.artists(),
                        album.tracks(), List.copyOf(releases)));
            }
            return List.copyOf(result);
        }

        private long hash(char what, long id) {
            return SplitMix64.mix(seed ^ SplitMix64.mix(what * 1_000_003L + id)) >>> 1;
        }
    }

    /** Bowie's albums all played alike, the duet single less. */
    private static double[] bowieWeights(List<Album> albums) {
        double[] cdf = new double[albums.size()];
        double total = 0;
        for (int i = 0; i < cdf.length; i++) {
            total += albums.get(i).tracks().size() == 1 ? 0.2 : 1;
            cdf[i] = total;
        }
        return cdf;
    }

    /** Cumulative weights of ranks 1..n under the Zipf-Mandelbrot law: weight 1 / (rank + offset)^exponent. */
    private static double[] cdf(int n, double offset, double exponent) {
        double[] cdf = new double[n];
        double total = 0;
        for (int i = 0; i < n; i++) {
            total += 1 / Math.pow(i + 1 + offset, exponent);
            cdf[i] = total;
        }
        return cdf;
    }

    private static int draw(SplitMix64 rng, double[] cdf) {
        int i = Arrays.binarySearch(cdf, rng.nextDouble() * cdf[cdf.length - 1]);
        return i >= 0 ? i : -i - 1;
    }

    private static int perMille(long hash, int salt) {
        return (int) Math.floorMod(SplitMix64.mix(hash + salt), 1000L);
    }

    /** A version 4 (random) UUID in MusicBrainz's lower-case form, made from the seed, a kind and an id. */
    static String uuid(long seed, char kind, long id) {
        long h = SplitMix64.mix(seed ^ SplitMix64.mix(kind * 0x9E3779B97F4A7C15L + id));
        long msb = (h & ~0xF000L) | 0x4000L;
        long lsb = (SplitMix64.mix(h) & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
        return new UUID(msb, lsb).toString();
    }
}
