package starman.goals;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class GoalsTest {
    static final Function<String, Goals.Album> ALBUMS = name -> switch (name) {
        case "Low" -> new Goals.Album("mb:rg-low", "Low", 11);
        case "Lodger" -> new Goals.Album("mb:rg-lodger", "Lodger", 0);
        default -> null;
    };

    /** 1 December 2026, the local day of the check. */
    static final int TODAY = (int) LocalDate.of(2026, 12, 1).toEpochDay();

    static Goals.Checked check(Goals goals, String kind, String target, String span, String album) {
        return goals.check(new Goals.Form(kind, target, span, album, ""), ALBUMS, () -> {
            throw new AssertionError("only a front-to-back goal reads the discography");
        }, "David Bowie", 1_000, TODAY);
    }

    static Goals.Checked byDate(String deadline, Goals.StudioAlbums studio) {
        return Goals.NONE.check(new Goals.Form("FRONT_TO_BACK", "", "", "", deadline), ALBUMS, () -> studio,
                "David Bowie", 1_000, TODAY);
    }

    @Test
    void aFrontToBackGoalTakesADeadlineFromTodayOnAndTheStudioAlbumsKnown() {
        Goals.StudioAlbums known = new Goals.StudioAlbums(25, null);
        Goals.Checked set = byDate(" 2027-04-30 ", known);
        assertThat(set.problem()).isNull();
        assertThat(set.goal()).isEqualTo(Goal.frontToBack(1, 25, 1_000, (int) LocalDate.of(2027, 4, 30).toEpochDay()));
        assertThat(set.goal().title("David Bowie"))
                .isEqualTo("every studio album of David Bowie front to back by Friday 30 April 2027");
        assertThat(byDate("2026-12-01", known).goal().deadline()).isEqualTo(TODAY);
        assertThat(byDate("2026-11-30", known).problem())
                .isEqualTo("Monday 30 November 2026 has passed; choose today or a later day as the deadline.");
        assertThat(byDate("2027-02-30", known).problem())
                .isEqualTo("'2027-02-30' is not a date; enter the deadline as year-month-day, such as 2027-03-01.");
        assertThat(byDate("next spring", known).problem()).startsWith("'next spring' is not a date");
        assertThat(byDate("", known).problem()).isEqualTo("Enter the day by which to hear every studio album front to"
                + " back, such as 2027-03-01.");
        Goals.Checked none = byDate("2027-04-30", new Goals.StudioAlbums(0, "The atlas needs David Bowie's MBID."));
        assertThat(none.problem()).isEqualTo("The atlas needs David Bowie's MBID.");
        assertThat(none.goal()).isNull();
    }

    @Test
    void aGoalIsSetFromTheFormsText() {
        Goals.Checked minutes = check(Goals.NONE, "MINUTES", " 60 ", "DAY", "");
        assertThat(minutes.problem()).isNull();
        assertThat(minutes.goal()).isEqualTo(new Goal(1, Goal.Kind.MINUTES, 60, Goal.Span.DAY, null, null, 1_000));
        assertThat(minutes.goal().title("David Bowie")).isEqualTo("60 minutes of David Bowie a day");
        Goals one = Goals.NONE.with(minutes.goal());
        Goals.Checked album = check(one, "ALBUM_TRACKS", "", "WEEK", "Low");
        assertThat(album.goal()).isEqualTo(new Goal(2, Goal.Kind.ALBUM_TRACKS, 11, Goal.Span.WEEK, "mb:rg-low", "Low",
                1_000));
        assertThat(album.goal().title("David Bowie")).isEqualTo("every track of Low a week");
        assertThat(one.with(album.goal()).without(1).list()).containsExactly(album.goal());
    }

    @Test
    void aBadInputGetsASentence() {
        assertThat(check(Goals.NONE, "MINUTES", "0", "DAY", "").problem())
                .isEqualTo("A goal needs a target above zero; 0 minutes would be met before you start.");
        assertThat(check(Goals.NONE, "SONGS", "-5", "WEEK", "").problem())
                .isEqualTo("A goal needs a target above zero; -5 songs would be met before you start.");
        assertThat(check(Goals.NONE, "SONGS", "ten", "WEEK", "").problem())
                .isEqualTo("The target is a whole number such as 60; 'ten' is not one.");
        assertThat(check(Goals.NONE, "SONGS", "2.5", "WEEK", "").problem())
                .isEqualTo("The target is a whole number such as 60; '2.5' is not one.");
        assertThat(check(Goals.NONE, "SONGS", "", "WEEK", "").problem())
                .isEqualTo("Enter the goal's target, a whole number such as 60.");
        assertThat(check(Goals.NONE, "SONGS", "1000000", "DAY", "").problem())
                .isEqualTo("A target of 1000000 songs a day is more than anyone can hear; enter at most 100000.");
        assertThat(check(Goals.NONE, "ALBUM_TRACKS", "", "MONTH", "Hunky Dory").problem())
                .isEqualTo("Starman has not heard an album called 'Hunky Dory' by David Bowie; choose one of the"
                        + " albums it suggests as you type.");
        assertThat(check(Goals.NONE, "ALBUM_TRACKS", "", "MONTH", " ").problem())
                .isEqualTo("Enter the album whose every track you want to hear, for example one of your top albums.");
        assertThat(check(Goals.NONE, "ALBUM_TRACKS", "", "MONTH", "Lodger").problem())
                .startsWith("The track list of Lodger is not known yet");
        assertThat(check(Goals.NONE, "HOURS", "3", "DAY", "").problem()).startsWith("Choose what the goal counts");
        assertThat(check(Goals.NONE, "SONGS", "3", "YEAR", "").problem()).startsWith("Choose whether the goal is for");
        assertThat(check(Goals.NONE, "SONGS", "0", "DAY", "").goal()).isNull();
    }

    @Test
    void savedGoalsReadBackAndUnknownOnesAreDropped() {
        Goals goals = Goals.NONE.with(new Goal(1, Goal.Kind.SONGS, 20, Goal.Span.MONTH, null, null, 5))
                .with(new Goal(3, Goal.Kind.ALBUM_TRACKS, 11, Goal.Span.WEEK, "mb:rg-low", "Low \"Berlin\"", 7))
                .with(Goal.frontToBack(4, 25, 9, TODAY + 40));
        assertThat(Goals.parse(goals.toJson())).isEqualTo(goals);
        assertThat(goals.nextId()).isEqualTo(5);
        assertThat(goals.toJson()).contains("\"deadline\":\"2027-01-10\"");
        String newer = "[{\"id\":1,\"kind\":\"HOURS\",\"target\":2,\"span\":\"DAY\"},"
                + "{\"id\":2,\"kind\":\"SONGS\",\"target\":5,\"span\":\"DAY\",\"created\":9,\"grace\":true}]";
        assertThat(Goals.parse(newer).list()).containsExactly(new Goal(2, Goal.Kind.SONGS, 5, Goal.Span.DAY, null, null,
                9));
    }
}
