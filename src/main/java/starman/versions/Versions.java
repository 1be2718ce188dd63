package starman.versions;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntPredicate;
import starman.metrics.DrillDown;
import starman.metrics.ListenIndex;
import starman.metrics.RecordingWorks;
import starman.metrics.Submission;
import starman.normalize.CanonicalKeys;
import starman.normalize.KeyRule;
import starman.normalize.TextKeys;

/**
 * The artist's songs and their versions. A <em>version</em> is a distinct submitted recording: its recording MBID when
 * it has one, else its title and release as submitted ("Heroes - 2017 Remaster" on "Heroes (2017 Remaster)"). Versions
 * sit under their canonical recording (the index's recording key: the MBID, or the detuned title text), and recordings
 * make one <em>song</em> when they share a detuned title (the live qualifier kept: "Heroes (Live)" stays apart) or,
 * where MusicBrainz names it, a work (a recording of several works, a medley, goes with the first). One pass over the
 * index's rows counts every submission; the grouping works on the submissions, a few thousand at most.
 */
public final class Versions {
    /**
     * One version. {@code submission} is the one submission of a version without a recording MBID, null for an MBID
     * version (which gathers every submission mapped to it); its names are those of its first listen.
     */
    public record Version(String recordingKey, Submission submission, String trackName, String releaseName,
                          int listens, long knownMs, int unknownLength, long firstListen, int firstDay,
                          List<String> rules) {
        /** The MBID of an MBID version, or null. */
        public String recordingMbid() {
            return CanonicalKeys.mbidOf(recordingKey);
        }

        /** Its listens, for the drill-down. */
        public DrillDown.Rows rows() {
            if (submission == null) {
                return recordingRows(List.of(recordingKey));
            }
            return index -> {
                int target = index.findSubmission(submission);
                return row -> target >= 0 && index.submissionId(row) == target;
            };
        }
    }

    /** A canonical recording of a song, with the rule that put it in the song. */
    public record Recording(String key, String rule, List<Version> versions, int listens) {
        /** The MBID of the recording, or null for a text key. */
        public String mbid() {
            return CanonicalKeys.mbidOf(key);
        }
    }

    /** The recordings of one work (null: those MusicBrainz names no work for, joined by title). */
    public record Group(RecordingWorks.Work work, List<Recording> recordings, int listens) {
    }

    /**
     * A song: its name (the work's title, else its most played version's), groups by work, versions counted; its first
     * listen as unix seconds and as a local day (an epoch day in the person's zone), as each version has them too.
     */
    public record Song(String name, List<Group> groups, int listens, int versionCount, long firstListen,
                       int firstDay) {
        /** The listens of every version. */
        public DrillDown.Rows rows() {
            List<String> keys = new ArrayList<>();
            for (Group g : groups) {
                for (Recording r : g.recordings()) {
                    keys.add(r.key());
                }
            }
            return recordingRows(keys);
        }

        public boolean has(String recordingKey) {
            for (Group g : groups) {
                for (Recording r : g.recordings()) {
                    if (r.key().equals(recordingKey)) {
                        return true;
                    }
                }
            }
            return false;
        }
    }

    private final List<Song> songs;
    private final int mbidRecordings;
    private final int recordingsWithWorkData;

    private Versions(List<Song> songs, int mbidRecordings, int recordingsWithWorkData) {
        this.songs = songs;
        this.mbidRecordings = mbidRecordings;
        this.recordingsWithWorkData = recordingsWithWorkData;
    }

    /** Every song of the index's listens, most played first. The caller holds the index's lock. */
    public static Versions of(ListenIndex index, RecordingWorks works) {
        return new Grouping(index, works).songs(null);
    }

    /**
     * The song of a recording key (its listens') or, when no listen has that key, of a track title (an atlas track
     * never mapped): null when none of the artist's listens is either. The caller holds the index's lock.
     */
    public static Song song(ListenIndex index, RecordingWorks works, String recordingKey, String title) {
        Grouping grouping = new Grouping(index, works);
        int component = grouping.componentOf(recordingKey, title);
        if (component < 0) {
            return null;
        }
        List<Song> one = grouping.songs(component).songs;
        return one.isEmpty() ? null : one.get(0);
    }

    public List<Song> songs() {
        return songs;
    }

    /** Up to {@code n} songs heard in two versions or more, most versions first (then most played). */
    public List<Song> mostVersions(int n) {
        List<Song> many = new ArrayList<>();
        for (Song s : songs) {
            if (s.versionCount() > 1) {
                many.add(s);
            }
        }
        many.sort((a, b) -> Integer.compare(b.versionCount(), a.versionCount())); // stable: most played first among equals
        return List.copyOf(many.subList(0, Math.min(n, many.size())));
    }

    /** Recordings with an MBID among the listens, and how many of them MusicBrainz's work data has been looked up for. */
    public int mbidRecordings() {
        return mbidRecordings;
    }

    public int recordingsWithWorkData() {
        return recordingsWithWorkData;
    }

    /** How far the work data goes, as the view says it. */
    public static String workNote(int mbidRecordings, int withWorkData) {
        if (mbidRecordings == 0) {
            return "No listen has a recording MBID, so no work is known: versions by canonical recording only.";
        }
        if (withWorkData == 0) {
            return "MusicBrainz's works have not arrived yet (the metadata lane browses them): versions by canonical recording only.";
        }
        return "Works from MusicBrainz for " + withWorkData + " of " + mbidRecordings + " recordings with an MBID.";
    }

    public String workNote() {
        return workNote(mbidRecordings, recordingsWithWorkData);
    }

    private static DrillDown.Rows recordingRows(List<String> keys) {
        return index -> {
            boolean[] wanted = new boolean[0];
            for (String key : keys) {
                int id = index.findRecording(key);
                if (id >= 0) {
                    wanted = id < wanted.length ? wanted : Arrays.copyOf(wanted, id + 1);
                    wanted[id] = true;
                }
            }
            boolean[] of = wanted;
            IntPredicate counts = row -> {
                int r = index.recordingId(row);
                return r < of.length && of[r];
            };
            return counts;
        };
    }

    /** Submissions joined into songs (a union-find over titles, MBID recordings and works), then counted. */
    private static final class Grouping {
        private final ListenIndex index;
        private final RecordingWorks works;
        private final int n;
        private final Map<String, Integer> nodes = new HashMap<>();
        private int[] parent = new int[64];
        /** Per submission: its title node, and its work (null without). */
        private final int[] titleNode;
        private final RecordingWorks.Work[] work;
        private int mbidRecordings;
        private int withWorkData;

        Grouping(ListenIndex index, RecordingWorks works) {
            this.index = index;
            this.works = works;
            this.n = index.submissionCount();
            titleNode = new int[n];
            work = new RecordingWorks.Work[n];
            Map<String, RecordingWorks.Work> workOfRecording = new HashMap<>();
            for (int s = 0; s < n; s++) {
                Submission sub = index.submission(s);
                titleNode[s] = node("t" + TextKeys.title(sub.trackName()));
                String mbid = CanonicalKeys.mbidOf(sub.recordingKey());
                if (mbid == null) {
                    continue;
                }
                union(titleNode[s], node("r" + mbid));
                if (!workOfRecording.containsKey(mbid)) {
                    List<RecordingWorks.Work> of = works.works(mbid);
                    mbidRecordings++;
                    withWorkData += of == null ? 0 : 1;
                    workOfRecording.put(mbid, of == null || of.isEmpty() ? null : of.get(0));
                }
                work[s] = workOfRecording.get(mbid);
                if (work[s] != null) {
                    union(titleNode[s], node("w" + work[s].mbid()));
                }
            }
        }

        /** The component of a recording key's submissions, else of a title's; -1 when neither is known. */
        int componentOf(String recordingKey, String title) {
            for (int s = 0; s < n; s++) {
                if (index.submission(s).recordingKey().equals(recordingKey)) {
                    return find(titleNode[s]);
                }
            }
            Integer node = title == null ? null : nodes.get("t" + TextKeys.title(title));
            return node == null ? -1 : find(node);
        }

        /** The songs of every component, or of one ({@code only} >= 0). */
        Versions songs(Integer only) {
            boolean[] wanted = new boolean[n];
            for (int s = 0; s < n; s++) {
                wanted[s] = only == null || find(titleNode[s]) == only;
            }
            int[] listens = new int[n];
            long[] knownMs = new long[n];
            int[] unknown = new int[n];
            long[] first = new long[n];
            int[] firstDay = new int[n];
            Arrays.fill(first, Long.MAX_VALUE);
            for (int row = 0, size = index.size(); row < size; row++) {
                int s = index.submissionId(row);
                if (!wanted[s]) {
                    continue;
                }
                listens[s]++;
                int ms = index.durationMs(row);
                if (ms >= 0) {
                    knownMs[s] += ms;
                } else {
                    unknown[s]++;
                }
                if (first[s] == Long.MAX_VALUE) {
                    first[s] = index.timestamp(row); // rows are in time order
                    firstDay[s] = index.epochDay(row);
                }
            }
            // versions: an MBID recording's submissions together, every text submission alone
            Map<String, List<Integer>> versionSubmissions = new HashMap<>();
            List<String> versionOrder = new ArrayList<>();
            for (int s = 0; s < n; s++) {
                if (!wanted[s] || listens[s] == 0) {
                    continue;
                }
                Submission sub = index.submission(s);
                String key = CanonicalKeys.mbidOf(sub.recordingKey()) != null ? sub.recordingKey() : sub.key();
                List<Integer> of = versionSubmissions.get(key);
                if (of == null) {
                    of = new ArrayList<>();
                    versionSubmissions.put(key, of);
                    versionOrder.add(key);
                }
                of.add(s);
            }
            Map<Integer, Map<String, List<Version>>> byComponent = new HashMap<>(); // component, recording key, versions
            Map<Integer, Map<String, RecordingWorks.Work>> workOf = new HashMap<>();
            List<Integer> components = new ArrayList<>();
            for (String key : versionOrder) {
                List<Integer> subs = versionSubmissions.get(key);
                Version v = version(subs, listens, knownMs, unknown, first, firstDay);
                int component = find(titleNode[subs.get(0)]);
                Map<String, List<Version>> recordings = byComponent.get(component);
                if (recordings == null) {
                    recordings = new HashMap<>();
                    byComponent.put(component, recordings);
                    workOf.put(component, new HashMap<>());
                    components.add(component);
                }
                recordings.computeIfAbsent(v.recordingKey(), k -> new ArrayList<>()).add(v);
                workOf.get(component).put(v.recordingKey(), work[subs.get(0)]);
            }
            List<Song> songs = new ArrayList<>();
            for (int c : components) {
                songs.add(song(byComponent.get(c), workOf.get(c)));
            }
            songs.sort((a, b) -> a.listens() != b.listens() ? Integer.compare(b.listens(), a.listens())
                    : a.name().compareTo(b.name()));
            return new Versions(List.copyOf(songs), mbidRecordings, withWorkData);
        }

        private Version version(List<Integer> subs, int[] listens, long[] knownMs, int[] unknown, long[] first,
                int[] firstDay) {
            int count = 0;
            long ms = 0;
            int unknownLength = 0;
            int earliest = subs.get(0);
            List<String> rules = new ArrayList<>();
            for (int s : subs) {
                count += listens[s];
                ms += knownMs[s];
                unknownLength += unknown[s];
                Submission sub = index.submission(s);
                if (first[s] < first[earliest] || first[s] == first[earliest]
                        && sub.key().compareTo(index.submission(earliest).key()) < 0) {
                    earliest = s;
                }
                String rule = rule(sub);
                if (!rules.contains(rule)) {
                    rules.add(rule);
                }
            }
            rules.sort(null);
            Submission named = index.submission(earliest);
            boolean byMbid = CanonicalKeys.mbidOf(named.recordingKey()) != null;
            return new Version(named.recordingKey(), byMbid ? null : named, named.trackName(), named.releaseName(),
                    count, ms, unknownLength, first[earliest], firstDay[earliest], List.copyOf(rules));
        }

        private Song song(Map<String, List<Version>> recordings, Map<String, RecordingWorks.Work> workOf) {
            Map<String, List<Recording>> byWork = new HashMap<>(); // work MBID ("" for none)
            Map<String, RecordingWorks.Work> works = new HashMap<>();
            int listens = 0;
            int versions = 0;
            Version top = null;
            Version earliest = null;
            for (Map.Entry<String, List<Version>> e : recordings.entrySet()) {
                List<Version> vs = new ArrayList<>(e.getValue());
                vs.sort((a, b) -> a.listens() != b.listens() ? Integer.compare(b.listens(), a.listens())
                        : Long.compare(a.firstListen(), b.firstListen()));
                int count = 0;
                for (Version v : vs) {
                    count += v.listens();
                    earliest = earliest == null || v.firstListen() < earliest.firstListen() ? v : earliest;
                    if (top == null || v.listens() > top.listens()
                            || v.listens() == top.listens() && v.firstListen() < top.firstListen()) {
                        top = v;
                    }
                }
                RecordingWorks.Work w = workOf.get(e.getKey());
                String rule = w != null ? "same work: " + w.title()
                        : "same title (" + KeyRule.TEXT.description + "): '" + TextKeys.title(vs.get(0).trackName()) + "'";
                String workKey = w == null ? "" : w.mbid();
                works.put(workKey, w);
                byWork.computeIfAbsent(workKey, k -> new ArrayList<>()).add(new Recording(e.getKey(), rule,
                        List.copyOf(vs), count));
                listens += count;
                versions += vs.size();
            }
            List<Group> groups = new ArrayList<>();
            for (Map.Entry<String, List<Recording>> e : byWork.entrySet()) {
                List<Recording> rs = e.getValue();
                rs.sort((a, b) -> a.listens() != b.listens() ? Integer.compare(b.listens(), a.listens())
                        : a.key().compareTo(b.key()));
                int count = 0;
                for (Recording r : rs) {
                    count += r.listens();
                }
                groups.add(new Group(works.get(e.getKey()), List.copyOf(rs), count));
            }
            // works most played first, the recordings without a work last
            groups.sort((a, b) -> a.work() == null != (b.work() == null) ? Boolean.compare(a.work() == null,
                    b.work() == null) : a.listens() != b.listens() ? Integer.compare(b.listens(), a.listens())
                    : (a.work() == null ? "" : a.work().mbid()).compareTo(b.work() == null ? "" : b.work().mbid()));
            String name = groups.get(0).work() != null ? groups.get(0).work().title() : songName(top.trackName());
            return new Song(name, List.copyOf(groups), listens, versions, earliest.firstListen(), earliest.firstDay());
        }

        /** A title without what the title rule cuts off, its version qualifier kept: "Heroes (live)". */
        private static String songName(String trackName) {
            String cut = TextKeys.cutOff(trackName);
            String base = cut == null ? trackName : trackName.substring(0, trackName.length() - cut.length()).strip();
            String qualifier = qualifier(TextKeys.title(trackName));
            return qualifier == null ? base : base + " (" + qualifier + ")";
        }

        /** The version qualifier a title key keeps ("live" of "heroes [live]"), or null. */
        private static String qualifier(String titleKey) {
            int open = titleKey.lastIndexOf(" [");
            return open < 0 || !titleKey.endsWith("]") ? null : titleKey.substring(open + 2, titleKey.length() - 1);
        }

        /** The rule that made a submission this version: the recording MBID's source, or the title rule. */
        private static String rule(Submission sub) {
            if (sub.recordingRule() != KeyRule.TEXT) {
                return "recording MBID " + sub.recordingRule().description;
            }
            String cut = TextKeys.cutOff(sub.trackName());
            if (cut == null) {
                return "title as submitted, " + KeyRule.TEXT.description;
            }
            String qualifier = qualifier(TextKeys.title(sub.trackName()));
            return "'" + cut + "' stripped" + (qualifier == null ? "" : "; kept apart as the " + qualifier + " version");
        }

        private int node(String key) {
            Integer id = nodes.get(key);
            if (id == null) {
                id = nodes.size();
                nodes.put(key, id);
                if (id == parent.length) {
                    parent = Arrays.copyOf(parent, id * 2);
                }
                parent[id] = id;
            }
            return id;
        }

        private int find(int x) {
            while (parent[x] != x) {
                parent[x] = parent[parent[x]];
                x = parent[x];
            }
            return x;
        }

        /** Joins two components under the smaller root, so the roots do not depend on the order of the joins. */
        private void union(int a, int b) {
            int ra = find(a);
            int rb = find(b);
            if (ra != rb) {
                parent[Math.max(ra, rb)] = Math.min(ra, rb);
            }
        }
    }
}
