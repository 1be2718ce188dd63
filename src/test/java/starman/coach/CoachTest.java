package starman.coach;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import starman.bench.SyntheticHistory;
import starman.javatime.JavaTime;
import starman.listenbrainz.ArtistReleaseGroup;
import starman.metrics.ListenIndex;
import starman.metrics.RecordingLengths;
import starman.model.AdditionalInfo;
import starman.model.Listen;
import starman.model.ListenKey;
import starman.model.MbidMapping;
import starman.model.TrackMetadata;
import starman.normalize.ArtistFilter;
import starman.normalize.Normalizer;
import starman.normalize.ReleaseGroupResolver;

class CoachTest {
    static final long DAY = 86_400;
    static final long MORNING = 1_743_325_200L; // 2025-03-30T09:00:00Z
    final ListenIndex index = new ListenIndex(new Normalizer(ReleaseGroupResolver.NONE), ArtistFilter.DAVID_BOWIE,
            JavaTime.periods(ZoneId.of("UTC"), DayOfWeek.MONDAY), RecordingLengths.NONE);
    final Coach coach = new Coach(index, SyntheticHistory.TRACK_LISTS, Coach.DEFAULT_FOCUS_THRESHOLD);
    /** The artist's release groups as cached, none until a test gives them. */
    List<ArtistReleaseGroup> discography = null;

    static Listen play(long t, String rg, String title) {
        AdditionalInfo info = new AdditionalInfo(240_000L, null, null, null, null, List.of(), null, null, Map.of());
        MbidMapping mapping = new MbidMapping("rec-" + title, title, "rel", rg, List.of(SyntheticHistory.BOWIE), List.of(), null, null);
        return new Listen(t, 0, "msid-" + t, "u", new TrackMetadata("David Bowie", title, "Album " + rg, info, mapping));
    }

    /** Adds a listen and reports it ended four minutes later. */
    List<Message> ended(long t, String rg, String title) {
        Listen l = play(t, rg, title);
        index.add(l);
        return coach.react(CoachEvent.trackEnded(t + 240, l.key()), discography);
    }

    static List<Message.Kind> kinds(List<Message> messages) {
        return messages.stream().map(Message::kind).toList();
    }

    @Test
    void completingAnAlbumIsCelebratedOnce() {
        assertThat(ended(MORNING, "rg-heroes", "Beauty and the Beast")).isEmpty();
        assertThat(ended(MORNING + 300, "rg-heroes", "Heroes")).isEmpty();
        List<Message> done = ended(MORNING + 1200, "rg-heroes", "V-2 Schneider");
        assertThat(done).contains(new Message(Message.Kind.ALBUM_COMPLETE, "Album complete: all 3 tracks of Album rg-heroes this session."));
        assertThat(kinds(ended(MORNING + 1500, "rg-heroes", "Heroes"))).doesNotContain(Message.Kind.ALBUM_COMPLETE);
    }

    @Test
    void leavingAnAlbumEarlyIsAFocusBreak() {
        ended(MORNING, "rg-ziggy", "Five Years");
        List<Message> messages = ended(MORNING + 300, "rg-low", "Warszawa");
        assertThat(messages).containsExactly(new Message(Message.Kind.FOCUS_BREAK,
                "Focus break: you left Album rg-ziggy after 1 of 5 tracks."));
    }

    @Test
    void sprintMilestonesAreReachedOnce() {
        ended(MORNING, "rg-no-track-list", "Speed of Life");
        assertThat(ended(MORNING + 240, "rg-no-track-list", "Sound and Vision")).isEmpty();
        assertThat(ended(MORNING + 480, "rg-no-track-list", "Warszawa"))
                .containsExactly(new Message(Message.Kind.SPRINT, "Sprint: 12 songs an hour!"));
        assertThat(ended(MORNING + 600, "rg-no-track-list", "Subterraneans"))
                .containsExactly(new Message(Message.Kind.SPRINT, "Sprint: 16 songs an hour!"));
        assertThat(coach.react(CoachEvent.synced(MORNING + 840, List.of()), discography)).isEmpty();
    }

    @Test
    void theFirstListenOfADayExtendsTheStreak() {
        ended(MORNING - 2 * DAY, "rg-low", "Warszawa");
        ended(MORNING - DAY, "rg-low", "Warszawa");
        assertThat(ended(MORNING, "rg-low", "Warszawa"))
                .containsExactly(new Message(Message.Kind.STREAK, "Day 3 in a row with David Bowie."));
        assertThat(kinds(ended(MORNING + 3600, "rg-low", "Warszawa"))).containsExactly(Message.Kind.DAILY_RECORD);
    }

    @Test
    void theFirstListenOfTheDayAFirstListenFellOnRemembersIt() {
        long twoYearsAgo = MORNING - 731 * DAY; // 2023-03-30: 2024 had a 29 February
        ended(twoYearsAgo, "rg-low", "Warszawa");
        ended(MORNING - 300 * DAY, "rg-heroes", "Heroes");
        assertThat(ended(MORNING, "rg-heroes", "Heroes")).containsExactly(
                new Message(Message.Kind.ANNIVERSARY, "On this day: 2 years ago today: your first David Bowie listen,"
                        + " Thursday 30 March 2023."),
                new Message(Message.Kind.ANNIVERSARY, "On this day: 2 years ago today: your first listen of Album rg-low,"
                        + " Thursday 30 March 2023."));
        assertThat(kinds(ended(MORNING + 3600, "rg-heroes", "Heroes"))).doesNotContain(Message.Kind.ANNIVERSARY);
    }

    @Test
    void aSyncThatBeatsTheBestDayAnnouncesARecord() {
        ended(MORNING - 3 * DAY, "rg-low", "Warszawa");
        ended(MORNING - 3 * DAY + 3600, "rg-low", "Warszawa");
        ended(MORNING, "rg-low", "Warszawa");
        List<ListenKey> added = new ArrayList<>();
        for (long t = MORNING + 3600; t < MORNING + 4 * 3600; t += 3600) {
            Listen l = play(t, "rg-low", "Warszawa");
            index.add(l);
            added.add(l.key());
        }
        List<Message> messages = coach.react(CoachEvent.synced(MORNING + 4 * 3600, added), discography);
        assertThat(messages).containsExactly(new Message(Message.Kind.DAILY_RECORD,
                "New daily record: 4 songs by David Bowie today (best was 2)."));
        assertThat(coach.react(CoachEvent.synced(MORNING + 4 * 3600, List.of()), discography)).isEmpty();
    }

    @Test
    void listensThatAreNotIndexedOrStillAheadAreIgnored() {
        Listen later = play(MORNING + 600, "rg-low", "Warszawa");
        index.add(later);
        assertThat(coach.react(CoachEvent.synced(MORNING, List.of(later.key(), new ListenKey(1, "nope"))), discography))
                .isEmpty();
    }

    @Test
    void theFirstListenOfTheDayAStudioAlbumCameOutOnSaysItsAnniversary() {
        ended(MORNING - DAY, "rg-low", "Warszawa"); // 29 March: no anniversary
        discography = List.of(
                new ArtistReleaseGroup("rg-low", "Low", "David Bowie", "1977-03-30", "Album", List.of()),
                new ArtistReleaseGroup("rg-ep", "Baal", "David Bowie", "1982-03-30", "EP", List.of()),
                new ArtistReleaseGroup("rg-single", "Sound and Vision", "David Bowie", "1977-03-30", "Single", List.of()),
                new ArtistReleaseGroup("rg-live", "Stage", "David Bowie", "1978-03-30", "Album", List.of("Live")),
                new ArtistReleaseGroup("rg-lodger", "Lodger", "David Bowie", "1979-05-18", "Album", List.of()));
        assertThat(ended(MORNING, "rg-heroes", "Heroes")).filteredOn(m -> m.kind() == Message.Kind.RELEASE_ANNIVERSARY)
                .containsExactly(
                        new Message(Message.Kind.RELEASE_ANNIVERSARY, "On this day: Low came out 48 years ago today, on"
                                + " Wednesday 30 March 1977."),
                        new Message(Message.Kind.RELEASE_ANNIVERSARY, "On this day: Baal came out 43 years ago today, on"
                                + " Tuesday 30 March 1982."));
        assertThat(kinds(ended(MORNING + 3600, "rg-heroes", "Heroes"))).doesNotContain(Message.Kind.RELEASE_ANNIVERSARY);
        discography = null; // a year on, the discography not cached (another artist's tab): nothing to say
        assertThat(kinds(ended(MORNING + 365 * DAY, "rg-low", "Warszawa"))).contains(Message.Kind.ANNIVERSARY)
                .doesNotContain(Message.Kind.RELEASE_ANNIVERSARY);
    }
}
