package starman.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import starman.cli.JdkTransport;
import starman.http.PoliteClient;
import starman.listenbrainz.ListenBrainzClient;
import starman.simulator.HistoryGenerator;
import starman.simulator.ListenBrainzSimulator;
import starman.time.VirtualClock;

/** Typed user names and tokens against the simulator over HTTP: each bad input gets its sentence. */
class AccountCheckTest {
    private static final long END = 1_764_000_000L;
    private static final String TOKEN = "0b1c2d3e-aaaa-bbbb-cccc-0123456789ab";
    private static final VirtualClock CLOCK = new VirtualClock(END * 1000);
    private static ListenBrainzSimulator simulator;
    private static ListenBrainzClient api;

    @BeforeAll
    static void start() throws Exception {
        simulator = ListenBrainzSimulator.builder().clock(CLOCK)
                .user("rob", HistoryGenerator.generate(1, "rob", 10, END).listens(), TOKEN)
                .user("Zoë Straße", List.of())
                .user("AC/DC fan", List.of())
                .user("a+b", List.of())
                .start();
        api = new ListenBrainzClient(PoliteClient.create(new JdkTransport(Duration.ofSeconds(10)), CLOCK,
                PoliteClient.Options.defaults(1)).http(), simulator.baseUrl());
    }

    @AfterAll
    static void stop() {
        simulator.close();
    }

    /** ListenBrainz matches names without regard to case, so ROB is rob. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "rob|rob",
        "'   rob  '|rob",
        "'Zoë   Straße '|Zoë Straße",
        "AC/DC fan|AC/DC fan",
        "a+b|a+b",
        "ROB|ROB"})
    void knownUsersAreFoundWhateverTheirNamesHold(String typed, String name) throws Exception {
        AccountCheck.Result result = AccountCheck.check(api, typed, "");

        assertThat(result.problem()).isNull();
        assertThat(result.user()).isEqualTo(name);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "nobody|ListenBrainz has no user called 'nobody'.",
        "'  no  body '|ListenBrainz has no user called 'no body'.",
        "AC|ListenBrainz has no user called 'AC'.",
        "AC/DC|ListenBrainz has no user called 'AC/DC'.",
        "../rob|ListenBrainz has no user called '../rob'.",
        "rob/listens|ListenBrainz has no user called 'rob/listens'.",
        "rob?x=1#y|ListenBrainz has no user called 'rob?x=1#y'.",
        "a b|ListenBrainz has no user called 'a b'.",
        "Zoe Strasse|ListenBrainz has no user called 'Zoe Strasse'."})
    void unknownUsersAreNamedInTheMessage(String typed, String message) throws Exception {
        assertThat(AccountCheck.check(api, typed, "").problem()).isEqualTo(message);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "''|Enter your ListenBrainz user name.",
        "'   '|Enter your ListenBrainz user name.",
        "ro\u0007b|A ListenBrainz user name has no control characters; type it again."})
    void namesThatCannotBeUserNamesAreRefusedWithoutARequest(String typed, String message) throws Exception {
        long before = simulator.stats().requests();

        assertThat(AccountCheck.check(api, typed, TOKEN).problem()).isEqualTo(message);
        assertThat(AccountCheck.check(api, "x".repeat(300), "").problem())
                .isEqualTo("A ListenBrainz user name has at most 64 characters; this one has 300.");
        assertThat(simulator.stats().requests()).isEqualTo(before);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "rob|wrong-token|ListenBrainz does not accept this token; copy it again from your ListenBrainz settings page.",
        "Zoë Straße|" + TOKEN + "|This token belongs to 'rob', not to 'Zoë Straße'.",
        "rob|0b1c2d3e aaaa|A ListenBrainz token is one word of letters, digits and dashes; copy it again from your ListenBrainz settings page."})
    void wrongTokensGetASentence(String user, String token, String message) throws Exception {
        assertThat(AccountCheck.check(api, user, token).problem()).isEqualTo(message);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"rob|" + TOKEN, "ROB|' " + TOKEN + " '"})
    void theRightTokenForTheUserPasses(String user, String token) throws Exception {
        AccountCheck.Result result = AccountCheck.check(api, user, token);

        assertThat(result.problem()).isNull();
        assertThat(result.token()).isEqualTo(TOKEN);
    }
}
