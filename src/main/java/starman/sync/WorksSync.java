package starman.sync;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.util.ArrayList;
import java.util.List;
import starman.atlas.Discographies;
import starman.metrics.MetadataCache;
import starman.metrics.MetadataCache.WorksBrowse;
import starman.metrics.RecordingWorks.Work;
import starman.musicbrainz.BrowsedRecording;
import starman.musicbrainz.MusicBrainzClient;
import starman.musicbrainz.Performance;
import starman.musicbrainz.RecordingsPage;
import starman.time.Clock;

/**
 * The versions' part of the metadata lane: the works of the artist's recordings, from MusicBrainz's browse a page a
 * step, at most once every {@link Discographies#REFRESH_MILLIS} like the discography. Each page lands in the metadata
 * cache with where the next one starts, so a browse cut short (a reload, a failure) goes on from there. MusicBrainz out
 * of reach leaves the rest of the lane alone: the works are asked again after {@link #QUIET_MILLIS}.
 */
public final class WorksSync {
    public static final long QUIET_MILLIS = 3_600_000;
    /** Pages between saves: the whole metadata cache is written each time. */
    static final int SAVE_EVERY = 10;

    private final MusicBrainzClient musicBrainz;
    private final MetadataCache metadata;
    private final Clock clock;
    private long quietUntilMillis;
    /** Pages browsed since the last save. */
    private int unsaved;

    public WorksSync(MusicBrainzClient musicBrainz, MetadataCache metadata, Clock clock) {
        this.musicBrainz = musicBrainz;
        this.metadata = metadata;
        this.clock = clock;
    }

    /** Whether a page of the artist's works should be browsed at {@code nowMillis}. */
    public boolean isDue(String artistMbid, long nowMillis) {
        WorksBrowse browse = metadata.worksBrowse(artistMbid);
        if (nowMillis < quietUntilMillis) {
            return false;
        }
        return browse == null || browse.nextOffset() > 0
                || nowMillis - browse.finishedAtMillis() >= Discographies.REFRESH_MILLIS
                || nowMillis < browse.finishedAtMillis();
    }

    /**
     * Browses the next page of the artist's works when one is due, one page a call so the other lanes (a track's end)
     * go on between pages; returns whether works arrived (the metadata cache then needs saving). {@code save} runs
     * every {@value #SAVE_EVERY} pages and when the browse ends or breaks off, so what arrived survives a reload.
     */
    public boolean run(String artistMbid, Runnable save) throws InterruptedIOException {
        if (!isDue(artistMbid, clock.nowMillis())) {
            return false;
        }
        WorksBrowse browse = metadata.worksBrowse(artistMbid);
        long finishedAt = browse == null ? 0 : browse.finishedAtMillis();
        int offset = browse == null ? 0 : browse.nextOffset();
        RecordingsPage page;
        try {
            page = musicBrainz.artistRecordings(artistMbid, offset);
        } catch (InterruptedIOException e) {
            throw e;
        } catch (IOException e) {
            quietUntilMillis = clock.nowMillis() + QUIET_MILLIS;
            if (unsaved > 0) {
                unsaved = 0;
                save.run();
            }
            return false;
        }
        for (BrowsedRecording recording : page.recordings()) {
            metadata.putWorks(recording.mbid(), works(recording));
        }
        boolean last = page.isLast();
        metadata.putWorksBrowse(artistMbid, last ? new WorksBrowse(clock.nowMillis(), 0)
                : new WorksBrowse(finishedAt, page.nextOffset()));
        if (last || ++unsaved >= SAVE_EVERY) {
            unsaved = 0;
            save.run();
        }
        return true;
    }

    /** The distinct works a recording performs, in MusicBrainz's order. */
    private static List<Work> works(BrowsedRecording recording) {
        List<Work> works = new ArrayList<>();
        for (Performance p : recording.performances()) {
            Work work = new Work(p.workMbid(), p.workTitle() == null ? "" : p.workTitle());
            if (!works.contains(work)) {
                works.add(work);
            }
        }
        return works;
    }
}
