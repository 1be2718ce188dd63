package starman.simulator;

import starman.random.SplitMix64;

/**
 * Made-up artist, album and track names for {@link RealisticHistory}, with the variety real ones have: bands and
 * people, accents (so folding matters), a few in Cyrillic and kana, featured artists, live and edited versions.
 */
final class Names {
    private Names() {
    }

    /** A variant release of an album: what follows the album's name, and what players append to track names. */
    static final String[][] VARIANTS = {
        {"(Deluxe Edition)", ""},
        {"(Remastered)", " - Remastered"},
        {"(Expanded Edition)", " (2009 Remaster)"},
        {"(Anniversary Edition)", " - Anniversary Edition"},
    };

    private static final String[] ADJECTIVES = words("Velvet Quiet Electric Hollow Golden Silver Burning Lost Neon"
            + " Static Winter Paper Northern Broken Distant Wild Crystal Midnight Little Secret Frozen Painted Blue"
            + " Scarlet Sleeping Empty Sacred Restless Gentle Last");
    private static final String[] NOUNS = words("Heart Machine City Light Dream Garden Mirror Station Fire Song Road"
            + " Sky Engine Room Train Door River Ocean Signal Harbour Lantern Window Shadow Island Valley Tower Letter"
            + " Horizon Season Summer Morning Stranger Dancer Ghost Wire");
    private static final String[] PLURALS = words("Engines Lanterns Mirrors Horses Satellites Wolves Strangers"
            + " Islands Shadows Rivers Machines Comets Sparrows Dancers Ghosts Letters Giants Saints");
    private static final String[] VERBS = words("Running Falling Waiting Dancing Leaving Burning Calling Drifting"
            + " Chasing Holding Breaking Singing");
    private static final String[] FIRST = words("Marta Jonas Élodie Søren Nina Tomás Ana Luca Chloé Mateo Ingrid Yuki"
            + " Amara Felix Zoë Björn Clara Dmitri Léa Oskar Rosa Kenji Maya Sven Inès Pablo Freya Omar Agnès Malik");
    private static final String[] LAST = words("Kowalczyk Sørensen Novák Fernández Lindqvist Moreau Okafor Tanaka"
            + " Brennan Müller Castillo Haddad Petrović Nakamura Åkesson Dubois Ferreira Kaur Jansen Rossi Weiß Quinn"
            + " Halloran Ibáñez Nguyen Whitfield");
    private static final String[] SYLLABLES = words("ka ve lo ran mi sa tor el na qu is ar den vo li ma ze ul");
    private static final String[] CYRILLIC = words("ко на ми ра ло ве ти зо ль ду");
    private static final String[] KANA = words("さ く ら な み ひ か り そ ら");

    static String artist(SplitMix64 rng) {
        return switch (rng.nextInt(20)) {
            case 0, 1, 2, 3 -> "The " + any(rng, PLURALS);
            case 4, 5, 6, 7, 8, 9 -> person(rng);
            case 10, 11, 12 -> any(rng, ADJECTIVES) + " " + any(rng, NOUNS);
            case 13, 14, 15, 16 -> invented(rng, SYLLABLES, 2 + rng.nextInt(2));
            case 17 -> person(rng) + " & the " + any(rng, PLURALS);
            default -> rng.chance(0.5) ? invented(rng, CYRILLIC, 3) + " " + invented(rng, CYRILLIC, 2)
                    : invented(rng, KANA, 4);
        };
    }

    static String album(SplitMix64 rng) {
        return switch (rng.nextInt(7)) {
            case 0, 1 -> any(rng, ADJECTIVES) + " " + any(rng, NOUNS);
            case 2 -> any(rng, NOUNS) + " of " + any(rng, PLURALS);
            case 3 -> "Songs from the " + any(rng, NOUNS);
            case 4 -> any(rng, NOUNS);
            case 5 -> "The " + any(rng, ADJECTIVES) + " " + any(rng, NOUNS);
            default -> invented(rng, SYLLABLES, 3);
        };
    }

    static String track(SplitMix64 rng) {
        String title = switch (rng.nextInt(5)) {
            case 0, 1 -> any(rng, ADJECTIVES) + " " + any(rng, NOUNS);
            case 2 -> any(rng, VERBS) + " " + (rng.chance(0.5) ? "the " : "to the ") + any(rng, NOUNS);
            case 3 -> any(rng, NOUNS) + " in the " + any(rng, NOUNS);
            default -> any(rng, NOUNS);
        };
        int suffix = rng.nextInt(100);
        return suffix < 3 ? title + " (Live)" : suffix < 6 ? title + " (feat. " + person(rng) + ")"
                : suffix < 8 ? title + " - Radio Edit" : title;
    }

    private static String person(SplitMix64 rng) {
        return any(rng, FIRST) + " " + any(rng, LAST);
    }

    private static String invented(SplitMix64 rng, String[] syllables, int count) {
        StringBuilder name = new StringBuilder();
        for (int i = 0; i < count; i++) {
            name.append(any(rng, syllables));
        }
        return Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }

    private static String any(SplitMix64 rng, String[] words) {
        return words[rng.nextInt(words.length)];
    }

    private static String[] words(String text) {
        return text.split(" ");
    }
}
