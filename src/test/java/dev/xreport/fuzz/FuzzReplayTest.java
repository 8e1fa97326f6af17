package dev.xreport.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import dev.xreport.diag.Finding;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Replays every input in src/test/resources/fuzz/ that once broke xreport (each named by what it
 * broke): the target its extension names must give success or findings, never an exception. A
 * report is a .yaml, .yml or .json file, or a folder of report files; .xbrl, .xsd and .xml go to the
 * XBRL validator in both calculation modes; .xhtml to the Inline XBRL validator in both. XML inputs
 * resolve their hrefs from that folder as the fuzz test wrote them (see {@link FuzzTargets}).
 */
class FuzzReplayTest {

    @BeforeAll
    static void taxonomy() {
        FuzzTargets.generated(); // the generated taxonomy that Inline XBRL and generated XBRL inputs refer to
    }

    static Stream<Path> inputs() throws IOException {
        try (Stream<Path> s = Files.list(FuzzTargets.REPLAY)) {
            return s.filter(p -> !p.getFileName().toString().equals("README.md")).sorted().toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("inputs")
    void givesSuccessOrFindings(Path input) throws Exception {
        String name = input.getFileName().toString().toLowerCase(Locale.ROOT);
        String ext = Files.isDirectory(input) ? "" : name.substring(name.lastIndexOf('.') + 1);
        // an exception fails the test; a list of findings, empty or not, passes it
        List<List<Finding>> results = switch (ext) {
            case "", "yaml", "yml", "json" -> List.of(FuzzTargets.loadAndValidate(input));
            case "xbrl", "xsd", "xml" -> List.of(FuzzTargets.validateXbrl(input, false), FuzzTargets.validateXbrl(input, true));
            case "xhtml" -> List.of(FuzzTargets.validateInline(input, false), FuzzTargets.validateInline(input, true));
            default -> throw new AssertionError("no target for ." + ext + ": name the file .yaml, .json, .xbrl, .xsd, .xml or .xhtml");
        };
        assertThat(results).doesNotContainNull();
    }
}
