package starman.normalize;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Title and artist keys built the way ListenBrainz's mapper "detunes" text: cut at {@code (}, {@code [},
 * {@code " - "} and featured-artist credits, fold accents, drop punctuation, lower-case. One deliberate
 * difference: a version qualifier in the cut-off part (live, acoustic, demo...) is kept as a suffix, so
 * "Heroes (Live)" never merges with the studio "Heroes" while "Heroes - 2017 Remaster" does.
 */
public final class TextKeys {
    private TextKeys() {
    }

    private static final String[] TITLE_CUTS = {"(", "[", " - ", " ft ", " ft. ", " feat ", " feat. ", " featuring "};
    /** Artist credits split at these (longest first), so "Queen & David Bowie" names both artists. */
    private static final String[] ARTIST_SEPARATORS = {" featuring ", " feat. ", " feat ", " ft. ", " ft ", " with ",
            " & ", ","};
    /** Words that make a different performance, not just a different master. */
    private static final String[] QUALIFIERS = {"live", "acoustic", "demo", "instrumental", "remix", "remixed",
            "unplugged", "rehearsal", "karaoke", "acapella", "cappella"};

    /** The key of a track or album title: the detuned base, plus " [qualifier]" for a distinct version. */
    public static String title(String title) {
        if (title == null) {
            return "";
        }
        String lower = title.toLowerCase(Locale.ROOT);
        int cut = firstCut(lower, TITLE_CUTS);
        String base = fold(lower.substring(0, cut));
        if (base.isEmpty()) {
            return fold(lower); // "(Untitled)": cutting would leave nothing
        }
        String qualifier = qualifier(fold(lower.substring(cut)));
        return qualifier == null ? base : base + " [" + qualifier + "]";
    }

    /**
     * What {@link #title} cuts off before folding, as written ("(2015 Remaster)", "- Deluxe Edition"), or null
     * when it cuts nothing; a version qualifier in it is still kept in the key.
     */
    public static String cutOff(String title) {
        if (title == null) {
            return null;
        }
        String lower = title.toLowerCase(Locale.ROOT);
        int cut = firstCut(lower, TITLE_CUTS);
        String tail = title.substring(cut).strip();
        return tail.isEmpty() || fold(lower.substring(0, cut)).isEmpty() ? null : tail;
    }

    /** The folded name of each artist in a credit such as "Queen & David Bowie feat. Annie Lennox". */
    public static String[] artists(String credit) {
        String marked = credit == null ? "" : credit.toLowerCase(Locale.ROOT);
        for (String separator : ARTIST_SEPARATORS) {
            marked = marked.replace(separator, "\u0000");
        }
        List<String> names = new ArrayList<>();
        for (String part : split(marked, '\u0000')) {
            String name = fold(part);
            if (!name.isEmpty()) {
                names.add(name);
            }
        }
        return names.toArray(new String[0]);
    }

    /** The folded name of the first credited artist; "" when none. */
    public static String primaryArtist(String credit) {
        String[] all = artists(credit);
        return all.length == 0 ? "" : all[0];
    }

    /**
     * {@code s.split} at one character, as String.split gives it (trailing empty parts dropped), without the regular
     * expression that TeaVM's class library compiles on every call (some 70 us a track in the page).
     */
    static String[] split(String s, char separator) {
        List<String> parts = new ArrayList<>();
        int start = 0;
        for (int i = s.indexOf(separator); i >= 0; i = s.indexOf(separator, start)) {
            parts.add(s.substring(start, i));
            start = i + 1;
        }
        parts.add(s.substring(start));
        int n = parts.size();
        while (n > 0 && parts.get(n - 1).isEmpty() && !s.isEmpty()) {
            n--;
        }
        return parts.subList(0, n).toArray(new String[0]);
    }

    private static int firstCut(String lower, String[] cuts) {
        int first = lower.length();
        for (String cut : cuts) {
            int i = lower.indexOf(cut);
            if (i >= 0 && i < first) {
                first = i;
            }
        }
        return first;
    }

    private static String qualifier(String foldedTail) {
        for (String word : split(foldedTail, ' ')) {
            for (String q : QUALIFIERS) {
                if (q.equals(word)) {
                    return q.equals("remixed") ? "remix" : q.equals("cappella") ? "acapella" : q;
                }
            }
        }
        return null;
    }

    /**
     * Lower-case, accents folded to ASCII, every run of non-letters/digits collapsed into one space,
     * apostrophes dropped ("Let's" -> "lets"). Letters outside the fold table (Cyrillic, kana...) are kept.
     */
    public static String fold(String s) {
        StringBuilder out = new StringBuilder(s.length());
        boolean space = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\'' || c == '\u2019') {
                continue;
            }
            String folded = LatinFold.fold(Character.toLowerCase(c));
            if (folded != null) {
                if (space && out.length() > 0) {
                    out.append(' ');
                }
                space = false;
                out.append(folded);
            } else if (Character.isLetterOrDigit(c)) {
                if (space && out.length() > 0) {
                    out.append(' ');
                }
                space = false;
                out.append(Character.toLowerCase(c));
            } else if (!Character.isSurrogate(c) && Character.getType(c) != Character.NON_SPACING_MARK) {
                space = true;
            }
        }
        return out.toString();
    }
}
