package starman.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextKeysTest {
    @Test
    void remastersAndEditionsDetuneToTheBareTitle() {
        assertThat(TextKeys.title("Starman (2012 Remaster)")).isEqualTo("starman");
        assertThat(TextKeys.title("Starman - 2012 Remastered Version")).isEqualTo("starman");
        assertThat(TextKeys.title("Starman")).isEqualTo("starman");
        assertThat(TextKeys.title("\"Heroes\" - 2017 Remaster")).isEqualTo("heroes");
        assertThat(TextKeys.title("Let's Dance [Single Version]")).isEqualTo("lets dance");
        assertThat(TextKeys.title("Ziggy Stardust (40th Anniversary Edition)")).isEqualTo("ziggy stardust");
        assertThat(TextKeys.title("Hunky Dory (2015 Remaster) [Deluxe]")).isEqualTo("hunky dory");
    }

    @Test
    void cutOffIsWhatTheTitleKeyLeavesOutAsWritten() {
        assertThat(TextKeys.cutOff("Starman (2012 Remaster)")).isEqualTo("(2012 Remaster)");
        assertThat(TextKeys.cutOff("Starman - 2012 Remastered Version")).isEqualTo("- 2012 Remastered Version");
        assertThat(TextKeys.cutOff("Under Pressure feat. Queen")).isEqualTo("feat. Queen");
        assertThat(TextKeys.cutOff("Starman")).isNull();
        assertThat(TextKeys.cutOff("(Untitled)")).as("nothing is cut when the rest would be empty").isNull();
        assertThat(TextKeys.cutOff(null)).isNull();
    }

    @Test
    void liveAcousticDemoAndRemixStayDistinct() {
        assertThat(TextKeys.title("Heroes (Live)")).isEqualTo("heroes [live]");
        assertThat(TextKeys.title("\"Heroes\" - Live at Wembley 1987")).isEqualTo("heroes [live]");
        assertThat(TextKeys.title("Heroes")).isNotEqualTo(TextKeys.title("Heroes (Live)"));
        assertThat(TextKeys.title("Space Oddity (Demo)")).isEqualTo("space oddity [demo]");
        assertThat(TextKeys.title("Let's Dance (Acoustic Version)")).isEqualTo("lets dance [acoustic]");
        assertThat(TextKeys.title("Fame (Remixed by Someone)")).isEqualTo("fame [remix]");
        assertThat(TextKeys.title("Warszawa - Instrumental")).isEqualTo("warszawa [instrumental]");
    }

    @Test
    void qualifierWordsInTheTitleItselfDoNotCount() {
        assertThat(TextKeys.title("Live Forever")).isEqualTo("live forever");
        assertThat(TextKeys.title("Live Forever (Remastered)")).isEqualTo("live forever");
    }

    @Test
    void featuredArtistsAreCutOff() {
        assertThat(TextKeys.title("Under Pressure feat. Queen")).isEqualTo("under pressure");
        assertThat(TextKeys.title("Dancing in the Street ft. Mick Jagger")).isEqualTo("dancing in the street");
        assertThat(TextKeys.title("Peace on Earth featuring Bing Crosby")).isEqualTo("peace on earth");
    }

    @Test
    void accentsFoldAndPunctuationGoes() {
        assertThat(TextKeys.title("Élan Vital")).isEqualTo("elan vital");
        assertThat(TextKeys.title("Ça plane pour moi")).isEqualTo("ca plane pour moi");
        assertThat(TextKeys.title("Straße, Øresund & Łódź!")).isEqualTo("strasse oresund lodz");
        assertThat(TextKeys.title("Mötley  Crüe…")).isEqualTo("motley crue");
        assertThat(TextKeys.title("ÆTHER œuvre")).isEqualTo("aether oeuvre");
        assertThat(TextKeys.title("Be\u0301la Barto\u0301k")).as("decomposed accents").isEqualTo("bela bartok");
        assertThat(TextKeys.title("İstanbul (Live)")).isEqualTo("istanbul [live]");
        assertThat(TextKeys.title("Don’t Look Down")).isEqualTo("dont look down");
    }

    @Test
    void nonLatinLettersAreKept() {
        assertThat(TextKeys.title("Кино (Live)")).isEqualTo("кино [live]");
        assertThat(TextKeys.title("東京 - Remaster")).isEqualTo("東京");
    }

    @Test
    void aTitleThatIsAllBracketsKeepsItsText() {
        assertThat(TextKeys.title("(Untitled)")).isEqualTo("untitled");
    }

    @Test
    void artistCreditsSplitIntoArtists() {
        assertThat(TextKeys.artists("Queen & David Bowie")).containsExactly("queen", "david bowie");
        assertThat(TextKeys.artists("David Bowie feat. Nile Rodgers")).containsExactly("david bowie", "nile rodgers");
        assertThat(TextKeys.artists("Bing Crosby, David Bowie")).containsExactly("bing crosby", "david bowie");
        assertThat(TextKeys.primaryArtist("DAVID BOWIE")).isEqualTo("david bowie");
        assertThat(TextKeys.artists("")).isEmpty();
    }

    @net.jqwik.api.Property(tries = 500)
    void splitsAsStringSplitDoesWithoutARegularExpression(
            @net.jqwik.api.ForAll @net.jqwik.api.constraints.Chars({'a', ' ', 'b', '\u0000'}) String s) {
        for (char c : new char[] {' ', '\u0000'}) {
            org.assertj.core.api.Assertions.assertThat(TextKeys.split(s, c))
                    .containsExactly(s.split(c == ' ' ? " " : "\u0000"));
        }
    }
}
