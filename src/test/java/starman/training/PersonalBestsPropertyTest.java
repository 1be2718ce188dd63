package starman.training;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import starman.metrics.Windows;
import starman.time.Weekday;

/** Each best against a brute-force search of every candidate span, the first of equals kept. */
class PersonalBestsPropertyTest {
    @Provide
    Arbitrary<Listens> listens() {
        return Listens.arbitrary(80, 20);
    }

    @Property(tries = 400)
    void matchTheBruteForceSearch(@ForAll("listens") Listens listens, @ForAll Weekday weekStart) {
        List<PersonalBests.Best> expected = new ArrayList<>();
        if (listens.size() > 0) {
            expected.add(window(listens, PersonalBests.Kind.SONGS_IN_15_MINUTES, Windows.SPRINT_S));
            expected.add(window(listens, PersonalBests.Kind.SONGS_IN_AN_HOUR, 3_600));
            expected.add(grouped(listens, PersonalBests.Kind.SONGS_IN_A_DAY, row -> listens.days()[row], false));
            PersonalBests.Best week = grouped(listens, PersonalBests.Kind.SONGS_IN_A_WEEK,
                    row -> Streaks.week(listens.days()[row], weekStart), false);
            LocalDate first = LocalDate.ofEpochDay(week.day());
            while (first.getDayOfWeek().getValue() != weekStart.value()) {
                first = first.minusDays(1);
            }
            expected.add(new PersonalBests.Best(week.kind(), week.value(), week.first(), week.last(), week.from(),
                    week.to(), (int) first.toEpochDay()));
            expected.add(session(listens));
            expected.add(grouped(listens, PersonalBests.Kind.ALBUMS_IN_A_DAY, row -> listens.days()[row], true));
        }
        assertThat(PersonalBests.of(listens, weekStart)).isEqualTo(expected);
    }

    /** Every row as a window's start: the rows up to {@code seconds} after it, counted one by one. */
    private static PersonalBests.Best window(Listens l, PersonalBests.Kind kind, long seconds) {
        int bestFirst = -1;
        int bestLast = -1;
        for (int first = 0; first < l.size(); first++) {
            int last = first;
            for (int row = first; row < l.size(); row++) {
                if (l.times()[row] < l.times()[first] + seconds) {
                    last = row;
                }
            }
            if (bestFirst < 0 || last - first > bestLast - bestFirst) {
                bestFirst = first;
                bestLast = last;
            }
        }
        return best(l, kind, bestLast - bestFirst + 1, bestFirst, bestLast);
    }

    interface Group {
        int of(int row);
    }

    /** Every group (day or week) with its rows found by a full scan; songs, or distinct albums. */
    private static PersonalBests.Best grouped(Listens l, PersonalBests.Kind kind, Group group, boolean albums) {
        PersonalBests.Best best = null;
        Set<Integer> done = new HashSet<>();
        for (int row = 0; row < l.size(); row++) {
            int g = group.of(row);
            if (!done.add(g)) {
                continue;
            }
            int first = -1;
            int last = -1;
            Set<Integer> distinct = new HashSet<>();
            int songs = 0;
            for (int r = 0; r < l.size(); r++) {
                if (group.of(r) == g) {
                    first = first < 0 ? r : first;
                    last = r;
                    songs++;
                    if (l.albums()[r] >= 0) {
                        distinct.add(l.albums()[r]);
                    }
                }
            }
            int value = albums ? distinct.size() : songs;
            if (best == null || value > best.value()) {
                best = best(l, kind, value, first, last);
            }
        }
        return best;
    }

    /** Sessions cut wherever a listen starts more than the gap after the previous one's end. */
    private static PersonalBests.Best session(Listens l) {
        List<int[]> sessions = new ArrayList<>();
        int first = 0;
        for (int row = 1; row <= l.size(); row++) {
            if (row == l.size() || l.times()[row] - end(l, row - 1) > Windows.SESSION_GAP_S) {
                sessions.add(new int[] {first, row - 1});
                first = row;
            }
        }
        PersonalBests.Best best = null;
        long bestSeconds = -1;
        for (int[] s : sessions) {
            long reach = 0;
            for (int row = s[0]; row <= s[1]; row++) {
                reach = Math.max(reach, end(l, row));
            }
            long seconds = reach - l.times()[s[0]];
            if (seconds > bestSeconds) {
                bestSeconds = seconds;
                best = best(l, PersonalBests.Kind.LONGEST_SESSION, (int) (seconds / 60), s[0], s[1]);
            }
        }
        return best;
    }

    private static long end(Listens l, int row) {
        return l.times()[row] + Math.max(0, l.durations()[row] / 1000);
    }

    private static PersonalBests.Best best(Listens l, PersonalBests.Kind kind, int value, int first, int last) {
        return new PersonalBests.Best(kind, value, first, last, l.times()[first], l.times()[last] + 1,
                l.days()[first]);
    }

    @Test
    void anArtistNeverPlayedHasNoBests() {
        assertThat(PersonalBests.of(Listens.of(List.of(), List.of(), List.of()), Weekday.MONDAY)).isEmpty();
    }
}
