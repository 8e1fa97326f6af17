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
 * The folders under src/test/resources/invalid/XR-XBRL-*&#47;*&#47; hold an instance.xbrl with one thing
 * wrong (and, for linkbase rules, its own copy of the test taxonomy). Its expected.txt holds every
 * finding as printed, relative to the folder, reviewed by hand: the named finding, plus the
 * consequences a reader would expect (a wrong weight also breaks the sum). The CLI's view of the same
 * folders is dev.xreport.cli.InvalidInputTest; this test holds the validator to them directly and,
 * with ../shared present, shows the official XBRL schemas give the same findings as xreport's own.
 */
class XbrlBadInputTest {
    private static final Path FIXTURES = Path.of("src/test/resources/invalid");
    private static final XbrlValidator VALIDATOR = new XbrlValidator();
    /** The same validator with the official XBRL schemas of ../shared, when present. */
    private static final XbrlValidator OFFICIAL = TestSupport.shared().map(s -> s.resolve("xbrl-base-schemas"))
            .filter(Files::isDirectory).map(p -> new XbrlValidator(XbrlCatalog.mirror(p))).orElse(null);

    static Stream<Path> fixtures() throws IOException {
        try (Stream<Path> all = Files.walk(FIXTURES, 3)) {
            return all.filter(p -> p.getFileName().toString().equals("instance.xbrl")).map(Path::getParent).sorted()
                    .toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void givesTheNamedFinding(Path fixture) throws IOException {
        // as the CLI: Calculations 1.1 unless the folder's args.txt asks for XBRL 2.1's
        boolean classic = Files.exists(fixture.resolve("args.txt"))
                && Files.readString(fixture.resolve("args.txt")).contains("--calculations 2.1");
        XbrlValidator.CalculationMode mode = classic ? XbrlValidator.CalculationMode.XBRL_2_1
                : XbrlValidator.CalculationMode.CALCULATIONS_1_1;
        List<Finding> findings = VALIDATOR.withCalculationMode(mode).validate(fixture.resolve("instance.xbrl"));

        String code = fixture.getParent().getFileName().toString();
        List<String> expected = Files.readString(fixture.resolve("expected.txt"), StandardCharsets.UTF_8).lines()
                .filter(l -> !l.isBlank()).map(l -> fixture + "/" + l).toList();
        assertThat(findings.stream().map(Finding::toString).toList()).containsExactlyElementsOf(expected);
        assertThat(findings).anyMatch(f -> f.code().id().equals(code));
        if (OFFICIAL != null) {
            assertThat(OFFICIAL.withCalculationMode(mode).validate(fixture.resolve("instance.xbrl"))).as("with the official XBRL schemas")
                    .extracting(Finding::code).containsExactlyElementsOf(findings.stream().map(Finding::code).toList());
        }
    }
}
