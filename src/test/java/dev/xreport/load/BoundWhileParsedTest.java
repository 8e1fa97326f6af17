package dev.xreport.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.xreport.diag.Code;
import dev.xreport.diag.Finding;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An included file's facts and every table's rows are bound while their file is parsed, so that
 * their trees need not be kept: what they find wrong is still reported where and when it always
 * was, and nothing of a file that turns out not to be well-formed, or of a value written twice,
 * counts.
 */
class BoundWhileParsedTest {
    private static final Path MINIMAL = Path.of("src/test/resources/reports/minimal/report.yaml");

    private static LoadResult load(Path dir, String include, String... files) throws Exception {
        Files.writeString(dir.resolve("report.yaml"), Files.readString(MINIMAL)
                .replace("defaults: {monetaryUnit: EUR, scale: 3}\n", "defaults: {monetaryUnit: EUR, scale: 3}\ninclude: [" + include + "]\n"));
        for (int i = 0; i < files.length; i += 2) {
            Files.writeString(dir.resolve(files[i]), files[i + 1]);
        }
        return ReportLoader.load(dir);
    }

    @Test
    void anIncludedFactsFindingsComeAfterTheTablesOfLaterFiles(@TempDir Path tmp) throws Exception {
        LoadResult r = load(tmp, "a.yaml, b.yaml",
                "a.yaml", "facts:\n  - {concept: Cash, period: FY2024, value: 5, valeu: 6}\n",
                "b.yaml", """
                        tables:
                          - id: other
                            columns: [{id: y, label: "2024", period: I2024}]
                            rows:
                              - {concept: Cash, label: Cash, colour: red}
                        """);
        assertThat(r.findings().all()).extracting(Finding::code, f -> f.source().location(), f -> f.source().path())
                .containsExactly(
                        tuple(Code.LOAD_UNKNOWN_FIELD, tmp.resolve("b.yaml") + ":5:38", "$.tables[0].rows[0].colour"),
                        tuple(Code.LOAD_UNKNOWN_FIELD, tmp.resolve("a.yaml") + ":2:47", "$.facts[0].valeu"));
        assertThat(r.report().facts()).anySatisfy(f -> assertThat(f.period()).isEqualTo("FY2024"));
    }

    @Test
    void aFileThatIsNotWellFormedBindsNothing(@TempDir Path tmp) throws Exception {
        LoadResult r = load(tmp, "a.yaml",
                "a.yaml", "facts:\n  - {concept: Cash, period: FY2099, value: 5}\n  - {concept: [\n");
        assertThat(r.findings().all()).extracting(Finding::code).containsExactly(Code.LOAD_SYNTAX);
    }

    @Test
    void onlyTheFirstOfRepeatedFactsIsBound(@TempDir Path tmp) throws Exception {
        LoadResult r = load(tmp, "a.yaml",
                "a.yaml", "facts:\n  - {concept: Cash, period: FY2099, value: 5}\nfacts:\n  - {concept: Cash, period: FY2098, value: 5}\n");
        assertThat(r.findings().all()).extracting(Finding::code, Finding::message).containsExactly(
                tuple(Code.LOAD_DUPLICATE_KEY, "\"facts\" is given twice in this mapping (first at line 1)"),
                tuple(Code.REF_PERIOD, "period \"FY2099\" is not defined (did you mean \"FY2024\"?)"));
    }

    @Test
    void theRowsOfATextTableAreAnUnknownField(@TempDir Path tmp) throws Exception {
        LoadResult r = load(tmp, "a.yaml",
                "a.yaml", """
                        tables:
                          - id: people
                            kind: people
                            header: [Name]
                            records: [[Ann]]
                            rows:
                              - {concept: 7, colour: red}
                        """);
        assertThat(r.findings().all()).singleElement().satisfies(f -> {
            assertThat(f.code()).isEqualTo(Code.LOAD_UNKNOWN_FIELD);
            assertThat(f.source().path()).isEqualTo("$.tables[0].rows");
        });
    }
}
