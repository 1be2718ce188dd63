package starman.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import starman.metrics.RecordingLengths;
import starman.metrics.TrackLists;
import starman.model.AdditionalInfo;
import starman.model.Listen;
import starman.model.MbidMapping;
import starman.model.TrackMetadata;
import starman.normalize.ArtistFilter;
import starman.random.SplitMix64;

/**
 * Seeded, realistic-looking listening histories for tests and for the engine benchmark, which runs the
 * same seed on the JVM and compiled in the browser (hence SplitMix64: the same listens on both).
 */
public final class SyntheticHistory {
    private SyntheticHistory() {
    }

    public static final String BOWIE = ArtistFilter.DAVID_BOWIE.mbid();
    public static final String IGGY = "ed3f4831-e3e0-4dc0-9381-f5649e9df221";

    /** Release group MBID, title variants as players send them, tracks. */
    private record Album(String releaseGroup, String[] names, String[] tracks) {
    }

    private static final Album[] BOWIE_ALBUMS = {
            new Album("rg-ziggy", new String[]{"The Rise and Fall of Ziggy Stardust and the Spiders From Mars",
                    "Ziggy Stardust (40th Anniversary Edition)", "The Rise and Fall of Ziggy Stardust..."},
                    new String[]{"Five Years", "Moonage Daydream", "Starman", "Ziggy Stardust", "Suffragette City"}),
            new Album("rg-heroes", new String[]{"\"Heroes\"", "Heroes (2017 Remaster)"},
                    new String[]{"Beauty and the Beast", "Heroes", "V-2 Schneider"}),
            new Album("rg-low", new String[]{"Low", "Low [Remastered]"},
                    new String[]{"Speed of Life", "Sound and Vision", "Warszawa", "Subterraneans"}),
            new Album("rg-stage", new String[]{"Stage (Live)"}, new String[]{"Heroes (Live)", "Station to Station (Live)"}),
    };
    private static final Album IGGY_ALBUM = new Album("rg-idiot", new String[]{"The Idiot"},
            new String[]{"Nightclubbing", "China Girl", "Funtime"});
    private static final String[] SUFFIXES = {"", " (2012 Remaster)", " - 2017 Remastered Version", " [Single Version]"};

    /** The track list port over the albums above; recording MBIDs are "rec-" plus the title. */
    public static final TrackLists TRACK_LISTS = rg -> {
        for (Album a : BOWIE_ALBUMS) {
            if (a.releaseGroup.equals(rg)) {
                List<TrackLists.Track> tracks = new ArrayList<>();
                for (String t : a.tracks) {
                    tracks.add(new TrackLists.Track(recordingMbid(t), t));
                }
                return tracks;
            }
        }
        return null;
    };

    /** Knows the length of every recording whose title starts with a letter before M. */
    public static final RecordingLengths LENGTHS = mbid -> mbid.compareTo("rec-M") < 0 ? 200_000 + mbid.length() * 1000L : -1;

    private static String recordingMbid(String title) {
        return "rec-" + title;
    }

    /** {@code n} listens spread over {@code days} days before and after {@code anchor}, in sessions. */
    public static List<Listen> random(SplitMix64 rng, long anchor, int days, int n) {
        List<Listen> out = new ArrayList<>(n + n / 32);
        long t = anchor - days * 86_400L;
        for (int i = 0; i < n; i++) {
            t += rng.nextInt(10) == 0 ? rng.nextInt(2 * days * 86_400 / Math.max(1, n / 10) + 1) : rng.nextInt(400);
            out.add(listen(rng, t, "msid-" + i));
            if (rng.nextInt(40) == 0) {
                out.add(listen(rng, t, "msid-" + i + "-twin")); // two listens in one second
            }
        }
        return out;
    }

    /** One listen at {@code t}: 90 % by Bowie (some credited with Queen), a third mapped, a quarter without duration. */
    public static Listen listen(SplitMix64 rng, long t, String msid) {
        int who = rng.nextInt(10);
        Album album = who == 0 ? IGGY_ALBUM : BOWIE_ALBUMS[rng.nextInt(BOWIE_ALBUMS.length)];
        String track = album.tracks[rng.nextInt(album.tracks.length)];
        String artist = who == 0 ? "Iggy Pop" : who == 1 ? "Queen & David Bowie" : rng.nextInt(2) == 0 ? "David Bowie" : "DAVID BOWIE";
        String artistMbid = who == 0 ? IGGY : BOWIE;
        boolean mapped = rng.nextInt(3) == 0;
        MbidMapping mapping = mapped ? new MbidMapping(recordingMbid(track), track, "rel-" + album.releaseGroup,
                album.releaseGroup, List.of(artistMbid), List.of(), 1234L, null) : null;
        String release = rng.nextInt(8) == 0 ? null : album.names[rng.nextInt(album.names.length)];
        Long ms = null;
        Long s = null;
        String submittedRecording = null;
        switch (rng.nextInt(4)) {
            case 0: ms = 150_000L + rng.nextInt(200_000); break;
            case 1: s = 150L + rng.nextInt(200); break;
            case 2: submittedRecording = recordingMbid(track); break;
            default: break;
        }
        AdditionalInfo info = new AdditionalInfo(ms, s, submittedRecording, null, null, List.of(), null, "test", Map.of());
        String title = track + SUFFIXES[rng.nextInt(SUFFIXES.length)];
        return new Listen(t, t + 5, msid, "user", new TrackMetadata(artist, title, release, info, mapping));
    }
}
