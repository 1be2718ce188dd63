package starman.ui;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.teavm.flavour.templates.BindTemplate;
import org.teavm.jso.JSBody;
import org.teavm.jso.JSObject;
import starman.archive.ArchiveException;
import starman.browser.Download;
import starman.browser.FileImport;
import starman.exporter.CsvExport;
import starman.exporter.JsonlExport;
import starman.importer.ImportProblem;
import starman.importer.ImportResult;
import starman.normalize.Normalizer;
import starman.session.AnotherTabSyncs;
import starman.session.Storage;
import starman.store.StorageException;
import starman.text.Format;

/**
 * "Your data": import a ListenBrainz export ZIP (or a JSONL file) with a progress bar and a result line,
 * and export the stored listens as JSONL (ListenBrainz's export format) or as a CSV of normalised listens.
 */
@BindTemplate("templates/data.html")
public class DataView {
    static final int SHOWN_PROBLEMS = 5;
    private static final int EXPORT_PART_CHARS = 1 << 20;
    private static final long REFRESH_MILLIS = 200;

    private final AppView app;
    private volatile boolean busy;
    private volatile boolean importing;
    private volatile long bytesDone;
    private volatile long bytesTotal;
    private volatile ImportResult soFar;
    private volatile String status;
    private volatile boolean done;
    private volatile List<String> problems = List.of();
    private long lastRefresh;

    DataView(AppView app) {
        this.app = app;
    }

    public boolean isImporting() {
        return importing;
    }

    public long getImportValue() {
        return bytesDone;
    }

    public long getImportMax() {
        return Math.max(1, bytesTotal);
    }

    /** The import's progress while it runs, then its result, or what went wrong; empty before anything. */
    public String getStatus() {
        if (importing) {
            ImportResult r = soFar;
            long percent = bytesTotal == 0 ? 0 : bytesDone * 100 / bytesTotal;
            return "Importing… " + percent + " % · " + Format.count(r == null ? 0 : r.read()) + " listens read";
        }
        return status == null ? "" : status;
    }

    /** Whether the last import or export has finished (for whoever waits on the page). */
    public boolean isDone() {
        return done;
    }

    public List<String> getProblems() {
        return problems;
    }

    /** The file input's change handler. */
    public void importChosen() {
        JSObject file = chosenFile();
        if (file == null || busy) {
            return;
        }
        busy = true;
        done = false;
        problems = List.of();
        soFar = null;
        bytesDone = 0;
        bytesTotal = 0;
        importing = true;
        app.changed();
        // the session runs it if this tab may write (it syncs, or no tab does)
        new Thread(() -> importing(file)).start();
    }

    private void importing(JSObject file) {
        try {
            ImportResult result = app.session().importFile((listens, user) -> FileImport.run(file, listens, user,
                    this::progress));
            List<String> shown = new ArrayList<>();
            for (ImportProblem p : result.problems().subList(0, Math.min(SHOWN_PROBLEMS, result.problems().size()))) {
                shown.add(p.toString());
            }
            problems = shown;
            finish(summary(result));
        } catch (ArchiveException | AnotherTabSyncs e) {
            finish(e.getMessage());
        } catch (StorageException e) {
            String kept = "The " + Format.count(soFar == null ? 0 : soFar.added())
                    + " listens imported before it are kept, and nothing half-written.";
            finish(e.isQuotaExceeded()
                    ? "Your browser's storage is full, so the import stopped. " + kept + " Free some space (or let"
                    + " Starman store more), then import the file again: listens already stored are skipped."
                    : e.getMessage() + " The import stopped there. " + kept + " Import the file again to go on:"
                    + " listens already stored are skipped.");
        } catch (IOException e) {
            finish("Starman could not read the file (" + e.getMessage() + ").");
        }
    }

    static String summary(ImportResult r) {
        String imported;
        if (r.read() == 0) {
            imported = "No listens found";
        } else if (r.added() == 0) {
            imported = "No new listens: all " + Format.count(r.read()) + " were stored already";
        } else {
            imported = "Imported " + Format.count(r.added()) + (r.added() == 1 ? " listen" : " listens")
                    + (r.read() > r.added() ? " (" + Format.count(r.read() - r.added()) + " were stored already)" : "");
        }
        if (r.skipped() == 0) {
            return imported + ".";
        }
        return imported + "; " + Format.count(r.skipped()) + (r.skipped() == 1 ? " line" : " lines") + " skipped"
                + (r.skipped() > SHOWN_PROBLEMS ? ", the first " + SHOWN_PROBLEMS + ":" : ":");
    }

    private void progress(long done, long total, ImportResult result) {
        bytesDone = done;
        bytesTotal = total;
        soFar = result;
        long now = System.currentTimeMillis();
        if (now - lastRefresh >= REFRESH_MILLIS) {
            lastRefresh = now;
            app.changed();
        }
    }

    private void finish(String message) {
        status = message;
        importing = false;
        busy = false;
        done = true;
        clearChosenFile();
        app.changed();
    }

    public void exportJsonl() {
        export(false);
    }

    public void exportCsv() {
        export(true);
    }

    private void export(boolean csv) {
        if (busy) {
            return;
        }
        busy = true;
        done = false;
        problems = List.of();
        status = "Preparing the export…";
        app.changed();
        new Thread(() -> {
            Storage store = app.storage();
            Download file = new Download();
            if (csv) {
                CsvExport export = new CsvExport(new Normalizer(store.metadata()), store.metadata(), file::add,
                        EXPORT_PART_CHARS);
                store.forEachListen(export::add);
                export.finish();
                file.save("starman-listens.csv", "text/csv");
            } else {
                JsonlExport export = new JsonlExport(file::add, EXPORT_PART_CHARS);
                store.forEachListen(export::add);
                export.finish();
                file.save("starman-listens.jsonl", "application/x-ndjson");
            }
            finish("Exported " + Format.count(store.listens().count()) + " listens.");
        }).start();
    }

    @JSBody(script = "var input = document.getElementById('import-file');"
            + "return input && input.files && input.files.length ? input.files[0] : null;")
    private static native JSObject chosenFile();

    /** Empties the file input once a file was read, so that choosing the same file again is a change too. */
    @JSBody(script = "var input = document.getElementById('import-file'); if (input) { input.value = ''; }")
    private static native void clearChosenFile();
}
