package starman.settings;

import java.util.function.Predicate;
import starman.json.JsonReader;
import starman.json.JsonWriter;
import starman.listenbrainz.ListenBrainzClient;
import starman.normalize.ArtistFilter;
import starman.time.Weekday;

/**
 * What the person chose; kept on their device only.
 *
 * @param user the ListenBrainz user name, empty before the first run
 * @param apiRoot the ListenBrainz API root (the demo points it at the simulator)
 * @param token the person's ListenBrainz token, empty for none; never shown by {@link #toString()}
 * @param artist the artist whose workout is computed
 * @param artistMbid the artist's MusicBrainz id, empty when only the name is known
 * @param timeZone an IANA zone id for periods, empty to follow the device's zone
 * @param weekStart the first day of a week
 * @param rescanDays how many days before the newest stored listen each catch-up looks at again
 */
public record Settings(String user, String apiRoot, String token, String artist, String artistMbid,
                       String timeZone, Weekday weekStart, int rescanDays) {
    public static final String DEFAULT_ARTIST = ArtistFilter.DAVID_BOWIE.name();
    public static final int DEFAULT_RESCAN_DAYS = 3;
    /** ListenBrainz lets listens be deleted or inserted late for a while; a month of re-scan covers that. */
    public static final int MAX_RESCAN_DAYS = 30;
    public static final Settings FIRST_RUN = new Settings("", ListenBrainzClient.DEFAULT_API_ROOT);

    public Settings {
        user = user == null ? "" : user.trim();
        apiRoot = apiRoot == null || apiRoot.isBlank() ? ListenBrainzClient.DEFAULT_API_ROOT : apiRoot.trim();
        token = token == null ? "" : token.trim();
        artist = artist == null || artist.isBlank() ? DEFAULT_ARTIST : artist.trim();
        artistMbid = artistMbid == null ? "" : artistMbid.trim().toLowerCase();
        timeZone = timeZone == null ? "" : timeZone.trim();
        weekStart = weekStart == null ? Weekday.MONDAY : weekStart;
        rescanDays = Math.max(0, Math.min(MAX_RESCAN_DAYS, rescanDays));
    }

    /** A user with every other choice at its default. */
    public Settings(String user, String apiRoot) {
        this(user, apiRoot, "", DEFAULT_ARTIST, "", "", Weekday.MONDAY, DEFAULT_RESCAN_DAYS);
    }

    public boolean hasUser() {
        return !user.isEmpty();
    }

    public boolean hasToken() {
        return !token.isEmpty();
    }

    /** Which listens count: by MBID when one was given (or the artist is David Bowie), else by name. */
    public ArtistFilter artistFilter() {
        return artistMbid.isEmpty() ? ArtistFilter.byName(artist) : new ArtistFilter(artist, artistMbid);
    }

    /** The id of the zone periods are cut in: the chosen one, else the device's. */
    public String zoneId(String device) {
        return timeZone.isEmpty() ? device : timeZone;
    }

    public long rescanSeconds() {
        return rescanDays * 86_400L;
    }

    /** Whether the metrics index must be rebuilt to show these settings instead of {@code before}. */
    public boolean changesIndex(Settings before) {
        return !artist.equals(before.artist) || !artistMbid.equals(before.artistMbid)
                || !timeZone.equals(before.timeZone) || weekStart != before.weekStart;
    }

    /** Whether the sync lanes must start again (they hold the API root, the token and the window). */
    public boolean changesSync(Settings before) {
        return !user.equals(before.user) || !apiRoot.equals(before.apiRoot) || !token.equals(before.token)
                || rescanDays != before.rescanDays;
    }

    /** The token stays out of logs and error reports. */
    @Override
    public String toString() {
        return "Settings[user=" + user + ", apiRoot=" + apiRoot + ", token=" + (hasToken() ? "(set)" : "(none)")
                + ", artist=" + artist + ", artistMbid=" + artistMbid + ", timeZone=" + timeZone
                + ", weekStart=" + weekStart + ", rescanDays=" + rescanDays + "]";
    }

    /** Settings from a form's text, or the sentence that says what to correct. */
    public record Checked(Settings settings, String problem) {
    }

    /** Checks what a person typed; the user and token are {@link AccountCheck}'s to check. */
    public static Checked check(String user, String apiRoot, String token, String artist, String artistMbid,
                                String timeZone, String weekStart, String rescanDays, Predicate<String> zones) {
        if (artist == null || artist.isBlank()) {
            return problem("Enter the artist to follow, for example " + DEFAULT_ARTIST + ".");
        }
        String mbid = artistMbid == null ? "" : artistMbid.trim().toLowerCase();
        if (!mbid.isEmpty() && !ListenBrainzClient.isMbid(mbid)) {
            return problem("'" + artistMbid.trim() + "' is not a MusicBrainz artist id (it looks like "
                    + ArtistFilter.DAVID_BOWIE.mbid() + "); leave it empty to match the artist by name.");
        }
        String zone = timeZone == null ? "" : timeZone.trim();
        if (!zone.isEmpty() && !knownZone(zone, zones)) {
            return problem("Starman does not know the time zone '" + zone
                    + "'; use a name such as Europe/London, or leave it empty for this device's zone.");
        }
        Weekday start;
        try {
            start = Weekday.valueOf(weekStart == null ? "" : weekStart.trim().toUpperCase());
        } catch (IllegalArgumentException e) {
            return problem("Choose the day your weeks start on.");
        }
        int days;
        try {
            days = Integer.parseInt(rescanDays == null ? "" : rescanDays.trim());
        } catch (NumberFormatException e) {
            days = -1;
        }
        if (days < 0 || days > MAX_RESCAN_DAYS) {
            return problem("The re-scan window is a whole number of days from 0 to " + MAX_RESCAN_DAYS + ".");
        }
        return new Checked(new Settings(user, apiRoot, token, artist, mbid, zone, start, days), null);
    }

    private static Checked problem(String sentence) {
        return new Checked(null, sentence);
    }

    /**
     * Region ids only: a fixed offset such as +02:00 ignores summer time, which is never what a person means.
     * {@code zones} knows the region ids (the browser's Intl, java.time on the JVM).
     */
    private static boolean knownZone(String id, Predicate<String> zones) {
        return (id.contains("/") || id.equals("UTC")) && zones.test(id);
    }

    public String toJson() {
        return new JsonWriter().beginObject().name("user").value(user).name("api_root").value(apiRoot)
                .name("token").value(token).name("artist").value(artist).name("artist_mbid").value(artistMbid)
                .name("time_zone").value(timeZone).name("week_start").value(weekStart.name())
                .name("rescan_days").value(rescanDays).endObject().toString();
    }

    /** Saved settings; unknown fields are ignored and missing ones take their defaults. */
    public static Settings parse(String json) {
        JsonReader r = new JsonReader(json);
        String user = null;
        String apiRoot = null;
        String token = null;
        String artist = null;
        String artistMbid = null;
        String timeZone = null;
        Weekday weekStart = null;
        int rescanDays = DEFAULT_RESCAN_DAYS;
        r.beginObject();
        while (r.hasNext()) {
            switch (r.nextName()) {
                case "user": user = r.nextStringOrNull(); break;
                case "api_root": apiRoot = r.nextStringOrNull(); break;
                case "token": token = r.nextStringOrNull(); break;
                case "artist": artist = r.nextStringOrNull(); break;
                case "artist_mbid": artistMbid = r.nextStringOrNull(); break;
                case "time_zone": timeZone = r.nextStringOrNull(); break;
                case "week_start": weekStart = day(r.nextStringOrNull()); break;
                case "rescan_days": rescanDays = r.skipNull() ? DEFAULT_RESCAN_DAYS : (int) r.nextLong(); break;
                default: r.skipValue();
            }
        }
        r.endObject();
        return new Settings(user, apiRoot, token, artist, artistMbid, timeZone, weekStart, rescanDays);
    }

    private static Weekday day(String name) {
        try {
            return name == null ? null : Weekday.valueOf(name);
        } catch (IllegalArgumentException unknown) {
            return null;
        }
    }
}
