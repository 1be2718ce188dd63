package starman.share;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import starman.goals.Goal;
import starman.goals.GoalProgress;
import starman.javatime.JavaTime;
import starman.metrics.Dashboard;
import starman.metrics.Periods;
import starman.metrics.Totals;
import starman.metrics.charts.Scene;
import starman.metrics.charts.Shape;
import starman.training.PersonalBests;
import starman.training.Streaks;
import starman.training.Training;

class ShareCardTest {
    private static final int DAY = 20_424; // Tuesday 2 December 2025
    private static final Dashboard DASHBOARD = new Dashboard(0, new Totals(3, 1, 11 * 60_000, 0),
            new Totals(14, 2, 52 * 60_000, 1), new Totals(88, 9, 350 * 60_000, 0), new Totals(301, 17, 1_200 * 60_000, 0),
            new Totals(1_234_567, 412, 5_000_000L * 60_000, 3), 12);
    private static final Training TRAINING = new Training(
            new Streaks.Summary(new Streaks.Streak(DAY - 11, DAY, 12, 0), new Streaks.Streak(DAY - 400, DAY - 377, 23, 0)),
            new Streaks.Summary(Streaks.NONE, Streaks.NONE),
            List.of(best(PersonalBests.Kind.SONGS_IN_15_MINUTES, 9), best(PersonalBests.Kind.SONGS_IN_AN_HOUR, 20),
                    best(PersonalBests.Kind.SONGS_IN_A_DAY, 41), best(PersonalBests.Kind.SONGS_IN_A_WEEK, 150),
                    best(PersonalBests.Kind.LONGEST_SESSION, 212), best(PersonalBests.Kind.ALBUMS_IN_A_DAY, 5)),
            List.of(), DAY);

    private static PersonalBests.Best best(PersonalBests.Kind kind, int value) {
        return new PersonalBests.Best(kind, value, 0, 0, 0, 1, DAY);
    }

    private static List<String> texts(Scene card) {
        List<String> texts = new ArrayList<>();
        card.shapes().forEach(s -> {
            if (s instanceof Shape.Text t) {
                texts.add(t.text());
            }
        });
        return texts;
    }

    @Test
    void theCardCarriesEveryPeriodsFiguresTheStreakAndTheBests() {
        Scene card = ShareCard.workout("David Bowie", DASHBOARD, TRAINING, DAY);

        assertThat(card.title()).isEqualTo("My David Bowie workout, Tuesday 2 December 2025");
        assertThat(texts(card)).containsSubsequence("My David Bowie workout",
                "Tuesday 2 December 2025 · from my ListenBrainz history",
                "Last 60 minutes", "3", "songs", "11 min",
                "Today", "14", "songs", "2 albums", "52 min",
                "All time", "1,234,567", "songs", "412 albums", "5,000,000 min",
                "12 days in a row with David Bowie", "Longest streak: 23 days",
                "Bests: 9 songs in 15 minutes · 41 songs in a day · a 212-minute session");
        assertThat(texts(card)).doesNotContain("1 albums").as("the last hour has no album count").noneMatch(
                t -> t.equals("1 album"));
    }

    @Test
    void whileTheStreaksAreBeingCountedTheCardShowsTheTableAlone() {
        assertThat(texts(ShareCard.workout("Low", DASHBOARD, null, DAY))).noneMatch(t -> t.contains("in a row"))
                .noneMatch(t -> t.startsWith("Bests"));
    }

    @Test
    void everyTextFitsTheCardAndALongNameIsCutWithAnEllipsis() {
        String name = "The Incredibly Long Named Orchestra and Chorus of the Northern Hemisphere Festival";
        Scene card = ShareCard.workout(name, DASHBOARD, TRAINING, DAY);
        Shape.Text title = (Shape.Text) card.shapes().stream().filter(s -> s instanceof Shape.Text).findFirst()
                .orElseThrow();
        assertThat(title.style()).isEqualTo("title-s");
        assertThat(title.text()).startsWith("My The Incredibly").endsWith("…");
        assertThat(title.text().length() * 34 * 0.6).isLessThanOrEqualTo(ShareCard.WIDTH - 2 * 60);

        assertThat(ShareCard.workout("Low", DASHBOARD, TRAINING, DAY).shapes()).filteredOn(s -> s instanceof Shape.Text)
                .map(s -> ((Shape.Text) s).style()).contains("title", "value", "value-xs");
    }

    @Test
    void theDocumentIsWellFormedSvgWithItsOwnStyleAndNamesNeverBecomeMarkup() throws Exception {
        String svg = ShareCard.svg(ShareCard.workout("<b>Tom & \"Jerry\"</b>", DASHBOARD, TRAINING, DAY));

        Document doc = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
        Element root = doc.getDocumentElement();
        assertThat(root.getTagName()).isEqualTo("svg");
        assertThat(root.getAttribute("xmlns")).isEqualTo("http://www.w3.org/2000/svg");
        assertThat(root.getAttribute("width")).isEqualTo("1200");
        assertThat(root.getAttribute("height")).isEqualTo("630");
        assertThat(doc.getElementsByTagName("style").item(0).getTextContent()).contains(".bg{fill:#101828}");
        assertThat(doc.getElementsByTagName("b").getLength()).isZero();
        NodeList texts = doc.getElementsByTagName("text");
        assertThat(texts.item(0).getTextContent()).isEqualTo("My <b>Tom & \"Jerry\"</b> workout");
        assertThat(doc.getElementsByTagName("rect").getLength()).isEqualTo(2 + 5);
    }

    @Test
    void aGoalsCardSaysWhatItAsksHowFarItIsAndFillsItsBarByTheShareDone() {
        Periods periods = JavaTime.periods(ZoneId.of("Europe/London"), DayOfWeek.MONDAY);
        long start = periods.startOfDay(DAY);
        Goal goal = new Goal(1, Goal.Kind.MINUTES, 60, Goal.Span.DAY, null, null, start);
        GoalProgress progress = new GoalProgress(goal, start, periods.startOfDay(DAY + 1), start + 10 * 3600, 34.5, 60,
                GoalProgress.Status.ON_TRACK, true, periods, List.of());

        Scene card = ShareCard.goal("David Bowie", progress, DAY);

        assertThat(texts(card)).containsSubsequence("My goal: 60 minutes of David Bowie a day",
                "Tuesday 2 December 2025 · from my ListenBrainz history", "34 of 60 minutes", "On track",
                progress.paceSentence());
        List<Shape.Box> bar = card.shapes().stream().filter(s -> s instanceof Shape.Box b && b.height() == 36)
                .map(Shape.Box.class::cast).toList();
        assertThat(bar).hasSize(2);
        assertThat(bar.get(1).width()).isEqualTo(bar.get(0).width() * 34.5 / 60);
        assertThat(card.title()).isEqualTo("My goal: 60 minutes of David Bowie a day, 34 of 60 minutes, on track");
    }
}
