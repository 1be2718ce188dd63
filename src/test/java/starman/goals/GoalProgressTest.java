package starman.goals;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import starman.metrics.ListenIndex;
import starman.model.Listen;

/**
 * Goals against a brute-force reference: periods cut by java.time's own rules in the zone, every listen looked at,
 * at random instants and at the edges (a period's first and last second, the one after), over DST nights, both week
 * starts and months of 28 to 31 days.
 */
class GoalProgressTest {
    static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    static final List<ZoneId> ZONES = List.of(BERLIN, ZoneId.of("America/New_York"), ZoneId.of("UTC"),
            ZoneId.of("Australia/Lord_Howe"), ZoneId.of("Asia/Kolkata"));
    /** Around Berlin's spring change (2024-03-31), its autumn one (2024-10-27) and February 2023 (28 days). */
    static final List<LocalDateTime> ANCHORS = List.of(LocalDateTime.of(2024, 3, 31, 1, 0),
            LocalDateTime.of(2024, 10, 27, 2, 30), LocalDateTime.of(2023, 2, 20, 12, 0),
            LocalDateTime.of(2024, 1, 31, 23, 0));

    record Reference(long from, long end, double done, int target, GoalProgress.Status status, long eta) {
    }

    static Reference reference(Goal goal, List<Listen> listens, ZoneId zone, DayOfWeek weekStart, long now) {
        LocalDate date = Instant.ofEpochSecond(now).atZone(zone).toLocalDate();
        LocalDate first = switch (goal.span()) {
            case DAY -> date;
            case WEEK -> date.with(TemporalAdjusters.previousOrSame(weekStart));
            case MONTH -> date.withDayOfMonth(1);
        };
        LocalDate next = switch (goal.span()) {
            case DAY -> first.plusDays(1);
            case WEEK -> first.plusWeeks(1);
            case MONTH -> first.plusMonths(1);
        };
        long from = first.atStartOfDay(zone).toEpochSecond();
        long end = next.atStartOfDay(zone).toEpochSecond();
        long ms = 0;
        int songs = 0;
        Set<String> albums = new HashSet<>();
        Set<String> tracks = new HashSet<>();
        for (Listen l : listens) {
            if (l.listenedAt() < from || l.listenedAt() > Math.min(now, end - 1)) {
                continue;
            }
            songs++;
            Long d = l.track().additionalInfo().durationMs();
            ms += d == null ? 0 : d;
            String rg = l.track().mbidMapping().releaseGroupMbid();
            albums.add(rg);
            String title = l.track().trackName();
            if (("mb:" + rg).equals(goal.albumKey()) && title.matches(".* t[0-4]")) {
                tracks.add(title);
            }
        }
        int target = goal.kind() == Goal.Kind.ALBUM_TRACKS ? GoalHistory.TRACKS : goal.target();
        double done = switch (goal.kind()) {
            case MINUTES -> ms / 60_000.0;
            case SONGS -> songs;
            case ALBUMS -> albums.size();
            case ALBUM_TRACKS -> tracks.size();
            case FRONT_TO_BACK -> throw new IllegalArgumentException("see FrontToBackGoalTest");
        };
        return judged(from, end, done, target, now);
    }

    /** The status and ETA of {@code done} of {@code target} in [from, end) at now, by the goals' rules. */
    static Reference judged(long from, long end, double done, int target, long now) {
        long counted = Math.min(now + 1, end) - from;
        double gone = (double) counted / (end - from);
        GoalProgress.Status status = done >= target ? GoalProgress.Status.MET : now >= end ? GoalProgress.Status.MISSED
                : done >= target * gone ? GoalProgress.Status.ON_TRACK : gone >= 2.0 / 3 ? GoalProgress.Status.AT_RISK
                : GoalProgress.Status.BEHIND;
        long eta = done >= target || done == 0 ? -1 : now + (long) Math.ceil((target - done) / (done / counted));
        return new Reference(from, end, done, target, status, eta);
    }

    static List<Listen> history(Random random, long around, int n) {
        List<Listen> listens = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            long t = around + (long) (random.nextGaussian() * 20 * 86_400);
            long duration = random.nextInt(5) == 0 ? -1 : 60_000 + random.nextInt(400_000);
            listens.add(GoalHistory.listen(t, random.nextInt(6), random.nextInt(7), duration));
        }
        return listens;
    }

    static Goal goal(Random random) {
        Goal.Kind kind = Goal.Kind.values()[random.nextInt(4)];
        Goal.Span span = Goal.Span.values()[random.nextInt(3)];
        int target = switch (kind) {
            case MINUTES -> 1 + random.nextInt(span == Goal.Span.DAY ? 120 : 2000);
            case SONGS -> 1 + random.nextInt(span == Goal.Span.DAY ? 30 : 400);
            case ALBUMS -> 1 + random.nextInt(6);
            case ALBUM_TRACKS, FRONT_TO_BACK -> GoalHistory.TRACKS;
        };
        String album = kind == Goal.Kind.ALBUM_TRACKS ? "mb:rg-" + random.nextInt(6) : null;
        return new Goal(1, kind, target, span, album, album, 0);
    }

    static void assertMatches(GoalProgress p, Reference r) {
        assertThat(p.from()).isEqualTo(r.from());
        assertThat(p.end()).isEqualTo(r.end());
        assertThat(p.done()).isCloseTo(r.done(), org.assertj.core.data.Offset.offset(1e-9));
        assertThat(p.target()).isEqualTo(r.target());
        assertThat(p.status()).isEqualTo(r.status());
        assertThat(p.eta()).isEqualTo(r.eta());
    }

    @Test
    void everyGoalMatchesTheReferenceAtRandomInstantsAndAtItsPeriodsEdges() {
        Random random = new Random(17);
        int checked = 0;
        for (int run = 0; run < 60; run++) {
            ZoneId zone = ZONES.get(run % ZONES.size());
            DayOfWeek weekStart = run % 2 == 0 ? DayOfWeek.MONDAY : DayOfWeek.SUNDAY;
            long around = ANCHORS.get(run % ANCHORS.size()).atZone(zone).toEpochSecond();
            List<Listen> listens = history(random, around, 300 + random.nextInt(900));
            ListenIndex index = GoalHistory.index(zone, weekStart, listens);
            for (int g = 0; g < 12; g++) {
                Goal goal = goal(random);
                long now = around + (long) (random.nextGaussian() * 15 * 86_400);
                Reference at = reference(goal, listens, zone, weekStart, now);
                for (long t : new long[] {now, at.from(), at.end() - 1, at.end(), at.from() - 1}) {
                    assertMatches(GoalProgress.now(goal, index, GoalHistory.TRACK_LISTS, null, t),
                            reference(goal, listens, zone, weekStart, t));
                    checked++;
                }
            }
        }
        assertThat(checked).isEqualTo(60 * 12 * 5);
    }

    /** A listen at the day's last second counts in it; one at the next second starts the next day. */
    @Test
    void theLastSecondOfADayBelongsToIt() {
        long midnight = ZonedDateTime.of(2024, 11, 26, 0, 0, 0, 0, BERLIN).toEpochSecond();
        List<Listen> listens = List.of(GoalHistory.listen(midnight - 1, 0, 0, 600_000),
                GoalHistory.listen(midnight, 0, 1, 600_000));
        ListenIndex index = GoalHistory.index(BERLIN, DayOfWeek.MONDAY, listens);
        Goal tenMinutes = new Goal(1, Goal.Kind.MINUTES, 10, Goal.Span.DAY, null, null, 0);
        GoalProgress lastSecond = GoalProgress.now(tenMinutes, index, GoalHistory.TRACK_LISTS, null, midnight - 1);
        assertThat(lastSecond.status()).isEqualTo(GoalProgress.Status.MET);
        assertThat(lastSecond.end()).isEqualTo(midnight);
        GoalProgress next = GoalProgress.now(new Goal(1, Goal.Kind.MINUTES, 20, Goal.Span.DAY, null, null, 0), index,
                GoalHistory.TRACK_LISTS, null, midnight);
        assertThat(next.done()).isEqualTo(10.0);
        assertThat(next.from()).isEqualTo(midnight);
    }

    /** Berlin's spring night has 23 hours and its autumn night 25: the pace is spread over the hours there are. */
    @Test
    void aDstNightInBerlinHasTheHoursItHas() {
        long spring = ZonedDateTime.of(2024, 3, 31, 0, 0, 0, 0, BERLIN).toEpochSecond();
        long autumn = ZonedDateTime.of(2024, 10, 27, 0, 0, 0, 0, BERLIN).toEpochSecond();
        ListenIndex index = GoalHistory.index(BERLIN, DayOfWeek.MONDAY, List.of());
        Goal hour = new Goal(1, Goal.Kind.MINUTES, 230, Goal.Span.DAY, null, null, 0);
        GoalProgress short23 = GoalProgress.now(hour, index, GoalHistory.TRACK_LISTS, null, spring - 1 + 1);
        assertThat(short23.end() - short23.from()).isEqualTo(23 * 3600);
        assertThat(short23.neededPace()).isCloseTo(230 / ((23 * 3600 - 1) / 3600.0),
                org.assertj.core.data.Offset.offset(1e-9));
        GoalProgress long25 = GoalProgress.now(hour, index, GoalHistory.TRACK_LISTS, null, autumn);
        assertThat(long25.end() - long25.from()).isEqualTo(25 * 3600);
        // 16 local hours into the 25-hour day is 17 real hours: past two thirds (16.67 h), so at risk
        GoalProgress late = GoalProgress.now(hour, index, GoalHistory.TRACK_LISTS, null, autumn + 17 * 3600);
        assertThat(late.status()).isEqualTo(GoalProgress.Status.AT_RISK);
        GoalProgress earlier = GoalProgress.now(hour, index, GoalHistory.TRACK_LISTS, null, autumn + 16 * 3600);
        assertThat(earlier.status()).isEqualTo(GoalProgress.Status.BEHIND);
    }

    /** A Sunday's listens belong to the week a Sunday starts, and to the week before when weeks start on Monday. */
    @Test
    void aWeekGoalHonoursTheWeekStart() {
        long sunday = ZonedDateTime.of(2024, 11, 24, 10, 0, 0, 0, BERLIN).toEpochSecond();
        long monday = sunday + 86_400;
        List<Listen> listens = List.of(GoalHistory.listen(sunday, 0, 0, -1), GoalHistory.listen(monday, 0, 1, -1));
        Goal two = new Goal(1, Goal.Kind.SONGS, 2, Goal.Span.WEEK, null, null, 0);
        GoalProgress mondayWeek = GoalProgress.now(two, GoalHistory.index(BERLIN, DayOfWeek.MONDAY, listens),
                GoalHistory.TRACK_LISTS, null, monday);
        GoalProgress sundayWeek = GoalProgress.now(two, GoalHistory.index(BERLIN, DayOfWeek.SUNDAY, listens),
                GoalHistory.TRACK_LISTS, null, monday);
        assertThat(mondayWeek.done()).isEqualTo(1);
        assertThat(mondayWeek.status()).isEqualTo(GoalProgress.Status.ON_TRACK); // 1 of 2 on the first day
        assertThat(sundayWeek.done()).isEqualTo(2);
        assertThat(sundayWeek.status()).isEqualTo(GoalProgress.Status.MET);
        assertThat(sundayWeek.from()).isEqualTo(sunday - 10 * 3600);
    }

    /** February 2023 ends after 28 days and January after 31: its last second still counts, then it is missed. */
    @Test
    void aMonthGoalEndsWithItsMonth() {
        long march = ZonedDateTime.of(2023, 3, 1, 0, 0, 0, 0, BERLIN).toEpochSecond();
        long february = ZonedDateTime.of(2023, 2, 1, 0, 0, 0, 0, BERLIN).toEpochSecond();
        List<Listen> listens = List.of(GoalHistory.listen(march - 1, 1, 0, -1), GoalHistory.listen(march, 2, 0, -1));
        ListenIndex index = GoalHistory.index(BERLIN, DayOfWeek.MONDAY, listens);
        Goal two = new Goal(1, Goal.Kind.ALBUMS, 2, Goal.Span.MONTH, null, null, 0);
        GoalProgress last = GoalProgress.now(two, index, GoalHistory.TRACK_LISTS, null, march - 1);
        assertThat(last.end() - last.from()).isEqualTo(28 * 86_400);
        assertThat(last.from()).isEqualTo(february);
        assertThat(last.done()).isEqualTo(1);
        assertThat(last.status()).isEqualTo(GoalProgress.Status.AT_RISK);
        assertThat(last.secondsLeft()).isZero();
        assertThat(last.neededPace()).isEqualTo(1);
        GoalProgress over = GoalProgress.in(two, index, GoalHistory.TRACK_LISTS, null, last.goal().span()
                .at(index.periods(), march - 1), march, new int[0]);
        assertThat(over.status()).isEqualTo(GoalProgress.Status.MISSED); // March's first listen is not February's
        assertThat(over.done()).isEqualTo(1);
        GoalProgress january = GoalProgress.now(two, index, GoalHistory.TRACK_LISTS, null, february - 1);
        assertThat(january.end() - january.from()).isEqualTo(31 * 86_400);
    }

    @Test
    void theSentencesSayThePaceAndTheEta() {
        long nine = ZonedDateTime.of(2024, 11, 26, 9, 0, 0, 0, BERLIN).toEpochSecond();
        ListenIndex index = GoalHistory.index(BERLIN, DayOfWeek.MONDAY,
                List.of(GoalHistory.listen(nine - 3600, 0, 0, 1_200_000)));
        Goal sixty = new Goal(1, Goal.Kind.MINUTES, 60, Goal.Span.DAY, null, null, 0);
        GoalProgress p = GoalProgress.now(sixty, index, GoalHistory.TRACK_LISTS, null, nine - 1);
        assertThat(p.figure()).isEqualTo("20 of 60 minutes");
        assertThat(p.paceSentence()).isEqualTo("40 minutes to go: 2.7 minutes an hour until the day ends.");
        // 20 minutes in 9 hours: 40 more take 18 hours, after the day's end
        assertThat(p.etaSentence()).isEqualTo("At this pace, 53 of 60 minutes by the end of the day.");
        Goal thirty = new Goal(2, Goal.Kind.MINUTES, 30, Goal.Span.DAY, null, null, 0);
        assertThat(GoalProgress.now(thirty, index, GoalHistory.TRACK_LISTS, null, nine - 1).etaSentence())
                .isEqualTo("At this pace, met by 13:30.");
        assertThat(GoalProgress.now(new Goal(3, Goal.Kind.SONGS, 1, Goal.Span.DAY, null, null, 0), index,
                GoalHistory.TRACK_LISTS, null, nine).paceSentence()).isEqualTo("Met today.");
        Goal album = new Goal(4, Goal.Kind.ALBUM_TRACKS, 5, Goal.Span.WEEK, "mb:rg-0", "Album 0", 0);
        assertThat(GoalProgress.now(album, index, GoalHistory.TRACK_LISTS, null, nine).figure()).isEqualTo("1 of 5 tracks");
        assertThat(GoalProgress.now(album, index, rg -> null, null, nine).figure()).isEqualTo("track list not known yet");
    }
}
