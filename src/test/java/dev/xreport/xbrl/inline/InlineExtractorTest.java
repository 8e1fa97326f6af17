package dev.xreport.xbrl.inline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.xreport.diag.Finding;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** What the extractor refuses, each at the line of its tag, and what it still reads. */
class InlineExtractorTest {

    @Test
    void unreadableFiguresAreFindingsAtTheirTags() throws Exception {
        Path file = Path.of("src/test/resources/inline/unreadable-figures.xhtml");
        InlineExtractor.Extraction x = InlineExtractor.extract(file);
        assertThat(x.findings()).extracting(f -> f.code().id() + " " + f.source().line() + " " + f.message()).containsExactly(
                "XR-IX-852 11 \"1E5\" is not a number in xsd:decimal (no format)",
                "XR-IX-852 12 scale \"x\" is not an integer",
                "XR-IX-852 13 the format ixt3:numdotdecimal is not in the Transformation Registry 4 namespace "
                        + "http://www.xbrl.org/inlineXBRL/transformation/2020-02-12 (its prefix is bound to "
                        + "http://www.xbrl.org/inlineXBRL/transformation/2015-02-26)",
                "XR-IX-851 15 ix:tuple is not supported by xreport's extractor");
        assertThat(x.findings()).allSatisfy(f -> assertThat(f.source().file()).isEqualTo(file.toString()));
        String instance = new String(x.instance(), StandardCharsets.UTF_8);
        // the language of the text fact is its div's; the grouped figure reads as 1234.5
        assertThat(instance).contains("<xr:Name contextRef=\"c\" xml:lang=\"zh\">示例公司</xr:Name>")
                .contains("<xr:Grouped contextRef=\"c\" unitRef=\"u\" decimals=\"0\">1234.5</xr:Grouped>")
                .doesNotContain("xr:Exponent").doesNotContain("xr:Scale").doesNotContain("xr:Registry3");
    }

    @Test
    void aDocumentThatIsNotXmlIsOneFinding(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        Path file = dir.resolve("broken.xhtml");
        java.nio.file.Files.writeString(file, "<html><body><p>unclosed</body></html>");
        InlineExtractor.Extraction x = InlineExtractor.extract(file);
        assertThat(x.instance()).isEmpty();
        assertThat(x.findings()).singleElement().extracting(Finding::code).extracting(c -> c.id()).isEqualTo("XR-IX-851");
    }

    @Test
    void elementsNestedTooDeeplyAreAFindingAtTheirLine(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        Path file = dir.resolve("deep.xhtml");
        int n = InlineExtractor.MAX_DEPTH;
        java.nio.file.Files.writeString(file, "<html xmlns=\"http://www.w3.org/1999/xhtml\" xmlns:ix=\"http://www.xbrl.org/2013/inlineXBRL\">\n"
                + "<body><ix:header><ix:resources>\n" + "<a>".repeat(n) + "</a>".repeat(n) + "</ix:resources></ix:header></body></html>");
        InlineExtractor.Extraction x = InlineExtractor.extract(file);
        assertThat(x.instance()).isEmpty();
        assertThat(x.findings()).singleElement().satisfies(f -> {
            assertThat(f.code().id()).isEqualTo("XR-IX-851");
            assertThat(f.source().line()).isEqualTo(3);
            assertThat(f.message()).contains("1,000");
        });
    }
}
