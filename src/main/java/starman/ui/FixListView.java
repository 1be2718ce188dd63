package starman.ui;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.teavm.flavour.templates.BindTemplate;
import starman.browser.Page;
import starman.fixlist.Candidate;
import starman.fixlist.Effect;
import starman.fixlist.FixList;
import starman.fixlist.Mappings;
import starman.fixlist.Submission;
import starman.listenbrainz.ListenBrainzClient;
import starman.text.Format;

/**
 * The fix-list: the artist's listens ListenBrainz never mapped (or mapped to another artist), by submitted text,
 * biggest first; per group the discography's recordings it could be, and once one is chosen, how the numbers would
 * change and the dry run of what confirming sends; confirmed groups are counted with the person's mapping at once, and
 * can be undone. Walked when opened (a pass over every stored listen), not on every new listen.
 */
@BindTemplate("templates/fixlist.html")
public class FixListView {
    /** ListenBrainz's own page for linking listens (listenbrainz-server's settings route "link-listens/"). */
    public static final String LINK_LISTENS = "https://listenbrainz.org/settings/link-listens/";
    /** Groups shown; the rest are counted in a sentence. */
    static final int SHOWN = 30;

    private final AppView app;
    private FixList fixList;
    private List<GroupRow> groups = List.of();
    private List<MappedRow> mapped = List.of();
    private String message;
    private boolean working;

    FixListView(AppView app) {
        this.app = app;
    }

    /** Walks the stored listens (off the event handler). */
    public void open() {
        if (working) {
            return;
        }
        working = true;
        message = "Looking for listens to fix…";
        app.changed();
        new Thread(() -> {
            walk();
            message = null;
            working = false;
            app.changed();
            Page.focus("fixlist-summary");
        }).start();
    }

    private void walk() {
        fixList = app.session().fixList();
        List<GroupRow> rows = new ArrayList<>();
        List<FixList.Group> all = fixList.groups();
        Candidate.Finder finder = app.session().fixCandidates();
        for (int i = 0; i < Math.min(SHOWN, all.size()); i++) {
            FixList.Group g = all.get(i);
            List<CandidateRow> candidates = new ArrayList<>();
            List<Candidate> found = finder.of(g);
            for (int j = 0; j < found.size(); j++) {
                candidates.add(new CandidateRow(found.get(j), "fixlist-g" + i + "-c" + j));
            }
            rows.add(new GroupRow(g, "fixlist-g" + i, List.copyOf(candidates)));
        }
        groups = List.copyOf(rows);
        List<MappedRow> mine = new ArrayList<>();
        Mappings kept = app.storage().mappings();
        for (int i = 0; i < fixList.mappedByYou().size(); i++) {
            FixList.Group g = fixList.mappedByYou().get(i);
            mine.add(new MappedRow(g, kept.confirmed(g.key()), "fixlist-m" + i));
        }
        mapped = List.copyOf(mine);
    }

    public boolean isShown() {
        return fixList != null;
    }

    public String getOpenLabel() {
        return fixList == null ? "Open the fix-list" : "Look again";
    }

    public String getMessage() {
        return message;
    }

    public String getSummary() {
        int n = fixList.groups().size();
        int listens = 0;
        for (FixList.Group g : fixList.groups()) {
            listens += g.listens();
        }
        if (n == 0) {
            return "Nothing to fix: every listen of " + app.session().artist().name() + " has a recording.";
        }
        return Format.count(listens, "listen", "listens") + " in " + Format.count(n, "group", "groups")
                + " have no recording of " + app.session().artist().name() + (n > SHOWN ? "; the " + SHOWN
                + " biggest groups are shown." : ".");
    }

    public String getLinkListens() {
        return LINK_LISTENS;
    }

    public List<GroupRow> getGroups() {
        return groups;
    }

    public List<MappedRow> getMapped() {
        return mapped;
    }

    public void openListens(GroupRow row) {
        app.drillDown().openFix(row.group(), row.listensButton(), row.heading() + ": its listens");
    }

    public void openMappedListens(MappedRow row) {
        app.drillDown().openFix(row.group(), row.listensButton(), row.heading() + ": its listens");
    }

    /** The person picked a recording: the change it makes and the dry run of what confirming sends. */
    public void choose(GroupRow row, CandidateRow candidate) {
        new Thread(() -> {
            Effect effect = app.session().fixEffect(row.group(), candidate.candidate());
            Submission plan = app.session().hasToken() ? app.session().fixSubmission(row.group(), candidate.candidate())
                    : null;
            row.review = new Review(candidate.candidate(), effect.lines(), plan, dryRun(plan));
            row.result = null;
            app.changed();
            Page.focus(row.reviewId());
        }).start();
    }

    private List<String> dryRun(Submission plan) {
        List<String> lines = new ArrayList<>();
        if (plan == null) {
            lines.add("No ListenBrainz token in Settings: confirming keeps the mapping in this browser only;"
                    + " nothing is sent.");
            return lines;
        }
        lines.add("Dry run: confirming sends " + Format.count(plan.msids().size(), "request", "requests")
                + " (one per msid of these listens) to " + app.storage().settings().apiRoot()
                + ListenBrainzClient.MANUAL_MAPPING_PATH + " with your token:");
        for (String msid : plan.msids()) {
            lines.add(plan.body(msid));
        }
        return lines;
    }

    public void confirm(GroupRow row) {
        Review review = row.review;
        if (review != null) {
            change(() -> app.session().confirmMapping(row.group(), review.candidate(), review.plan()),
                    "The mapping could not be kept (");
        }
    }

    public void undo(MappedRow row) {
        change(() -> {
            app.session().undoMapping(row.group());
            return "Your mapping of " + row.heading() + " is undone; its listens count as before. ListenBrainz keeps"
                    + " what was sent to it: change it on its link-listens page.";
        }, "The mapping could not be undone (");
    }

    /** A change of the mappings, off the event handler; the list walked again after it. */
    private interface Change {
        String run() throws IOException;
    }

    private void change(Change change, String failed) {
        if (working) {
            return;
        }
        working = true;
        new Thread(() -> {
            try {
                message = change.run();
            } catch (IOException e) {
                message = failed + e.getMessage() + ").";
            }
            walk();
            working = false;
            app.changed();
            Page.focus("fixlist-message");
        }).start();
    }

    /** What the person is about to confirm. */
    record Review(Candidate candidate, List<String> effect, Submission plan, List<String> dryRun) {
    }

    /** One group to fix. */
    public static final class GroupRow {
        private final FixList.Group group;
        private final String id;
        private final List<CandidateRow> candidates;
        private Review review;
        private String result;

        GroupRow(FixList.Group group, String id, List<CandidateRow> candidates) {
            this.group = group;
            this.id = id;
            this.candidates = candidates;
        }

        FixList.Group group() {
            return group;
        }

        public String id() {
            return id;
        }

        /** "Sound and Vision by David Bowie (Low)". */
        public String heading() {
            return heading(group);
        }

        static String heading(FixList.Group g) {
            return (g.title() == null ? "(untitled)" : g.title()) + " by " + g.artist()
                    + (g.release() == null || g.release().isEmpty() ? "" : " (" + g.release() + ")");
        }

        /** Why it is listed, plainly. */
        public String why() {
            if (group.why() == FixList.Why.OTHER_ARTIST) {
                return "ListenBrainz mapped " + (group.counted() == 0 ? "these listens" : "some of them") + " to another"
                        + " artist" + (group.otherArtist() == null ? "" : " (" + group.otherArtist() + ")") + ", so "
                        + Format.count(group.listens() - group.counted(), "listen is", "listens are") + " not counted.";
            }
            return "ListenBrainz never mapped them to a recording: counted by their title text alone.";
        }

        public String listens() {
            return Format.count(group.listens(), "listen", "listens");
        }

        /** Whether the count is a button: listens the numbers do not count have nothing to open. */
        public boolean counted() {
            return group.counted() > 0;
        }

        public String listensButton() {
            return id + "-listens";
        }

        public String listensLabel() {
            return heading() + ": " + listens() + ", open the counted ones";
        }

        public List<CandidateRow> candidates() {
            return candidates;
        }

        public boolean hasCandidates() {
            return !candidates.isEmpty();
        }

        public String reviewId() {
            return id + "-review";
        }

        public String confirmId() {
            return id + "-confirm";
        }

        public boolean reviewing() {
            return review != null;
        }

        public String chosen() {
            return "Mapped to " + review.candidate().label() + ", the numbers would change so:";
        }

        public List<String> effect() {
            return review.effect();
        }

        public List<String> dryRun() {
            return review.dryRun();
        }

        public String confirmLabel() {
            return review.plan() == null ? "Confirm (kept in this browser)"
                    : "Confirm and send " + Format.count(review.plan().msids().size(), "request", "requests");
        }

        public String linkLabel() {
            return "Link " + heading() + " on ListenBrainz (opens its link-listens page)";
        }

        public String result() {
            return result;
        }
    }

    /** One recording a group could be. */
    public record CandidateRow(Candidate candidate, String id) {
        public String label() {
            return candidate.label();
        }
    }

    /** One group the person mapped. */
    public record MappedRow(FixList.Group group, Mappings.Confirmed confirmed, String id) {
        public String heading() {
            return GroupRow.heading(group);
        }

        public String mappedTo() {
            return confirmed == null ? "your own mapping" : "-> " + confirmed.title() + " (" + confirmed.albumName() + ")";
        }

        public String listens() {
            return Format.count(group.listens(), "listen", "listens");
        }

        public String listensButton() {
            return id + "-listens";
        }

        public String listensLabel() {
            return heading() + ": " + listens() + ", open them";
        }

        public String undoId() {
            return id + "-undo";
        }

        public String undoLabel() {
            return "Undo your mapping of " + heading();
        }
    }
}
