package starman.listenbrainz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import starman.cli.JdkTransport;
import starman.http.PoliteClient;
import starman.http.Request;
import starman.http.Response;
import starman.http.RetryPolicy;
import starman.simulator.Catalogue;
import starman.simulator.ListenBrainzSimulator;
import starman.time.VirtualClock;

/** {@code /1/metadata/artist/?inc=release_group}: ListenBrainz's shape by hand, refusals, and the simulator's answer. */
class ArtistClientTest {
    private static final String BOWIE = Catalogue.BOWIE_MBID;
    /** The shape of listenbrainz-server's mb_artist_metadata_cache (create_json_data), trimmed. */
    private static final String BODY = """
            [{"area": "United Kingdom", "artist_mbid": "%1$s", "begin_year": 1947, "end_year": 2016,
              "gender": "Male", "mbid": "%1$s", "name": "David Bowie", "type": "Person",
              "rels": {"wikidata": "https://www.wikidata.org/wiki/Q5383"},
              "tag": {"artist": [{"artist_mbid": "%1$s", "count": 12, "tag": "art rock"}]},
              "release_group": [
                {"name": "Low", "mbid": "94b8f6a2-d5f9-3f14-8b6e-0a6a2c2b0c4e", "artist_credit_name": "David Bowie",
                 "artists": [{"artist_credit_name": "David Bowie", "artist_mbid": "%1$s", "join_phrase": ""}],
                 "date": "1977-01-14", "type": "Album", "caa_id": 1234, "caa_release_mbid": "x"},
                {"name": "Stage", "mbid": "1c3e6a0f-2a8d-3b9e-8f4d-1d2c3b4a5e6f", "artist_credit_name": "David Bowie",
                 "artists": [], "date": "1978-09", "type": "Album", "secondary_types": ["Compilation", "Live"]},
                {"name": "Untyped", "mbid": "2d4f7b1a-3b9e-4c0f-9a5e-2e3d4c5b6a7f", "artist_credit_name": "David Bowie",
                 "artists": []}
              ]}]
            """.formatted(BOWIE);

    private final VirtualClock clock = new VirtualClock(1_732_000_000_000L);
    private final List<Request> seen = new ArrayList<>();

    private ListenBrainzClient answering(int status, String body) {
        return new ListenBrainzClient(PoliteClient.create(request -> {
            seen.add(request);
            return new Response(status, Map.of(), body);
        }, clock, new PoliteClient.Options(new RetryPolicy(4, 500, 8_000), 1_000, 5)).http(), "https://lb.test");
    }

    @Test
    void readsTheReleaseGroupsWithTheirDatesAndTypes() throws IOException {
        List<ArtistReleaseGroup> groups = answering(200, BODY).artistReleaseGroups(BOWIE);

        assertThat(seen).singleElement().satisfies(r -> assertThat(r.url())
                .isEqualTo("https://lb.test/1/metadata/artist/?artist_mbids=" + BOWIE + "&inc=release_group"));
        assertThat(groups).containsExactly(
                new ArtistReleaseGroup("94b8f6a2-d5f9-3f14-8b6e-0a6a2c2b0c4e", "Low", "David Bowie", "1977-01-14",
                        "Album", List.of()),
                new ArtistReleaseGroup("1c3e6a0f-2a8d-3b9e-8f4d-1d2c3b4a5e6f", "Stage", "David Bowie", "1978-09",
                        "Album", List.of("Compilation", "Live")),
                new ArtistReleaseGroup("2d4f7b1a-3b9e-4c0f-9a5e-2e3d4c5b6a7f", "Untyped", "David Bowie", null, null,
                        List.of()));
    }

    @Test
    void anUnknownArtistIsNullAndANonMbidIsRefusedUnsent() throws IOException {
        assertThat(answering(200, "[]").artistReleaseGroups(BOWIE)).isNull();
        seen.clear();
        assertThatThrownBy(() -> answering(200, "[]").artistReleaseGroups("David Bowie"))
                .isInstanceOfSatisfying(ListenBrainzException.class, e -> {
                    assertThat(e.kind()).isEqualTo(ListenBrainzException.Kind.BAD_REQUEST);
                    assertThat(e.getMessage()).contains("\"David Bowie\" is not a MusicBrainz artist ID");
                });
        assertThat(seen).isEmpty();
    }

    @Test
    void aServerWithoutTheEndpointSaysSoAndACutOffBodyIsMalformed() {
        assertThatThrownBy(() -> answering(404, "{\"code\": 404, \"error\": \"Not found\"}").artistReleaseGroups(BOWIE))
                .isInstanceOfSatisfying(ListenBrainzException.class,
                        e -> assertThat(e.kind()).isEqualTo(ListenBrainzException.Kind.NOT_OFFERED));
        assertThatThrownBy(() -> answering(200, BODY.substring(0, 300)).artistReleaseGroups(BOWIE))
                .isInstanceOfSatisfying(ListenBrainzException.class,
                        e -> assertThat(e.kind()).isEqualTo(ListenBrainzException.Kind.MALFORMED));
    }

    @Test
    void theSimulatorsDiscographyDecodes() throws IOException {
        try (ListenBrainzSimulator simulator = ListenBrainzSimulator.builder().clock(clock).start()) {
            ListenBrainzClient api = new ListenBrainzClient(PoliteClient.create(new JdkTransport(Duration.ofSeconds(10)),
                    clock, new PoliteClient.Options(new RetryPolicy(4, 500, 8_000), 1_000, 5)).http(), simulator.baseUrl());

            List<ArtistReleaseGroup> groups = api.artistReleaseGroups(BOWIE);

            assertThat(groups).isEqualTo(Catalogue.standard().discography(BOWIE).stream()
                    .map(e -> new ArtistReleaseGroup(e.album().releaseGroupMbid(), e.album().name(),
                            e.album().artistCredit(), e.date(), e.type(), e.secondaryTypes())).toList());
        }
    }
}
