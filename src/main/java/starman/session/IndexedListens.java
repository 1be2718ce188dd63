package starman.session;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import starman.atlas.ArtistMbid;
import starman.atlas.Atlas;
import starman.atlas.AtlasAnswer;
import starman.atlas.Discographies;
import starman.atlas.Releases;
import starman.coach.Coach;
import starman.coach.CoachEvent;
import starman.coach.GoalCoach;
import starman.coach.Message;
import starman.fixlist.Candidate;
import starman.fixlist.Effect;
import starman.fixlist.FixList;
import starman.fixlist.Submission;
import starman.goals.Goal;
import starman.goals.GoalProgress;
import starman.goals.Goals;
import starman.listenbrainz.ArtistReleaseGroup;
import starman.metrics.AlbumFocus;
import starman.metrics.AlbumProgress;
import starman.metrics.AlbumsHeard;
import starman.metrics.Dashboard;
import starman.metrics.DrillDown;
import starman.metrics.ListenIndex;
import starman.metrics.ListeningClock;
import starman.metrics.Measure;
import starman.metrics.MetadataCache;
import starman.metrics.Period;
import starman.metrics.Periods;
import starman.metrics.TrackLists;
import starman.metrics.charts.Pictures;
import starman.metrics.charts.Scene;
import starman.metrics.charts.WeekClock;
import starman.model.Listen;
import starman.model.ListenKey;
import starman.normalize.ArtistFilter;
import starman.normalize.CanonicalKeys;
import starman.normalize.Normalizer;
import starman.normalize.OwnMappings;
import starman.settings.Settings;
import starman.time.CivilDate;
import starman.training.Comparison;
import starman.training.Rows;
import starman.training.Tops;
import starman.training.Training;
import starman.training.YearReview;
import starman.versions.Versions;

/**
 * The chosen artist's index over one opened {@link Storage}, kept in step with the pages committed to it, with
 * what the pictures and the coach keep beside it. One lock guards the index; the store is never called while
 * it is held (a page arrives holding the store's own lock), so the two cannot wait for each other.
 */
final class IndexedListens {
    private final Storage storage;
    private final MetadataCache metadata;
    private final ListenIndex index;
    private final Normalizer normalizer;
    private final AlbumsHeard heard;
    private final ListeningClock clock;
    private int[] clockDrawn;
    private Scene clockScene;
    /** The release anniversaries of {@code releasedDay} from the discography {@code releasedFrom}. */
    private List<ArtistReleaseGroup> releasedFrom;
    private int releasedDay;
    private List<Releases.Released> released;
    private final Coach coach;
    private final GoalCoach goalCoach;
    private final Object lock = new Object();
    /** Listens the index gained since the coach last looked. */
    private final List<Listen> fresh = new ArrayList<>();
    /** The store's tracks (by number) the metadata lane has looked up for this index. */
    private int judgedTracks;
    /** Changes to the index so far: the training figures are computed again only after one (or on a new day). */
    private long changes;
    private long trainingChanges;
    private Training training;
    /** The training figures followed over the rows; started again when the index reshapes (see there). */
    private Training.Fold trainingFold;
    private int trainingReshapes;
    /** The atlas's artist MBID and the store's track count it was worked out at (-1: not yet). */
    private String mbid;
    private int mbidTracks = -1;

    private IndexedListens(Storage storage, ListenIndex index, Normalizer normalizer) {
        this.normalizer = normalizer;
        this.storage = storage;
        this.metadata = storage.metadata();
        this.index = index;
        this.heard = new AlbumsHeard(index);
        this.clock = new ListeningClock(index);
        this.coach = new Coach(index, metadata, Coach.DEFAULT_FOCUS_THRESHOLD);
        this.goalCoach = new GoalCoach(index, metadata);
    }

    /** Builds the index from the store once (the settings say whose listens, in which zone), then follows it. */
    static IndexedListens build(Storage storage, Tab tab) throws DamagedStorageException {
        Settings settings = storage.settings();
        MetadataCache metadata = storage.metadata();
        Normalizer normalizer = new Normalizer(metadata, ownMappings(storage));
        ListenIndex index = new ListenIndex(normalizer, settings.artistFilter(),
                new Periods(tab.offsets(settings.zoneId(tab.zoneId())), settings.weekStart()), metadata);
        IndexedListens built = new IndexedListens(storage, index, normalizer);
        storage.follow(index, built::applied);
        return built;
    }

    Storage storage() {
        return storage;
    }

    /** The mappings the storage holds now: confirming one changes what the normaliser reads at once. */
    private static OwnMappings ownMappings(Storage storage) {
        return new OwnMappings() {
            @Override
            public Mapping of(String key) {
                return storage.mappings().of(key);
            }

            @Override
            public boolean isEmpty() {
                return storage.mappings().isEmpty();
            }
        };
    }

    /** The artist's listens to fix, from a walk of the stored rows (the index is not read). */
    FixList fixList() {
        return FixList.of(artist(), normalizer, storage.rows());
    }

    /** What finds the recordings of the cached discography a group could be (none before it is fetched). */
    Candidate.Finder candidates() {
        String artistMbid = artistMbid();
        Discographies.Fetched fetched = artistMbid == null ? null : storage.discographies().get(artistMbid);
        return fetched == null || fetched.groups() == null ? group -> List.of()
                : Candidate.finder(fetched.groups(), metadata);
    }

    /** How the numbers would change once the group is mapped to the candidate. */
    Effect effect(FixList.Group group, Candidate candidate) {
        AtlasAnswer answer = atlas();
        synchronized (lock) {
            return Effect.of(group, candidate, index, answer.atlas());
        }
    }

    /** What confirming would send: the distinct msids of the group's stored listens. */
    Submission submission(FixList.Group group, Candidate candidate) {
        long[] at = group.listenedAt();
        return Submission.of(storage.listensAt(at, group.msidHashes(), at.length), candidate);
    }

    /** The listens of a group the index counts. */
    DrillDown drillDownFix(FixList.Group group) {
        synchronized (lock) {
            return DrillDown.ofRows(index, lock, storage, group.rows());
        }
    }

    /** The group's tracks judged again under the mappings stored now, their listens counted again. */
    void judgeAgain(FixList.Group group) {
        List<Integer> tracks = new ArrayList<>();
        for (int t : group.tracks()) {
            tracks.add(t);
        }
        addAgain(storage.judgeAgain(tracks));
    }

    private void applied(List<Listen> put, List<ListenKey> removed) {
        synchronized (lock) {
            changes++;
            for (ListenKey key : removed) {
                index.remove(key);
            }
            for (Listen listen : put) {
                boolean known = index.row(listen.key()) >= 0;
                // re-adding a known listen takes up a mapping that arrived since
                if (index.add(listen) && !known) {
                    fresh.add(listen);
                }
            }
        }
    }

    /** Re-adds listens whose album or length the metadata lane changed. */
    void addAgain(List<Listen> listens) {
        synchronized (lock) {
            changes++;
            for (Listen listen : listens) {
                index.add(listen);
            }
        }
    }

    int judgedTracks() {
        synchronized (lock) {
            return judgedTracks;
        }
    }

    void judgedUpTo(int tracks) {
        synchronized (lock) {
            judgedTracks = tracks;
        }
    }

    ArtistFilter artist() {
        synchronized (lock) {
            return index.artist();
        }
    }

    /**
     * What the coach says of the listens that landed since it last looked (a single one is the track that just
     * ended); nothing for {@code news == false}: a first sync's history is the past.
     */
    List<Message> coach(boolean news, long now) {
        List<ArtistReleaseGroup> discography = discography();
        synchronized (lock) {
            List<ListenKey> landed = new ArrayList<>();
            for (Listen listen : fresh) {
                landed.add(listen.key());
            }
            fresh.clear();
            if (!news || landed.isEmpty()) {
                return List.of();
            }
            CoachEvent event = landed.size() == 1 ? CoachEvent.trackEnded(now, landed.get(0))
                    : CoachEvent.synced(now, landed);
            List<Message> messages = new ArrayList<>(coach.react(event, discography));
            messages.addAll(goalCoach.react(storage.goals(), discography, event));
            return messages;
        }
    }

    Dashboard dashboard(long now) {
        synchronized (lock) {
            return index.dashboard(now);
        }
    }

    AlbumFocus albumFocus(long now) {
        synchronized (lock) {
            return AlbumFocus.at(index, new AlbumProgress(index, metadata), now, Coach.DEFAULT_FOCUS_THRESHOLD);
        }
    }

    DrillDown drillDown(Period period, Measure measure, long now) {
        synchronized (lock) {
            return DrillDown.of(index, lock, storage, period, measure, now);
        }
    }

    DrillDown drillDownClock(int cell) {
        synchronized (lock) {
            return DrillDown.ofClock(index, lock, storage, cell);
        }
    }

    DrillDown drillDownDay(int epochDay) {
        synchronized (lock) {
            return DrillDown.ofDay(index, lock, storage, epochDay);
        }
    }

    DrillDown drillDownRange(long from, long to) {
        synchronized (lock) {
            return DrillDown.ofRange(index, lock, storage, from, to);
        }
    }

    /**
     * The streaks and bests now, computed again if the listens changed (or the day did) since the last time: from the
     * rows appended since, unless the index changed in a way that only a new walk follows.
     */
    Training training(long now) {
        synchronized (lock) {
            if (!isTrainingFresh(now)) {
                if (trainingFold == null || index.reshapes() != trainingReshapes) {
                    trainingFold = new Training.Fold(index.periods().weekStart());
                    trainingReshapes = index.reshapes();
                }
                training = trainingFold.training(Rows.of(index), index.periods().epochDay(now));
                trainingChanges = changes;
            }
            return training;
        }
    }

    /** The last streaks and bests if nothing changed since, else null: {@link #training} would compute them. */
    Training freshTraining(long now) {
        synchronized (lock) {
            return isTrainingFresh(now) ? training : null;
        }
    }

    private boolean isTrainingFresh(long now) {
        return training != null && trainingChanges == changes && training.today() == index.periods().epochDay(now);
    }

    DrillDown drillDownRange(long from, long to, Measure measure) {
        synchronized (lock) {
            return DrillDown.ofRange(index, lock, storage, from, to, measure);
        }
    }

    DrillDown drillDownAlbum(String albumKey, long from, long to) {
        synchronized (lock) {
            return DrillDown.ofAlbum(index, lock, storage, albumKey, from, to);
        }
    }

    DrillDown drillDownRecording(String recordingKey, long from, long to) {
        synchronized (lock) {
            return DrillDown.ofRecording(index, lock, storage, recordingKey, from, to);
        }
    }

    List<Comparison> comparisons(long now) {
        synchronized (lock) {
            return Comparison.at(index, now);
        }
    }

    Comparison.Span range(int fromDay, int toDay) {
        synchronized (lock) {
            return Comparison.range(index, fromDay, toDay);
        }
    }

    /** The top albums and tracks of [from, to); the tracks' names are read after the index's lock is let go. */
    Tops tops(long from, long to) {
        Tops counted;
        synchronized (lock) {
            counted = Tops.of(index, index.rowsBefore(from, Long.MIN_VALUE), index.rowsBefore(to, Long.MIN_VALUE),
                    YearReview.TOP);
        }
        return counted.named(storage);
    }

    List<Integer> reviewYears() {
        synchronized (lock) {
            return YearReview.years(index);
        }
    }

    /** A year in review; its tracks' names are read from the store after the index's lock is let go. */
    YearReview review(int year, long now) {
        YearReview counted;
        synchronized (lock) {
            counted = YearReview.of(index, year, now);
        }
        return counted.named(storage);
    }

    int today(long now) {
        synchronized (lock) {
            return index.periods().epochDay(now);
        }
    }

    /** Changes to the index so far: the comparisons and the year shown are counted again after one. */
    long changes() {
        synchronized (lock) {
            return changes;
        }
    }

    DrillDown drillDownAlbum(String albumKey) {
        synchronized (lock) {
            return DrillDown.ofAlbum(index, lock, storage, albumKey);
        }
    }

    /** Each goal in its period now. */
    List<GoalProgress> goals(Goals goals, long now) {
        List<ArtistReleaseGroup> discography = discography();
        synchronized (lock) {
            List<GoalProgress> progress = new ArrayList<>();
            for (Goal goal : goals.list()) {
                progress.add(GoalProgress.now(goal, index, metadata, discography, now));
            }
            return progress;
        }
    }

    /**
     * The heard album of this name (case aside) that a goal can name, the most heard of equals; null when none is.
     * Its track count is 0 while its track list is not known.
     */
    Goals.Album album(String name) {
        synchronized (lock) {
            Goals.Album found = null;
            int most = 0;
            int[] songs = index.songsPerAlbum();
            for (int id = 0; id < songs.length; id++) {
                if (songs[id] > most && index.albumName(id) != null && index.albumName(id).equalsIgnoreCase(name)) {
                    found = heardAlbum(id);
                    most = songs[id];
                }
            }
            return found;
        }
    }

    /** The heard albums, most heard first, at most {@code n}: what the goal form suggests. */
    List<String> albumNames(int n) {
        synchronized (lock) {
            int[] songs = index.songsPerAlbum();
            List<Integer> ids = new ArrayList<>();
            for (int id = 0; id < songs.length; id++) {
                if (songs[id] > 0) {
                    ids.add(id);
                }
            }
            ids.sort((a, b) -> songs[b] - songs[a]);
            List<String> names = new ArrayList<>();
            for (int id : ids) {
                String name = index.albumName(id);
                if (names.size() < n && !names.contains(name)) {
                    names.add(name);
                }
            }
            return names;
        }
    }

    private Goals.Album heardAlbum(int id) {
        String key = index.albumKey(id);
        String releaseGroup = CanonicalKeys.mbidOf(key);
        List<TrackLists.Track> tracks = releaseGroup == null ? null : metadata.tracks(releaseGroup);
        return new Goals.Album(key, index.albumName(id), tracks == null ? 0 : tracks.size());
    }

    /**
     * The artist's MBID the atlas asks about (see ArtistMbid); for an artist given by name alone, worked out from the
     * store's tracks again only once it has new ones.
     */
    String artistMbid() {
        int tracks = storage.trackCount();
        synchronized (lock) {
            if (tracks == mbidTracks) {
                return mbid;
            }
        }
        String found = ArtistMbid.of(artist(), () -> storage.tracksFrom(0));
        synchronized (lock) {
            mbidTracks = tracks;
            mbid = found;
        }
        return found;
    }

    AtlasAnswer atlas() {
        String artistMbid = artistMbid();
        Discographies.Fetched fetched = artistMbid == null ? null : storage.discographies().get(artistMbid);
        String problem = discographyProblem(artistMbid, fetched, "the atlas opens here, offline too",
                "the atlas has nothing to show");
        if (problem != null) {
            return AtlasAnswer.problem(problem);
        }
        synchronized (lock) {
            return new AtlasAnswer(Atlas.of(artistMbid, fetched.groups(), metadata, metadata, index), null);
        }
    }

    /** Why the discography cannot be used yet ({@code then} comes once it is fetched, {@code empty} when it is empty). */
    private String discographyProblem(String artistMbid, Discographies.Fetched fetched, String then, String empty) {
        ArtistFilter artist = artist();
        if (artistMbid == null) {
            return ArtistMbid.needed(artist);
        }
        if (fetched == null) {
            return "Starman has not fetched " + artist.name() + "'s discography yet: it asks ListenBrainz once the"
                    + " sync has caught up (and again once a week), then " + then + ".";
        }
        if (fetched.groups() == null || fetched.groups().isEmpty()) {
            return "ListenBrainz knows no release groups of the artist " + artistMbid + ", so " + empty
                    + "; check the artist in Settings.";
        }
        return null;
    }

    /** The studio albums with a known track list a front-to-back goal would count, or why there are none yet. */
    Goals.StudioAlbums studioAlbums() {
        String artistMbid = artistMbid();
        Discographies.Fetched fetched = artistMbid == null ? null : storage.discographies().get(artistMbid);
        String problem = discographyProblem(artistMbid, fetched, "a goal can count its studio albums",
                "there is no studio album to play");
        if (problem != null) {
            return new Goals.StudioAlbums(0, problem);
        }
        int count;
        synchronized (lock) {
            count = Atlas.studioFrontToBack(fetched.groups(), metadata, index, 0, 0).size();
        }
        return new Goals.StudioAlbums(count, count > 0 ? null : "The track lists of " + index.artist().name()
                + "'s studio albums have not arrived from ListenBrainz yet; try again once the atlas shows them.");
    }

    /**
     * The cached discography of the artist's own MBID, or of the one the metadata lane last found (no scan of the
     * tracks on each refresh); null while there is none.
     */
    private List<ArtistReleaseGroup> discography() {
        String artistMbid;
        synchronized (lock) {
            artistMbid = index.artist().mbid() != null ? index.artist().mbid() : mbid;
        }
        Discographies.Fetched fetched = artistMbid == null ? null : storage.discographies().get(artistMbid);
        return fetched == null ? null : fetched.groups();
    }

    /** The artist's albums first released on today's date, from the cached discography (none before it is fetched). */
    List<Releases.Released> releasedToday(long now) {
        List<ArtistReleaseGroup> groups = discography();
        if (groups == null) {
            return List.of();
        }
        int day = today(now);
        synchronized (lock) {
            if (groups != releasedFrom || day != releasedDay) {
                released = Releases.onThisDay(groups, CivilDate.ofEpochDay(day));
                releasedFrom = groups;
                releasedDay = day;
            }
            return released;
        }
    }

    DrillDown drillDownAtlas(Atlas.Album album, Atlas.Track track) {
        synchronized (lock) {
            return DrillDown.ofRows(index, lock, storage,
                    track == null ? Atlas.plays(album) : Atlas.plays(album, track));
        }
    }

    /** Every song of the artist with its versions, as the work data known now groups them. */
    Versions versions() {
        synchronized (lock) {
            return Versions.of(index, metadata);
        }
    }

    /** The song of a recording key or, failing that, of a title (see {@link Versions#song}); null when none. */
    Versions.Song song(String recordingKey, String title) {
        synchronized (lock) {
            return Versions.song(index, metadata, recordingKey, title);
        }
    }

    /** The listens of a song or one of its versions. */
    DrillDown drillDownRows(DrillDown.Rows rows) {
        synchronized (lock) {
            return DrillDown.ofRows(index, lock, storage, rows);
        }
    }

    Pictures pictures(long now) {
        synchronized (lock) {
            int[] songs = clock.songs();
            if (!Arrays.equals(songs, clockDrawn)) {
                // 168 labelled cells: drawn again only when a count changed
                clockDrawn = songs;
                clockScene = WeekClock.scene(songs, index.periods().weekStart());
            }
            return Pictures.of(heard, clockScene, metadata, now);
        }
    }
}
