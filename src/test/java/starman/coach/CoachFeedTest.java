package starman.coach;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import starman.json.JsonException;

class CoachFeedTest {
    private static final Message SPRINT = new Message(Message.Kind.SPRINT, "Eight songs an hour: a sprint!");
    private static final Message ALBUM = new Message(Message.Kind.ALBUM_COMPLETE, "Low, all 11 tracks.");

    @Test
    void newestEventFirstEachEventInTheCoachsOrder() {
        CoachFeed feed = new CoachFeed();
        feed.add(100, List.of(SPRINT));
        feed.add(200, List.of(ALBUM, SPRINT));

        assertThat(feed.lines()).containsExactly(new CoachFeed.Line(200, ALBUM), new CoachFeed.Line(200, SPRINT),
                new CoachFeed.Line(100, SPRINT));
    }

    @Test
    void keepsTheNewestTwentyLines() {
        CoachFeed feed = new CoachFeed();
        for (int i = 0; i < 25; i++) {
            feed.add(i, List.of(new Message(Message.Kind.STREAK, "day " + i)));
        }
        assertThat(feed.lines()).hasSize(CoachFeed.SIZE);
        assertThat(feed.lines().get(0).message().text()).isEqualTo("day 24");
        assertThat(feed.lines().get(CoachFeed.SIZE - 1).message().text()).isEqualTo("day 5");
    }

    @Test
    void survivesItsJsonWithQuotesAndUnicode() {
        CoachFeed feed = new CoachFeed();
        feed.add(1_700_000_000L, List.of(new Message(Message.Kind.FOCUS_BREAK, "Switched from \"Heroes\" — at 3/10 ✶")));
        feed.add(1_700_000_300L, List.of(ALBUM));

        assertThat(CoachFeed.parse(feed.toJson()).lines()).isEqualTo(feed.lines());
    }

    @Test
    void dropsLinesOfKindsThisVersionDoesNotKnow() {
        String json = "[{\"at\":5,\"kind\":\"MOON_PHASE\",\"text\":\"?\"},{\"at\":4,\"kind\":\"SPRINT\",\"text\":\"go\","
                + "\"extra\":[1]}]";

        assertThat(CoachFeed.parse(json).lines())
                .containsExactly(new CoachFeed.Line(4, new Message(Message.Kind.SPRINT, "go")));
    }

    @Test
    void aDamagedRecordIsAnError() {
        assertThatThrownBy(() -> CoachFeed.parse("[{\"at\":1,")).isInstanceOf(JsonException.class);
    }
}
