package starman.goals;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import starman.atlas.Atlas;
import starman.metrics.ListenIndex;
import starman.metrics.Windows;
import starman.model.Listen;

/**
 * "Every studio album front to back by a date" against a brute-force reference: the period cut by java.time in the
 * zone (from the start of the day the goal was set to the end of its deadline), and an album counted when its five
 * tracks follow one another in order among the artist's listens of that period, each within the session gap of the
 * one before's end. Around DST changes, with album plays that straddle the period's edges.
 */
class FrontToBackGoalTest {
    static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    /**
     * Album sessions around {@code around}: mostly a whole album in order, some with a track skipped, repeated or
     * swapped, or a pause longer than the session gap; other albums' tracks (5 and 6 are on no list) between. No two
     * listens share a second, so the index's order is the time order.
     */
    static List<Listen> history(Random random, long around, int sessions) {
        List<Listen> listens = new ArrayList<>();
        Set<Long> taken = new HashSet<>();
        for (int s = 0; s < sessions; s++) {
            long t = around + (long) (random.nextGaussian() * 12 * 86_400);
            int album = random.nextInt(6);
            List<Integer> order = new ArrayList<>(List.of(0, 1, 2, 3, 4));
            switch (random.nextInt(6)) {
                case 0 -> order.remove(random.nextInt(5));
                case 1 -> order.add(random.nextInt(5), random.nextInt(7));
                case 2 -> order.set(random.nextInt(5), order.get(random.nextInt(5)));
                default -> {
                }
            }
            for (int track : order) {
                long ms = random.nextInt(8) == 0 ? -1 : 120_000 + random.nextInt(300_000);
                if (taken.add(t)) {
                    listens.add(GoalHistory.listen(t, album, track, ms));
                }
                long pause = random.nextInt(15) == 0 ? Windows.SESSION_GAP_S + 1 + random.nextInt(600)
                        : random.nextInt(4) == 0 ? Windows.SESSION_GAP_S - random.nextInt(3) : random.nextInt(90);
                t += Math.max(ms, 0) / 1000 + pause + 1;
            }
        }
        return listens;
    }

    record Reference(long from, long end, List<String> played) {
    }

    static Reference reference(Goal goal, List<Listen> listens, ZoneId zone, long now) {
        long from = Instant.ofEpochSecond(goal.created()).atZone(zone).toLocalDate().atStartOfDay(zone).toEpochSecond();
        long end = LocalDate.ofEpochDay(goal.deadline() + 1L).atStartOfDay(zone).toEpochSecond();
        List<Listen> in = listens.stream().filter(l -> l.listenedAt() >= from && l.listenedAt() <= Math.min(now, end - 1))
                .sorted(Comparator.comparingLong(Listen::listenedAt)).toList();
        List<String> played = new ArrayList<>();
        for (String rg : GoalHistory.STUDIO) {
            boolean found = false;
            for (int i = 0; i + GoalHistory.TRACKS <= in.size() && !found; i++) {
                boolean whole = true;
                for (int k = 0; k < GoalHistory.TRACKS && whole; k++) {
                    Listen l = in.get(i + k);
                    whole = l.track().trackName().equals(rg + " t" + k)
                            && (k == 0 || l.listenedAt() - endOf(in.get(i + k - 1)) <= Windows.SESSION_GAP_S);
                }
                found = whole;
            }
            if (found) {
                played.add(rg);
            }
        }
        return new Reference(from, end, played);
    }

    private static long endOf(Listen l) {
        Long ms = l.track().additionalInfo().durationMs();
        return l.listenedAt() + (ms == null ? 0 : ms / 1000);
    }

    static void assertMatches(GoalProgress p, Reference r, long now) {
        assertThat(p.from()).isEqualTo(r.from());
        assertThat(p.end()).isEqualTo(r.end());
        assertThat(p.trackListKnown()).isTrue();
        assertThat(p.albums()).extracting(Atlas.FrontToBack::releaseGroupMbid).containsExactlyElementsOf(GoalHistory.STUDIO);
        assertThat(p.albums()).filteredOn(Atlas.FrontToBack::played).extracting(Atlas.FrontToBack::releaseGroupMbid)
                .containsExactlyElementsOf(r.played());
        assertThat(p.toDo()).extracting(Atlas.FrontToBack::releaseGroupMbid)
                .containsExactlyElementsOf(GoalHistory.STUDIO.stream().filter(rg -> !r.played().contains(rg)).toList());
        GoalProgressTest.Reference judged = GoalProgressTest.judged(r.from(), r.end(), r.played().size(), GoalHistory.STUDIO.size(),
                now);
        assertThat(p.done()).isEqualTo(r.played().size());
        assertThat(p.target()).isEqualTo(GoalHistory.STUDIO.size());
        assertThat(p.status()).isEqualTo(judged.status());
        assertThat(p.eta()).isEqualTo(judged.eta());
    }

    @Test
    void theGoalMatchesTheReferenceAtRandomInstantsAndAtItsEdges() {
        Random random = new Random(17);
        int checked = 0;
        for (int run = 0; run < 60; run++) {
            ZoneId zone = GoalProgressTest.ZONES.get(run % GoalProgressTest.ZONES.size());
            long around = GoalProgressTest.ANCHORS.get(run % GoalProgressTest.ANCHORS.size()).atZone(zone)
                    .toEpochSecond();
            List<Listen> listens = history(random, around, 40 + random.nextInt(80));
            ListenIndex index = GoalHistory.index(zone, DayOfWeek.MONDAY, listens);
            for (int g = 0; g < 8; g++) {
                long created = around + (long) (random.nextGaussian() * 8 * 86_400);
                int deadline = (int) Instant.ofEpochSecond(created).atZone(zone).toLocalDate().toEpochDay()
                        + random.nextInt(20);
                Goal goal = Goal.frontToBack(1, 3, created, deadline);
                Reference whole = reference(goal, listens, zone, Long.MAX_VALUE);
                long now = whole.from() + (long) (random.nextDouble() * (whole.end() - whole.from() + 5 * 86_400));
                for (long t : new long[] {now, whole.from(), whole.end() - 1, whole.end(), whole.end() + 86_400}) {
                    assertMatches(GoalProgress.now(goal, index, GoalHistory.TRACK_LISTS, GoalHistory.DISCOGRAPHY, t),
                            reference(goal, listens, zone, t), t);
                    checked++;
                }
            }
        }
        assertThat(checked).isEqualTo(60 * 8 * 5);
    }

    /** The album from t, five four-minute tracks back to back; the last starts at t + 16 minutes. */
    static List<Listen> wholeAlbum(long t, int album) {
        List<Listen> listens = new ArrayList<>();
        for (int k = 0; k < GoalHistory.TRACKS; k++) {
            listens.add(GoalHistory.listen(t + k * 240L, album, k, 240_000));
        }
        return listens;
    }

    static long at(int year, int month, int day, int hour, int minute) {
        return LocalDateTime.of(year, month, day, hour, minute).atZone(BERLIN).toEpochSecond();
    }

    @Test
    void onlyAlbumsBegunAndCompletedWithinTheDaysOfTheGoalCount() {
        long set = at(2024, 3, 29, 15, 0);
        int deadline = (int) LocalDate.of(2024, 3, 31).toEpochDay(); // the spring change: a 23-hour last day
        List<Listen> listens = new ArrayList<>();
        listens.addAll(wholeAlbum(at(2024, 3, 28, 23, 50), 0)); // begun the day before the goal's first
        listens.addAll(wholeAlbum(at(2024, 3, 29, 0, 30), 1)); // the goal's first day, before it was set: counts
        listens.addAll(wholeAlbum(at(2024, 3, 31, 23, 50), 2)); // completed after the deadline
        ListenIndex index = GoalHistory.index(BERLIN, DayOfWeek.MONDAY, listens);
        Goal goal = Goal.frontToBack(1, 3, set, deadline);

        GoalProgress last = GoalProgress.now(goal, index, GoalHistory.TRACK_LISTS, GoalHistory.DISCOGRAPHY, at(2024, 3, 31, 23, 59));
        assertThat(last.end() - last.from()).isEqualTo(3 * 86_400 - 3600);
        assertThat(last.figure()).isEqualTo("1 of 3 studio albums");
        assertThat(last.toDo()).extracting(Atlas.FrontToBack::name).containsExactly("Album 0", "Album 2");
        assertThat(last.status()).isEqualTo(GoalProgress.Status.AT_RISK);
        GoalProgress after = GoalProgress.now(goal, index, GoalHistory.TRACK_LISTS, GoalHistory.DISCOGRAPHY, at(2024, 4, 1, 1, 0));
        assertThat(after.status()).isEqualTo(GoalProgress.Status.MISSED);
        assertThat(after.paceSentence()).isEqualTo("Missed: the deadline passed at 1 of 3 studio albums.");
        assertThat(after.etaSentence()).isEmpty();
    }

    @Test
    void thePaceAndTheEtaAreSaidInAlbumsAWeekAndDays() {
        long set = at(2024, 11, 1, 10, 0);
        List<Listen> listens = new ArrayList<>(wholeAlbum(at(2024, 11, 2, 20, 0), 0));
        ListenIndex index = GoalHistory.index(BERLIN, DayOfWeek.MONDAY, listens);
        Goal goal = Goal.frontToBack(1, 3, set, (int) LocalDate.of(2024, 12, 11).toEpochDay());
        GoalProgress p = GoalProgress.now(goal, index, GoalHistory.TRACK_LISTS, GoalHistory.DISCOGRAPHY, at(2024, 11, 2, 23, 0));
        assertThat(p.status()).isEqualTo(GoalProgress.Status.ON_TRACK);
        assertThat(p.paceSentence()).isEqualTo("2 studio albums in 40 days: 0.4 a week.");
        assertThat(p.etaSentence()).isEqualTo("At this pace, all 3 by Wednesday 6 November 2024.");
        GoalProgress nothing = GoalProgress.now(goal, index, GoalHistory.TRACK_LISTS, GoalHistory.DISCOGRAPHY, at(2024, 11, 2, 9, 0));
        assertThat(nothing.etaSentence()).isEqualTo("Nothing front to back yet to set a pace.");
        GoalProgress unknown = GoalProgress.now(goal, index, GoalHistory.TRACK_LISTS, null, at(2024, 11, 2, 23, 0));
        assertThat(unknown.trackListKnown()).isFalse();
        assertThat(unknown.figure()).isEqualTo("discography not known yet");
    }
}
