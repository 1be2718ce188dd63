package starman.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The filter's quick rejection of a credit never changes its answer: it matches as the plain rule does. */
class ArtistFilterPropertyTest {
    /** Pieces of credits: names with case, accents, apostrophes and final sigmas, and every separator. */
    private static final List<String> PIECES = List.of("David Bowie", "DAVID  BOWIE", "david bowie", "Bowie", "David",
            "Björk", "Bjork", "Sinéad O'Connor", "Sinead OConnor", "ΟΔΥΣΣΕΑΣ", "οδυσσεας", "İlhan", "ilhan", "Æther",
            "aether", "Queen", " & ", ", ", ",", " feat. ", " feat ", " ft. ", " ft ", " featuring ", " with ", " and ",
            " - ", "(", ")", "!", "'", " ", "", "Tribute Band");

    @Provide
    Arbitrary<String> credits() {
        return Arbitraries.of(PIECES).list().ofMaxSize(6).map(parts -> String.join("", parts));
    }

    @Provide
    Arbitrary<String> names() {
        return Arbitraries.of(PIECES);
    }

    @Property(tries = 3000)
    void matchesByNameExactlyWhenOneOfTheCreditsArtistsFoldsToTheName(@ForAll("credits") String credit,
                                                                      @ForAll("names") String name) {
        ArtistFilter filter = new ArtistFilter(name, null);
        boolean plainRule = List.of(TextKeys.artists(credit)).contains(TextKeys.fold(name));
        assertThat(filter.matches(ArtistFilterTest.track(credit, List.of(), null))).isEqualTo(plainRule);
    }
}
