package starman.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.Locale;
import starman.json.JsonWriter;

/**
 * The yardstick of {@link StatsBenchmark}: David Bowie's table (songs, albums, minutes for the last 60 minutes,
 * today, this week, this month and all time) from a JSONL of ListenBrainz listens, in ONE DuckDB query, as one JSON
 * object shaped like {@code starman stats}' (plus the albums of the last hour, which stats does not print).
 *
 * <p>What "the same answer" means is Starman's (ArtistFilter, Normalizer, AlbumClusters, ListenLength, Periods),
 * written in SQL as far as the generated histories need it: the artist by MBID when the listen has any (the
 * mapping's, else the submitted ones), else by the folded names of the credit; the album by the mapping's release
 * group, else the submitted one, else the release title's text key (cut at "(", "[", " - ", "feat."; folded),
 * a text key joining the longest key of the same artist whose words contain its words (two words or more), and a
 * cluster adopting the alphabetically first release group seen with one of its keys on a mapped listen; minutes
 * from duration_ms, else duration in seconds; listens unique on (listened_at, msid); periods in the zone by ICU, weeks
 * from Monday. Left out: the version qualifiers a title key keeps ("(Live)" apart from the studio take), the release
 * look-ups stats does not make either, and letters outside RE2's classes that the Java fold keeps.
 *
 * <p>Arguments: FILE NOW (an ISO instant) ZONE. Run as a child JVM by StatsBenchmark, so its memory is its own.
 */
public final class DuckDbStats {
    static final String BOWIE_MBID = "5441c29d-3602-4898-b1a1-b77fa23b8e50";

    private static final String QUERY = """
            WITH raw AS (
                SELECT listened_at AS t,
                       coalesce(track_metadata.recording_msid, track_metadata.additional_info.recording_msid) AS msid,
                       track_metadata.artist_name AS artist, track_metadata.release_name AS rel,
                       track_metadata.additional_info AS ai, track_metadata.mbid_mapping AS m
                FROM read_ndjson(%s, columns = {
                    listened_at: 'BIGINT',
                    track_metadata: 'STRUCT(artist_name VARCHAR, release_name VARCHAR, recording_msid VARCHAR,
                        additional_info STRUCT(duration_ms DOUBLE, duration DOUBLE, artist_mbids VARCHAR[],
                            release_group_mbid VARCHAR, recording_msid VARCHAR),
                        mbid_mapping STRUCT(release_group_mbid VARCHAR, artist_mbids VARCHAR[]))'})
            ),
            listens AS (SELECT DISTINCT ON (t, msid) * FROM raw),
            credited AS (
                SELECT *,
                       CASE WHEN len(coalesce(m.artist_mbids, [])) > 0 THEN m.artist_mbids
                            ELSE coalesce(ai.artist_mbids, []) END AS mbids,
                       list_filter(list_transform(string_split(regexp_replace(lower(coalesce(artist, '')),
                           ' featuring | feat\\. | feat | ft\\. | ft | with | & |,', chr(0), 'g'), chr(0)),
                           x -> trim(regexp_replace(strip_accents(replace(replace(x, '''', ''), '’', '')),
                               '[^\\pL\\pN]+', ' ', 'g'))), x -> x <> '') AS names
                FROM listens
            ),
            bowie AS (
                SELECT t, msid, ai, m, names,
                       CASE WHEN ai.duration_ms > 0 AND ai.duration_ms < 9e15 THEN least(round(ai.duration_ms), 2147483647)
                            WHEN ai.duration > 0 AND ai.duration < 9e15 THEN least(round(ai.duration) * 1000, 2147483647)
                       END AS ms,
                       trim(regexp_replace(strip_accents(replace(replace(
                           regexp_extract(lower(coalesce(rel, '')), '^(.*?)(?:\\(|\\[| - | ft | ft\\. | feat | feat\\. | featuring |$)', 1),
                           '''', ''), '’', '')), '[^\\pL\\pN]+', ' ', 'g')) AS cut,
                       trim(regexp_replace(strip_accents(replace(replace(lower(coalesce(rel, '')), '''', ''), '’', '')),
                           '[^\\pL\\pN]+', ' ', 'g')) AS whole
                FROM credited
                WHERE CASE WHEN len(mbids) > 0 THEN list_contains(mbids, '%s') ELSE list_contains(names, 'david bowie') END
            ),
            keyed AS (
                SELECT *,
                       CASE WHEN coalesce(m.release_group_mbid, '') <> '' THEN 'mb:' || m.release_group_mbid
                            WHEN coalesce(ai.release_group_mbid, '') <> '' THEN 'mb:' || ai.release_group_mbid
                            ELSE text_key END AS album
                FROM (SELECT *, CASE WHEN coalesce(nullif(cut, ''), whole) = '' THEN NULL
                                     ELSE 't:' || coalesce(names[1], '') || '|' || coalesce(nullif(cut, ''), whole) END AS text_key
                      FROM bowie)
            ),
            aliases AS (SELECT DISTINCT text_key, album FROM keyed
                        WHERE album LIKE 'mb:%%' AND text_key IS NOT NULL),
            text_keys AS (
                SELECT k, split_part(k, '|', 1) AS who, substr(k, strpos(k, '|') + 1) AS words
                FROM (SELECT album AS k FROM keyed WHERE album LIKE 't:%%' UNION SELECT text_key FROM aliases)
            ),
            roots AS (
                SELECT a.k, coalesce(CASE WHEN strpos(a.words, ' ') > 0 THEN (
                           SELECT b.k FROM text_keys b
                           WHERE b.who = a.who AND length(b.k) > length(a.k)
                             AND contains(' ' || b.words || ' ', ' ' || a.words || ' ')
                           ORDER BY length(b.k) DESC, b.k LIMIT 1) END, a.k) AS root
                FROM text_keys a
            ),
            adopted AS (
                SELECT r.root, min(al.album) AS release_group
                FROM aliases al JOIN roots r ON r.k = al.text_key GROUP BY r.root
            ),
            canonical AS (
                SELECT t, ms,
                       CASE WHEN album LIKE 't:%%' THEN coalesce(ad.release_group, r.root) ELSE album END AS album
                FROM keyed
                LEFT JOIN roots r ON r.k = keyed.album
                LEFT JOIN adopted ad ON ad.root = r.root
            ),
            bounds AS (
                SELECT %d AS now_s, timezone(%s, to_timestamp(%d)) AS local_now
            ),
            periods AS (
                SELECT * FROM (VALUES (1, 'pace'), (2, 'today'), (3, 'week'), (4, 'month'), (5, 'all_time')) p(n, name),
                LATERAL (SELECT CASE p.name
                    WHEN 'pace' THEN now_s - 3600 + 1
                    WHEN 'today' THEN epoch(timezone(%s, date_trunc('day', local_now)))::BIGINT
                    WHEN 'week' THEN epoch(timezone(%s, date_trunc('week', local_now)))::BIGINT
                    WHEN 'month' THEN epoch(timezone(%s, date_trunc('month', local_now)))::BIGINT
                    ELSE -9223372036854775807 END AS start, now_s FROM bounds)
            )
            SELECT p.name, count(c.t) AS songs, count(DISTINCT c.album) AS albums,
                   coalesce(sum(c.ms), 0)::BIGINT AS known_ms, (count(c.t) - count(c.ms)) AS unknown
            FROM periods p LEFT JOIN canonical c ON c.t >= p.start AND c.t <= p.now_s
            GROUP BY p.n, p.name ORDER BY p.n
            """;

    private DuckDbStats() {
    }

    public static void main(String[] args) throws SQLException {
        String file = args[0];
        Instant now = Instant.parse(args[1]);
        String zone = args[2];
        System.out.println(table(file, now, zone));
    }

    static String table(String file, Instant now, String zone) throws SQLException {
        String tz = literal(zone);
        String sql = String.format(Locale.ROOT, QUERY, literal(file), BOWIE_MBID, now.getEpochSecond(), tz,
                now.getEpochSecond(), tz, tz, tz);
        JsonWriter w = new JsonWriter().beginObject();
        w.name("artist").value("David Bowie");
        w.name("tz").value(zone);
        w.name("now").value(now.toString());
        try (Connection db = DriverManager.getConnection("jdbc:duckdb:"); Statement query = db.createStatement();
             ResultSet rows = query.executeQuery(sql)) {
            long unknown = 0;
            while (rows.next()) {
                long knownMs = rows.getLong("known_ms");
                w.name(rows.getString("name")).beginObject();
                w.name("songs").value(rows.getLong("songs"));
                w.name("albums").value(rows.getLong("albums"));
                w.name("minutes").value(((knownMs + 3000) / 6000) / 10.0);
                w.endObject();
                unknown = rows.getLong("unknown");
            }
            w.name("unknown_duration_songs").value(unknown);
        }
        return w.endObject().toString();
    }

    private static String literal(String text) {
        return "'" + text.replace("'", "''") + "'";
    }
}
