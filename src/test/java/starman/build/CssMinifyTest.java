package starman.build;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class CssMinifyTest {
    @Test
    void dropsCommentsAndTheWhitespaceNextToPunctuation() {
        assertThat(CssMinify.minify("/* why */\n.a ,\n.b > .c {\n  color : red ;\n  margin: 0 auto;\n}\n"))
                .isEqualTo(".a,.b>.c{color :red;margin:0 auto}");
    }

    @Test
    void keepsTheSpacesThatMeanSomething() {
        assertThat(CssMinify.minify(".a  :focus { width: calc(100%  -  2rem); content: \"a  /* b */\"; }"))
                .isEqualTo(".a :focus{width:calc(100% - 2rem);content:\"a  /* b */\"}");
        assertThat(CssMinify.minify(".x::before { content: '\\'  '; }")).isEqualTo(".x::before{content:'\\'  '}");
    }

    @Test
    void saysWhereASheetIsCutShort() {
        assertThatThrownBy(() -> CssMinify.minify(".a { color: red; } /* open"))
                .hasMessageContaining("comment opened at offset 19");
        assertThatThrownBy(() -> CssMinify.minify(".a { content: \"open }"))
                .hasMessageContaining("string opened at offset 14");
    }

    /** The app's own sheet loses only comments, whitespace and last semicolons, and minifying it again changes nothing. */
    @Test
    void theAppsStyleSheetKeepsEveryToken() throws IOException {
        String css = Files.readString(Path.of("webapp/style.css"));
        String minified = CssMinify.minify(css);
        assertThat(withoutWhitespace(minified)).isEqualTo(withoutWhitespace(css.replaceAll("(?s)/\\*.*?\\*/", ""))
                .replace(";}", "}"));
        assertThat(CssMinify.minify(minified)).isEqualTo(minified);
        assertThat(minified.length()).isLessThan(css.length() * 9 / 10);
    }

    private static String withoutWhitespace(String css) {
        return css.replaceAll("\\s+", "");
    }
}
