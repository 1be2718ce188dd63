package starman.listenbrainz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import starman.cli.JdkTransport;
import starman.http.PoliteClient;
import starman.http.Request;
import starman.http.Response;
import starman.http.RetryPolicy;
import starman.simulator.Catalogue;
import starman.simulator.Catalogue.Album;
import starman.simulator.Catalogue.Recording;
import starman.simulator.ListenBrainzSimulator;
import starman.time.VirtualClock;

/** The metadata calls: hand-written bodies of ListenBrainz's shape, batching, and the simulator's real answers. */
class MetadataClientTest {
    private static final String HEROES = "0a5d3a3e-7c30-4fb4-8a87-2a51c0a4b0a1";
    private static final String HEROES_RELEASE = "4d8e4c1e-0d4f-4c36-9df4-c0ea2f1a0b3e";
    private static final String HEROES_GROUP = "6f1f8f4d-2a6e-3b5e-9d3a-2a4d6b3c1e0f";
    private static final String UNKNOWN = "00000000-0000-4000-8000-000000000000";

    private final VirtualClock clock = new VirtualClock(1_732_000_000_000L);
    private final List<Request> seen = new ArrayList<>();

    private ListenBrainzClient answering(String body) {
        return new ListenBrainzClient(PoliteClient.create(request -> {
            seen.add(request);
            return new Response(200, Map.of(), body);
        }, clock, new PoliteClient.Options(new RetryPolicy(4, 500, 8_000), 1_000, 5)).http(), "https://lb.test");
    }

    @Test
    void aServerWithoutMetadataSaysSoRatherThanBlamingTheApiRoot() {
        ListenBrainzClient api = new ListenBrainzClient(PoliteClient.create(request -> new Response(404, Map.of(),
                "{\"code\": 404, \"error\": \"Not found\"}"), clock,
                new PoliteClient.Options(new RetryPolicy(4, 500, 8_000), 1_000, 5)).http(), "https://lb.test");

        for (IOException failure : List.of(failureOf(() -> api.recordingMetadata(List.of(HEROES))),
                failureOf(() -> api.releaseGroupTracks(List.of(HEROES_GROUP))))) {
            assertThat(failure).isInstanceOfSatisfying(ListenBrainzException.class, e -> {
                assertThat(e.kind()).isEqualTo(ListenBrainzException.Kind.NOT_OFFERED);
                assertThat(e.isTransient()).isFalse();
                assertThat(e.getMessage()).doesNotContain("check the API root").contains("metadata");
            });
        }
    }

    private interface Call {
        void run() throws IOException;
    }

    private static IOException failureOf(Call call) {
        try {
            call.run();
        } catch (IOException e) {
            return e;
        }
        throw new AssertionError("no failure");
    }

    @Test
    void recordingMetadataReadsLengthAndCanonicalRelease() throws IOException {
        String body = """
                {"%s": {"recording": {"name": "\\"Heroes\\"", "length": 371266, "rels": []},
                        "artist": {"name": "David Bowie", "artists": [{"artist_mbid": "x", "name": "David Bowie"}]},
                        "release": {"mbid": "%s", "name": "\\"Heroes\\"", "release_group_mbid": "%s", "year": 1977,
                                    "caa_id": 12345, "caa_release_mbid": "%s", "album_artist_name": "David Bowie"},
                        "tag": {"recording": [], "artist": []}},
                 "%s": {"recording": {"name": "No length", "length": null}}}
                """.formatted(HEROES, HEROES_RELEASE, HEROES_GROUP, HEROES_RELEASE, UNKNOWN);

        Map<String, RecordingMetadata> found = answering(body).recordingMetadata(List.of(HEROES, UNKNOWN));

        assertThat(found.get(HEROES)).isEqualTo(new RecordingMetadata(HEROES, "\"Heroes\"", 371_266, HEROES_RELEASE,
                "\"Heroes\"", HEROES_GROUP, 12345));
        assertThat(found.get(UNKNOWN)).isEqualTo(new RecordingMetadata(UNKNOWN, "No length", -1, null, null, null, 0));
        assertThat(seen).singleElement().satisfies(r -> assertThat(r.url()).isEqualTo(
                "https://lb.test/1/metadata/recording/?recording_mbids=" + HEROES + "," + UNKNOWN + "&inc=release"));
    }

    @Test
    void releaseGroupTracksAreInOrderAcrossMediums() throws IOException {
        String body = """
                {"%s": {"release_group": {"name": "Heroes", "type": "Album", "date": "1977-10-14"},
                        "recording": {"mediums": [
                          {"name": "", "position": 1, "format": "CD", "tracks": [
                            {"recording_mbid": "a", "name": "Beauty and the Beast", "position": 1, "number": "1", "length": 212000},
                            {"recording_mbid": "b", "name": "Joe the Lion", "position": 2, "number": "2", "length": null}]},
                          {"name": "Bonus", "position": 2, "format": "CD", "tracks": [
                            {"recording_mbid": "c", "name": "Abdulmajid", "position": 1, "number": "1", "length": 340000}]}]}}}
                """.formatted(HEROES_GROUP);

        Map<String, List<ReleaseGroupTrack>> found = answering(body).releaseGroupTracks(List.of(HEROES_GROUP));

        assertThat(found.get(HEROES_GROUP)).containsExactly(
                new ReleaseGroupTrack("a", "Beauty and the Beast", 1, 212_000),
                new ReleaseGroupTrack("b", "Joe the Lion", 2, -1),
                new ReleaseGroupTrack("c", "Abdulmajid", 1, 340_000));
        assertThat(seen.get(0).url()).endsWith("?release_group_mbids=" + HEROES_GROUP + "&inc=recording");
    }

    @Test
    void largeRequestsAreSplitAndNonMbidsNeverSent() throws IOException {
        List<String> mbids = new ArrayList<>(IntStream.range(0, 120)
                .mapToObj(i -> "%08x-0000-4000-8000-000000000000".formatted(i)).toList());
        mbids.add("not-an-mbid");
        mbids.add(mbids.get(0));

        assertThat(answering("{}").recordingMetadata(mbids)).isEmpty();

        assertThat(seen).hasSize(3);
        assertThat(seen).allSatisfy(r -> assertThat(r.url().length()).isLessThan(2_000));
        assertThat(seen.get(2).url()).contains("00000077-").doesNotContain("not-an-mbid");
        assertThat(ListenBrainzClient.isMbid(HEROES)).isTrue();
        assertThat(ListenBrainzClient.isMbid(HEROES.toUpperCase())).isFalse();
    }

    @Test
    void aBodyOfAnotherShapeIsMalformed() {
        for (String body : List.of("[]", "{\"x\": 1}", "{\"x\": {\"recording\": {\"mediums\": [{\"tracks\": [{}]}]}}}")) {
            seen.clear();
            assertThatThrownBy(() -> answering(body).releaseGroupTracks(List.of(HEROES_GROUP)))
                    .isInstanceOfSatisfying(ListenBrainzException.class,
                            e -> assertThat(e.kind()).isEqualTo(ListenBrainzException.Kind.MALFORMED));
            assertThat(seen).hasSize(ListenBrainzClient.DECODE_ATTEMPTS);
        }
    }

    @Test
    void theSimulatorsAnswersDecode() throws IOException {
        Album album = Catalogue.standard().albums().get(0);
        Recording first = album.tracks().get(0);
        try (ListenBrainzSimulator simulator = ListenBrainzSimulator.builder().clock(clock).start()) {
            ListenBrainzClient api = new ListenBrainzClient(PoliteClient.create(new JdkTransport(Duration.ofSeconds(10)),
                    clock, new PoliteClient.Options(new RetryPolicy(4, 500, 8_000), 1_000, 5)).http(), simulator.baseUrl());

            Map<String, RecordingMetadata> recordings = api.recordingMetadata(List.of(first.mbid(), UNKNOWN));
            Map<String, List<ReleaseGroupTrack>> groups = api.releaseGroupTracks(List.of(album.releaseGroupMbid(), UNKNOWN));

            assertThat(recordings).containsOnlyKeys(first.mbid());
            RecordingMetadata m = recordings.get(first.mbid());
            assertThat(m.lengthMs()).isEqualTo(first.lengthMs());
            assertThat(m.releaseMbid()).isEqualTo(album.canonical().mbid());
            assertThat(m.releaseGroupMbid()).isEqualTo(album.releaseGroupMbid());
            assertThat(m.caaId()).isEqualTo(album.canonical().caaId());
            assertThat(groups).containsOnlyKeys(album.releaseGroupMbid());
            assertThat(groups.get(album.releaseGroupMbid())).extracting(ReleaseGroupTrack::recordingMbid)
                    .containsExactlyElementsOf(album.tracks().stream().map(Recording::mbid).toList());
        }
    }
}
