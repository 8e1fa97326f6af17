package dev.xreport.xbrl.validate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.xreport.TestSupport;
import dev.xreport.diag.Finding;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each folder under src/test/resources/xbrl/bad-input holds an instance.xbrl with one thing wrong
 * (and, for linkbase rules, its own copy of the test taxonomy), named by the finding it must
 * produce. Its expected.txt holds every finding as printed, relative to the folder, reviewed by hand:
 * the named finding, plus the consequences a reader would expect (a wrong weight also breaks the sum).
 * With ../shared present, the official XBRL schemas must give the same findings as xreport's own.
 */
class XbrlBadInputTest {
    private static final Path FIXTURES = Path.of("src/test/resources/xbrl/bad-input");
    private static final XbrlValidator VALIDATOR = new XbrlValidator();
    /** The same validator with the official XBRL schemas of ../shared, when present. */
    private static final XbrlValidator OFFICIAL = TestSupport.shared().map(s -> s.resolve("xbrl-base-schemas"))
            .filter(Files::isDirectory).map(p -> new XbrlValidator(XbrlCatalog.mirror(p))).orElse(null);

    static Stream<Path> fixtures() throws IOException {
        return Files.list(FIXTURES).filter(Files::isDirectory).sorted();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void givesTheNamedFinding(Path fixture) throws IOException {
        List<Finding> findings = VALIDATOR.validate(fixture.resolve("instance.xbrl"));

        String code = fixture.getFileName().toString().replaceAll("^(XR-[A-Z]+-\\d+).*", "$1");
        List<String> expected = Files.readString(fixture.resolve("expected.txt"), StandardCharsets.UTF_8).lines()
                .filter(l -> !l.isBlank()).map(l -> fixture + "/" + l).toList();
        assertThat(findings.stream().map(Finding::toString).toList()).containsExactlyElementsOf(expected);
        assertThat(findings).anyMatch(f -> f.code().id().equals(code));
        if (OFFICIAL != null) {
            assertThat(OFFICIAL.validate(fixture.resolve("instance.xbrl"))).as("with the official XBRL schemas")
                    .extracting(Finding::code).containsExactlyElementsOf(findings.stream().map(Finding::code).toList());
        }
    }
}
