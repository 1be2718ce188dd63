package starman.simulator;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import starman.model.AdditionalInfo;
import starman.model.Listen;
import starman.model.MbidMapping;
import starman.model.TrackMetadata;
import starman.random.SplitMix64;
import starman.simulator.Catalogue.Album;
import starman.simulator.Catalogue.Artist;
import starman.simulator.Catalogue.Recording;
import starman.simulator.Catalogue.Release;

/**
 * Generates a user's listening history, fully determined by the seed: album sessions (tracks in order,
 * some skipped after a few seconds, some sessions stopped early, some followed straight by another album),
 * about half of them David Bowie, with the quirks real histories have: remaster and deluxe title variants,
 * unmapped listens, missing or second-based durations, MBIDs only in {@code additional_info}, same-second
 * ties and late inserts. Listens of one submission (same artist, track, release and player) share one
 * {@link TrackMetadata} and msid, so a million listens stay small in memory.
 */
public final class HistoryGenerator {
    public static final long DEFAULT_SEED = 1947;

    static final double BOWIE_SESSION_SHARE = 0.5;
    static final double CANONICAL_RELEASE_SHARE = 0.6;
    static final double FROM_THE_FIRST_TRACK = 0.8;
    static final double SKIP = 0.12;
    static final double STOP_EARLY = 0.05;
    static final double BACK_TO_BACK = 0.3;
    static final double TIE = 0.002;
    static final double LATE_INSERT = 0.003;
    /** Share of msids ListenBrainz's mapper never matched. */
    static final int UNMAPPED_ONE_IN = 10;
    /** Listens this recent are not mapped yet: the mapper lags behind. */
    static final long MAPPER_LAG_SECONDS = 3600;
    /** Session gaps are chosen so that a history spans about this long (longer if it is very large). */
    private static final long TARGET_SPAN_SECONDS = 6L * 365 * 86400;
    private static final double LISTENS_PER_SESSION = 7;
    private static final double SESSION_SECONDS = 1800;

    /** A history: the listens sorted by (listened_at, msid), oldest first. */
    public record History(String user, List<Listen> listens, Catalogue catalogue) {
    }

    private final long seed;
    private final Catalogue catalogue;
    private final List<Album> bowie = new ArrayList<>();
    private final List<Album> others = new ArrayList<>();
    /** Each album's first slot in {@link #SUBMISSIONS}: a slot per recording, release and player. */
    private final Map<Album, Integer> firstSlot = new IdentityHashMap<>();
    private final int releasesPerRecording;
    /**
     * Submissions depend on the standard catalogue alone (each costs a name-based UUID), so all generators
     * share them: the fault suite makes a thousand small histories.
     */
    private static final Map<Integer, Submission> SUBMISSIONS = new ConcurrentHashMap<>();

    public HistoryGenerator(long seed) {
        this.seed = seed;
        this.catalogue = Catalogue.standard();
        releasesPerRecording = catalogue.albums().stream().mapToInt(a -> a.releases().size()).max().orElse(1);
        int slotsPerRecording = releasesPerRecording * Player.values().length;
        int slots = 0;
        for (Album album : catalogue.albums()) {
            (album.artists().get(0).mbid().equals(Catalogue.BOWIE_MBID) ? bowie : others).add(album);
            firstSlot.put(album, slots);
            slots += album.tracks().size() * slotsPerRecording;
        }
    }

    /** Convenience for one-off use. */
    public static History generate(long seed, String user, int count, long endEpochSeconds) {
        return new HistoryGenerator(seed).generate(user, count, endEpochSeconds);
    }

    /** {@code count} listens, the newest two minutes before {@code endEpochSeconds}. */
    public History generate(String user, int count, long endEpochSeconds) {
        SplitMix64 rng = new SplitMix64(seed);
        long[] at = new long[count];
        int[] lag = new int[count];
        Submission[] what = new Submission[count];
        double sessions = Math.max(1, count / LISTENS_PER_SESSION);
        double meanGap = Math.max(600, TARGET_SPAN_SECONDS / sessions - SESSION_SECONDS);
        long t = 0;
        int n = 0;
        while (n < count) {
            Album album = pick(rng, rng.chance(BOWIE_SESSION_SHARE) ? bowie : others);
            int release = rng.chance(CANONICAL_RELEASE_SHARE) ? 0 : rng.nextInt(album.releases().size());
            Player player = Player.pick(rng);
            List<Recording> tracks = album.tracks();
            int first = rng.chance(FROM_THE_FIRST_TRACK) ? 0 : rng.nextInt(tracks.size());
            for (int i = first; i < tracks.size() && n < count; i++) {
                long played = rng.chance(SKIP) ? rng.between(5, 40) : tracks.get(i).lengthMs() / 1000;
                at[n] = t;
                lag[n] = insertLag(rng, played);
                what[n++] = submission(album, i, release, player);
                if (n < count && rng.chance(TIE)) {
                    // A second player scrobbling something else in the same second.
                    Album other = pick(rng, others);
                    while (other == album) {
                        other = pick(rng, others);
                    }
                    at[n] = t;
                    lag[n] = insertLag(rng, played);
                    what[n++] = submission(other, rng.nextInt(other.tracks().size()), 0, Player.pick(rng));
                }
                t += played;
                if (rng.chance(STOP_EARLY)) {
                    break;
                }
            }
            t += rng.chance(BACK_TO_BACK) ? rng.between(0, 5) : 60 + (long) rng.exponential(meanGap);
        }
        long offset = endEpochSeconds - 120 - (count == 0 ? 0 : at[count - 1]);
        List<Listen> listens = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            long listenedAt = at[i] + offset;
            long insertedAt = Math.min(listenedAt + lag[i], endEpochSeconds);
            boolean mapped = listenedAt <= endEpochSeconds - MAPPER_LAG_SECONDS;
            listens.add(new Listen(listenedAt, insertedAt, what[i].msid, user,
                    mapped ? what[i].track : what[i].unmappedTrack));
        }
        listens.sort(Comparator.comparing(Listen::key));
        return new History(user, Collections.unmodifiableList(listens), catalogue);
    }

    /** Seconds from listened_at to inserted_at: the track's end, or hours to days for a late import. */
    private static int insertLag(SplitMix64 rng, long played) {
        return rng.chance(LATE_INSERT) ? rng.between(2 * 3600, 5 * 86400) : (int) played + rng.between(1, 20);
    }

    private static Album pick(SplitMix64 rng, List<Album> albums) {
        return albums.get(rng.nextInt(albums.size()));
    }

    private record Submission(String msid, TrackMetadata track, TrackMetadata unmappedTrack) {
    }

    private Submission submission(Album album, int track, int release, Player player) {
        int slot = firstSlot.get(album) + (track * releasesPerRecording + release) * Player.values().length
                + player.ordinal();
        return SUBMISSIONS.computeIfAbsent(slot,
                k -> newSubmission(album, album.tracks().get(track), album.releases().get(release), player));
    }

    private static Submission newSubmission(Album album, Recording recording, Release release, Player player) {
        String artist = album.artistCredit();
        String trackName = recording.name() + release.trackSuffix();
        String msid = Catalogue.uuid("msid:" + artist + "\n" + trackName + "\n" + release.name() + "\n" + player);
        List<String> artistMbids = album.artists().stream().map(Artist::mbid).toList();
        List<MbidMapping.MappedArtist> credit = new ArrayList<>();
        for (int i = 0; i < album.artists().size(); i++) {
            Artist a = album.artists().get(i);
            credit.add(new MbidMapping.MappedArtist(a.mbid(), a.name(), album.joinPhrase(i)));
        }
        MbidMapping mapping = new MbidMapping(recording.mbid(), recording.name(), release.mbid(),
                album.releaseGroupMbid(), artistMbids, credit, release.caaId(), release.mbid());
        AdditionalInfo info = player.info(album, recording, release);
        TrackMetadata unmapped = new TrackMetadata(artist, trackName, release.name(), info, null);
        boolean neverMapped = Math.floorMod(msid.hashCode(), UNMAPPED_ONE_IN) == 0;
        TrackMetadata mapped = new TrackMetadata(artist, trackName, release.name(), info, mapping);
        return new Submission(msid, neverMapped ? unmapped : mapped, unmapped);
    }

    /** The players the demo user scrobbles from, each sending what the real one sends. */
    enum Player {
        /** ListenBrainz's own Spotify importer: fat lines, duration_ms. */
        SPOTIFY(45),
        /** Navidrome knows the MBIDs from the file tags and sends them in additional_info. */
        NAVIDROME(27),
        /** The browser extension sends {@code duration} in seconds. */
        WEB_SCROBBLER(23),
        /** An Android scrobbler reading notifications: no duration at all. */
        PANO_SCROBBLER(5),
        /**
         * Old Last.fm scrobbles imported into ListenBrainz: no duration, no MBIDs, a Last.fm link. Only the
         * realistic history ({@link RealisticHistory}) uses it, so the demo's history stays as it was.
         */
        LASTFM_IMPORT(0);

        private final int weight;

        Player(int weight) {
            this.weight = weight;
        }

        static Player pick(SplitMix64 rng) {
            int r = rng.nextInt(100);
            for (Player p : values()) {
                r -= p.weight;
                if (r < 0) {
                    return p;
                }
            }
            throw new AssertionError("weights must add up to 100");
        }

        AdditionalInfo info(Album album, Recording recording, Release release) {
            Map<String, Object> other = new LinkedHashMap<>();
            List<String> artistNames = album.artists().stream().map(Artist::name).toList();
            long hash = SplitMix64.mix(recording.mbid().hashCode() * 31L + release.mbid().hashCode());
            long ms = recording.lengthMs();
            int number = recording.position();
            switch (this) {
                case SPOTIFY -> {
                    other.put("music_service", "spotify.com");
                    other.put("music_service_name", "Spotify");
                    other.put("origin_url", "https://open.spotify.com/track/" + base62(hash, 22));
                    other.put("spotify_id", "https://open.spotify.com/track/" + base62(hash, 22));
                    other.put("spotify_album_id", "https://open.spotify.com/album/" + base62(release.mbid().hashCode(), 22));
                    other.put("spotify_artist_ids", album.artists().stream()
                            .map(a -> "https://open.spotify.com/artist/" + base62(a.mbid().hashCode(), 22)).toList());
                    other.put("artist_names", artistNames);
                    other.put("release_artist_name", album.artistCredit());
                    other.put("release_artist_names", artistNames);
                    other.put("discnumber", 1L);
                    other.put("isrc", String.format("GB%s%02d%05d", base62(hash >>> 20, 3).toUpperCase(),
                            album.year() % 100, (hash >>> 40) % 100000));
                    return new AdditionalInfo(ms, null, null, null, null, List.of(), number, "listenbrainz", frozen(other));
                }
                case NAVIDROME -> {
                    other.put("submission_client_version", "0.54.5 (a2c5a2d3)");
                    other.put("media_player", "Navidrome");
                    other.put("artist_names", artistNames);
                    other.put("release_artist_name", album.artistCredit());
                    return new AdditionalInfo(ms, null, recording.mbid(), release.mbid(), album.releaseGroupMbid(),
                            album.artists().stream().map(Artist::mbid).toList(), number, "Navidrome", frozen(other));
                }
                case WEB_SCROBBLER -> {
                    other.put("submission_client_version", "3.12.0");
                    other.put("music_service", "music.youtube.com");
                    other.put("music_service_name", "YouTube Music");
                    other.put("origin_url", "https://music.youtube.com/watch?v=" + base62(hash, 11));
                    other.put("has_artwork", true);
                    return new AdditionalInfo(null, ms / 1000, null, null, null, List.of(), null, "Web Scrobbler",
                            frozen(other));
                }
                case PANO_SCROBBLER -> {
                    other.put("submission_client_version", "3.9.2");
                    other.put("media_player", "com.maxmpz.audioplayer");
                    other.put("media_player_version", "989");
                    return new AdditionalInfo(null, null, null, null, null, List.of(), null, "Pano Scrobbler",
                            frozen(other));
                }
                default -> {
                    other.put("music_service", "last.fm");
                    other.put("music_service_name", "Last.fm");
                    other.put("origin_url", "https://www.last.fm/music/" + lastFmName(album.artistCredit()) + "/_/"
                            + lastFmName(recording.name() + release.trackSuffix()));
                    return new AdditionalInfo(null, null, null, null, null, List.of(), null,
                            "ListenBrainz Last.fm importer", frozen(other));
                }
            }
        }

        /** A name as Last.fm writes it in its links: URL-encoded, spaces as '+'. */
        private static String lastFmName(String name) {
            return URLEncoder.encode(name, StandardCharsets.UTF_8);
        }

        private static Map<String, Object> frozen(Map<String, Object> map) {
            return Collections.unmodifiableMap(map);
        }

        private static String base62(long hash, int length) {
            String digits = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
            StringBuilder out = new StringBuilder(length);
            SplitMix64 rng = new SplitMix64(hash);
            for (int i = 0; i < length; i++) {
                out.append(digits.charAt(rng.nextInt(digits.length())));
            }
            return out.toString();
        }
    }
}
