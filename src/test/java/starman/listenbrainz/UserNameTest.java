package starman.listenbrainz;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class UserNameTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "rob|rob",
        "'  rob  '|rob",
        "'Zoë \t  Straße'|Zoë Straße",
        "'\u00a0rob\u2003'|rob",
        "AC/DC fan|AC/DC fan",
        "Владимир|Владимир",
        "名前|名前"})
    void aNameIsTidiedAndAccepted(String typed, String name) {
        UserName.Checked checked = UserName.check(typed);
        assertThat(checked.problem()).isNull();
        assertThat(checked.name()).isEqualTo(name);
    }

    @Test
    void anEmptyNameAsksForOne() {
        for (String typed : new String[] {null, "", "   ", "\t\n"}) {
            assertThat(UserName.check(typed).problem()).isEqualTo("Enter your ListenBrainz user name.");
        }
    }

    @Test
    void aNameLongerThanMusicBrainzAllowsIsRefusedWithItsLength() {
        assertThat(UserName.check("é".repeat(64)).ok()).isTrue();
        assertThat(UserName.check("😀".repeat(65)).problem())
                .isEqualTo("A ListenBrainz user name has at most 64 characters; this one has 65.");
    }

    @Test
    void controlCharactersAreRefused() {
        assertThat(UserName.check("rob\u0000").problem())
                .isEqualTo("A ListenBrainz user name has no control characters; type it again.");
    }

    @Test
    void theNameIsOnePathSegmentWhateverItHolds() {
        assertThat(ListenBrainzClient.userPath("AC/DC fan")).isEqualTo("/1/user/AC%2FDC%20fan");
        assertThat(ListenBrainzClient.userPath("../rob")).isEqualTo("/1/user/..%2Frob");
        assertThat(ListenBrainzClient.userPath("a?b#c&d=e+f")).isEqualTo("/1/user/a%3Fb%23c%26d%3De%2Bf");
        assertThat(ListenBrainzClient.userPath("Zoë")).isEqualTo("/1/user/Zo%C3%AB");
    }

    @Test
    void aTokenIsOneWordOrNothing() {
        assertThat(ApiToken.check("  ").token()).isEmpty();
        assertThat(ApiToken.check("  ").ok()).isTrue();
        assertThat(ApiToken.check(" 0b1c2d3e-aaaa-bbbb-cccc-0123456789ab\n").token())
                .isEqualTo("0b1c2d3e-aaaa-bbbb-cccc-0123456789ab");
        assertThat(ApiToken.check("0b1c 2d3e").problem()).startsWith("A ListenBrainz token is one word");
        assertThat(ApiToken.check("tökén").problem()).startsWith("A ListenBrainz token is one word");
        assertThat(ApiToken.check("x".repeat(101)).problem()).startsWith("That is too long for a ListenBrainz token");
    }
}
