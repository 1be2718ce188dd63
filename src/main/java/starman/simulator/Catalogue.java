package starman.simulator;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import starman.random.SplitMix64;

/**
 * The simulated MusicBrainz: artists, albums (release groups) with their canonical track lists, and
 * the title variants (remasters, deluxe editions) that players report. All MBIDs are name-based UUIDs,
 * except David Bowie's real artist MBID, so every run and every seed sees the same catalogue.
 */
public final class Catalogue {
    public static final String BOWIE_MBID = "5441c29d-3602-4898-b1a1-b77fa23b8e50";

    public record Artist(String mbid, String name) {
    }

    /** A MusicBrainz recording as it sits on its album's canonical release. */
    public record Recording(String mbid, String name, int position, long lengthMs) {
    }

    /**
     * One release of an album. {@code trackSuffix} is what the player appends to track titles on this
     * release, e.g. {@code " - 2012 Remaster"}; the canonical release has none.
     */
    public record Release(String mbid, String name, String trackSuffix, long caaId) {
    }

    /** A release group; its first release is the canonical one. */
    public record Album(String releaseGroupMbid, String name, int year, List<Artist> artists,
                        List<Recording> tracks, List<Release> releases) {

        public Release canonical() {
            return releases.get(0);
        }

        /** The artist credit as shown, e.g. "Queen & David Bowie". */
        public String artistCredit() {
            StringBuilder credit = new StringBuilder();
            for (int i = 0; i < artists.size(); i++) {
                credit.append(artists.get(i).name()).append(joinPhrase(i));
            }
            return credit.toString();
        }

        public String joinPhrase(int artistIndex) {
            return artistIndex < artists.size() - 1 ? " & " : "";
        }

        public boolean isBy(String artistMbid) {
            return artists.stream().anyMatch(a -> a.mbid().equals(artistMbid));
        }
    }

    /**
     * A release group as an artist's discography lists it ({@code /1/metadata/artist/?inc=release_group}).
     *
     * @param date MusicBrainz's first release date, {@code YYYY} or {@code YYYY-MM-DD}
     * @param type the primary type (Album, Single, EP...)
     * @param secondaryTypes Live, Compilation, Spokenword...; empty for a studio album
     */
    public record Entry(Album album, String date, String type, List<String> secondaryTypes) {
    }

    private static final Catalogue STANDARD = parse(Discography.TEXT);

    private final List<Album> albums;
    private final List<Entry> entries;
    private final Map<String, Entry> byReleaseGroup = new HashMap<>();
    private final Map<String, Recording> recordings = new HashMap<>();
    private final Map<String, Album> albumOfRecording = new HashMap<>();

    /** @param albums the release groups the generated listens play; {@code entries} every release group */
    private Catalogue(List<Album> albums, List<Entry> entries) {
        this.albums = List.copyOf(albums);
        this.entries = List.copyOf(entries);
        for (Entry entry : entries) {
            byReleaseGroup.put(entry.album().releaseGroupMbid(), entry);
            for (Recording r : entry.album().tracks()) {
                recordings.put(r.mbid(), r);
                // a single's track is the album's recording: it stays the album's
                albumOfRecording.putIfAbsent(r.mbid(), entry.album());
            }
        }
    }

    /** The catalogue every generated history and the metadata endpoints use. */
    public static Catalogue standard() {
        return STANDARD;
    }

    public List<Album> albums() {
        return albums;
    }

    public Album releaseGroup(String mbid) {
        Entry entry = byReleaseGroup.get(mbid);
        return entry == null ? null : entry.album();
    }

    /** The release group's date and types, or null when the catalogue has none of that MBID. */
    public Entry entry(String releaseGroupMbid) {
        return byReleaseGroup.get(releaseGroupMbid);
    }

    /** Every release group whose credit names the artist (heard or not), in the catalogue's order. */
    public List<Entry> discography(String artistMbid) {
        return entries.stream().filter(e -> e.album().isBy(artistMbid)).toList();
    }

    /** Every artist of every credit, each once. */
    public List<Artist> artists() {
        return entries.stream().flatMap(e -> e.album().artists().stream()).distinct().toList();
    }

    public Recording recording(String mbid) {
        return recordings.get(mbid);
    }

    public Album albumOf(String recordingMbid) {
        return albumOfRecording.get(recordingMbid);
    }

    static String uuid(String name) {
        return UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8)).toString();
    }

    /** Reads {@link Discography#TEXT}; see there for the line format. */
    static Catalogue parse(String text) {
        List<Album> albums = new ArrayList<>();
        List<Entry> entries = new ArrayList<>();
        List<Artist> artists = List.of();
        AlbumDraft draft = null;
        for (String raw : text.split("\n")) {
            String line = raw.strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.substring(2).split("\\|");
            switch (line.charAt(0)) {
                case 'A' -> artists = credit(f[0]);
                case 'R', 'G' -> {
                    if (draft != null) {
                        draft.build(albums, entries);
                    }
                    draft = new AlbumDraft(artists, f[1], f[0], line.charAt(0) == 'R');
                    if (f.length > 2) {
                        draft.generateTracks(Integer.parseInt(f[2]));
                    }
                }
                case 'V' -> draft.variant(f[0], f.length > 1 ? f[1] : "");
                case 'T' -> draft.track(f[1], seconds(f[0]) * 1000L);
                case 'S' -> draft.same(earlier(entries, artists, f[0]));
                default -> throw new IllegalArgumentException("bad catalogue line: " + line);
            }
        }
        draft.build(albums, entries);
        return new Catalogue(albums, entries);
    }

    /** The first recording titled {@code title} on a release group of the same credit's first artist. */
    private static Recording earlier(List<Entry> entries, List<Artist> credit, String title) {
        for (Entry e : entries) {
            if (e.album().isBy(credit.get(0).mbid())) {
                for (Recording r : e.album().tracks()) {
                    if (r.name().equals(title)) {
                        return r;
                    }
                }
            }
        }
        throw new IllegalArgumentException("no earlier recording titled " + title);
    }

    private static List<Artist> credit(String names) {
        List<Artist> credit = new ArrayList<>();
        for (String name : names.split(" & ")) {
            credit.add(new Artist(name.equals("David Bowie") ? BOWIE_MBID : uuid("artist:" + name), name));
        }
        return credit;
    }

    private static int seconds(String minutesSeconds) {
        int colon = minutesSeconds.indexOf(':');
        return Integer.parseInt(minutesSeconds.substring(0, colon)) * 60
                + Integer.parseInt(minutesSeconds.substring(colon + 1));
    }

    private static final class AlbumDraft {
        private static final String[] WORDS = {"Night", "Glass", "River", "Static", "Velvet", "Echo", "Winter",
            "Neon", "Silver", "Ocean", "Paper", "Signal", "Golden", "Hollow", "Electric", "Quiet", "Burning", "Lost"};
        private static final String[] NOUNS = {"Heart", "Machine", "City", "Light", "Dream", "Garden", "Mirror",
            "Station", "Fire", "Song", "Road", "Sky", "Engine", "Room", "Train", "Door"};

        private final List<Artist> artists;
        private final String name;
        private final int year;
        private final String date;
        private final String type;
        private final List<String> secondaryTypes;
        /** Whether the generated listens play it. */
        private final boolean played;
        private final String rgMbid;
        private final List<Recording> tracks = new ArrayList<>();
        private final List<Release> releases = new ArrayList<>();

        /** @param dated {@code date[ type[+secondary,...]]} */
        AlbumDraft(List<Artist> artists, String name, String dated, boolean played) {
            this.artists = artists;
            this.name = name;
            String[] d = dated.split(" ", 2);
            this.date = d[0];
            this.year = Integer.parseInt(d[0].substring(0, 4));
            String[] types = (d.length > 1 ? d[1] : "Album").split("\\+", 2);
            this.type = types[0];
            this.secondaryTypes = types.length > 1 ? List.of(types[1].split(",")) : List.of();
            this.played = played;
            // a played album keeps the MBID it always had; a single may share its name with its album
            this.rgMbid = uuid("release-group:" + artists.get(0).name() + "/" + name + (played ? "" : "/" + dated));
            variant(name, "");
        }

        void variant(String releaseName, String trackSuffix) {
            String mbid = uuid("release:" + rgMbid + "/" + releaseName);
            long caaId = 1_000_000_000L + Math.floorMod(SplitMix64.mix(mbid.hashCode()), 40_000_000_000L);
            releases.add(new Release(mbid, releaseName, trackSuffix, caaId));
        }

        /** A recording of an earlier release group, at the next position of this one. */
        void same(Recording earlier) {
            tracks.add(new Recording(earlier.mbid(), earlier.name(), tracks.size() + 1, earlier.lengthMs()));
        }

        void track(String title, long lengthMs) {
            int position = tracks.size() + 1;
            tracks.add(new Recording(uuid("recording:" + rgMbid + "/" + position + "/" + title), title, position, lengthMs));
        }

        /** Made-up but stable titles and lengths for artists whose real track lists do not matter. */
        void generateTracks(int count) {
            SplitMix64 rng = new SplitMix64(rgMbid.hashCode());
            while (tracks.size() < count) {
                String title = WORDS[rng.nextInt(WORDS.length)] + " " + NOUNS[rng.nextInt(NOUNS.length)];
                if (tracks.stream().noneMatch(t -> t.name().equals(title))) {
                    track(title, rng.between(150, 420) * 1000L);
                }
            }
        }

        void build(List<Album> albums, List<Entry> entries) {
            Album album = new Album(rgMbid, name, year, artists, List.copyOf(tracks), List.copyOf(releases));
            if (played) {
                albums.add(album);
            }
            entries.add(new Entry(album, date, type, secondaryTypes));
        }
    }
}
