package starman.bench;

import java.time.DayOfWeek;
import java.time.ZoneId;
import java.util.List;
import starman.coach.Coach;
import starman.coach.CoachEvent;
import starman.coach.Message;
import starman.javatime.JavaTime;
import starman.json.JsonWriter;
import starman.metrics.Dashboard;
import starman.metrics.ListenIndex;
import starman.metrics.Totals;
import starman.model.Listen;
import starman.normalize.ArtistFilter;
import starman.normalize.Normalizer;
import starman.normalize.ReleaseGroupResolver;
import starman.random.SplitMix64;

/**
 * The engine benchmark's workload, the same on the JVM (JMH) and compiled in the browser: a seeded
 * synthetic history of about five years of heavy listening either side of the anchor (90 % by the
 * artist) and the operations timed on its index.
 */
public final class EngineWorkload {
    public static final int DEFAULT_LISTENS = 1_000_000;
    private static final long SEED = 42;
    private static final long ANCHOR = 1_743_328_800L; // 2025-03-30T10:00:00Z, a DST change in London
    private static final int DAYS = 1825;
    private static final int COACH_REPLAY = 300;

    private final List<Listen> history;
    private final long now;
    private final long middle;
    private final Listen next;
    private final Listen late;
    private ListenIndex index;
    private Coach coach;

    public EngineWorkload(int listens) {
        history = SyntheticHistory.random(new SplitMix64(SEED), ANCHOR, DAYS, listens);
        now = history.get(history.size() - 1).listenedAt();
        middle = history.get(history.size() / 2).listenedAt();
        SplitMix64 rng = new SplitMix64(7);
        next = SyntheticHistory.listen(rng, now + 1, "bench-next");
        late = SyntheticHistory.listen(rng, middle + 1, "bench-late");
    }

    public List<Listen> history() {
        return history;
    }

    /** Indexes the whole history into a fresh index (a cold start), which the operations below then use. */
    public ListenIndex build() {
        index = new ListenIndex(new Normalizer(ReleaseGroupResolver.NONE), ArtistFilter.DAVID_BOWIE,
                JavaTime.periods(ZoneId.of("Europe/London"), DayOfWeek.MONDAY), SyntheticHistory.LENGTHS);
        index.addAll(history);
        coach = new Coach(index, SyntheticHistory.TRACK_LISTS, Coach.DEFAULT_FOCUS_THRESHOLD);
        return index;
    }

    /** All dashboards at the newest listen (all time comes from running totals). */
    public Dashboard dashboardNow() {
        return index.dashboard(now);
    }

    /** All dashboards at an instant in the middle: all time scans half the columns. */
    public Dashboard dashboardInThePast() {
        return index.dashboard(middle);
    }

    /** A new listen arrives and is taken back, so the index stays the same. */
    public boolean append() {
        index.add(next);
        return index.remove(next.key());
    }

    /** A late listen lands in the middle of the history and is deleted again: two array moves. */
    public boolean insertLate() {
        index.add(late);
        return index.remove(late.key());
    }

    /** The coach's reaction to the newest listen ending: sessions, completion, sprint, day records over all rows. */
    public List<Message> coachTrackEnded() {
        return coach.react(CoachEvent.trackEnded(now + 240, history.get(history.size() - 1).key()), null);
    }

    /** What the operations compute, as JSON, to compare the compiled engine with the JVM's (after build()). */
    public String outputs() {
        JsonWriter w = new JsonWriter().beginObject();
        w.name("listens").value(history.size()).name("indexed").value(index.size());
        dashboard(w.name("dashboardNow"), dashboardNow());
        dashboard(w.name("dashboardInThePast"), dashboardInThePast());
        index.add(next);
        dashboard(w.name("dashboardAfterAppend"), index.dashboard(next.listenedAt()));
        index.remove(next.key());
        index.add(late);
        dashboard(w.name("dashboardAfterLateInsert"), index.dashboard(middle + 1));
        index.remove(late.key());
        messages(w.name("coachTrackEnded"), coachTrackEnded());
        w.name("coachReplay").beginArray(); // the last listens ending one by one: sprints, completions, breaks
        for (int i = Math.max(0, history.size() - COACH_REPLAY); i < history.size(); i++) {
            Listen l = history.get(i);
            messages(w, coach.react(CoachEvent.trackEnded(l.listenedAt(), l.key()), null));
        }
        return w.endArray().endObject().toString();
    }

    private static void messages(JsonWriter w, List<Message> messages) {
        w.beginArray();
        for (Message m : messages) {
            w.value(m.kind() + ": " + m.text());
        }
        w.endArray();
    }

    private static void dashboard(JsonWriter w, Dashboard d) {
        w.beginObject().name("now").value(d.now());
        totals(w.name("pace"), d.pace());
        totals(w.name("today"), d.today());
        totals(w.name("week"), d.week());
        totals(w.name("month"), d.month());
        totals(w.name("allTime"), d.allTime());
        w.name("sprintPerHour").value(d.sprintPerHour()).endObject();
    }

    private static void totals(JsonWriter w, Totals t) {
        w.beginObject().name("songs").value(t.songs()).name("albums").value(t.albums()).name("knownMs")
                .value(t.knownMs()).name("unknownDuration").value(t.unknownDuration()).endObject();
    }
}
