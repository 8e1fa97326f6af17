package dev.xreport.validate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.xreport.diag.Code;
import dev.xreport.diag.Finding;
import dev.xreport.diag.Findings;
import dev.xreport.load.LoadResult;
import dev.xreport.load.ReportLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The arithmetic rules on small reports written for each case. */
class ReportValidatorTest {
    private static final String HEAD = """
            id: t
            entity: {name: {en: T}, identifier: {scheme: "https://xreport.dev/entity", value: t}}
            reportingPeriod: FY2024
            periods:
              FY2024: {start: 2024-01-01, end: 2024-12-31}
              FY2023: {start: 2023-01-01, end: 2023-12-31}
              I2024: {instant: 2024-12-31}
              I2023: {instant: 2023-12-31}
            units:
              EUR: {measure: "iso4217:EUR"}
              persons: {measure: "xr:persons"}
            defaults: {monetaryUnit: EUR, scale: 3}
            """;

    private static List<Finding> validate(Path dir, String body) throws Exception {
        Files.writeString(dir.resolve("report.yaml"), HEAD + body);
        LoadResult r = ReportLoader.load(dir);
        assertThat(r.findings().all()).as("load findings").isEmpty();
        Findings findings = new Findings();
        ReportValidator.validate(r.report(), findings);
        return findings.all();
    }

    @Test
    void aTotalIsCheckedInEveryColumnItsLinesAreReported(@TempDir Path dir) throws Exception {
        List<Finding> f = validate(dir, """
                facts:
                  - {concept: A, period: FY2024, value: 100}
                  - {concept: B, period: FY2024, value: 50}
                  - {concept: T, period: FY2024, value: 151}
                  - {concept: T, period: FY2023, value: 999}
                tables:
                  - id: t
                    columns: [{id: a, period: FY2024}, {id: b, period: FY2023}]
                    rows:
                      - {concept: A}
                      - {concept: B}
                      - {concept: T, role: total, sum: [A, B]}
                """);
        // FY2023 reports the total but none of its lines: not checked
        assertThat(f).extracting(Finding::code).containsExactly(Code.CALC_SUM);
        assertThat(f.get(0).message()).contains("T@FY2024 is 151 thousand EUR but A + B = 150 thousand EUR (difference 1 thousand EUR)");
        assertThat(f.get(0).source().line()).isEqualTo(16); // the line of T@FY2024
    }

    @Test
    void blankCellsAreNotChecked(@TempDir Path dir) throws Exception {
        List<Finding> f = validate(dir, """
                facts:
                  - {concept: A, period: FY2024, value: 100}
                  - {concept: B, period: FY2024, value: 50}
                  - {concept: T, period: FY2024, value: 150}
                  - {concept: A, period: FY2023, value: 100}
                  - {concept: B, period: FY2023, value: 50}
                tables:
                  - id: t
                    columns: [{id: a, period: FY2024}, {id: b, period: FY2023}]
                    rows:
                      - {concept: A}
                      - {concept: B}
                      - {concept: T, role: total, sum: [A, B], blank: [b]}
                """);
        assertThat(f).isEmpty();
    }

    @Test
    void crossfootAddsMemberColumnsIntoTheTotalExceptBlankCells(@TempDir Path dir) throws Exception {
        List<Finding> f = validate(dir, """
                facts:
                  - {concept: Equity, period: I2024, dims: {C: CapitalMember}, value: 60}
                  - {concept: Equity, period: I2024, dims: {C: RetainedMember}, value: 40}
                  - {concept: Equity, period: I2024, value: 101}
                  - {concept: Memo, period: FY2024, dims: {C: CapitalMember}, value: 7}
                tables:
                  - id: soce
                    period: FY2024
                    columns: [{id: cap, dims: {C: CapitalMember}}, {id: ret, dims: {C: RetainedMember}}, {id: tot}]
                    crossfoot: {total: tot, of: [cap, ret]}
                    rows:
                      - {concept: Equity, at: end}
                      - {concept: Memo, blank: [tot]}
                """);
        assertThat(f).extracting(Finding::code).containsExactly(Code.CALC_CROSSFOOT);
        assertThat(f.get(0).message()).contains("shows 101 thousand EUR but its columns add up to 100 thousand EUR");
    }

    @Test
    void countsAreNotScaledInMessages(@TempDir Path dir) throws Exception {
        List<Finding> f = validate(dir, """
                facts:
                  - {concept: S1, period: I2024, value: 1000, unit: persons}
                  - {concept: S2, period: I2024, value: 500, unit: persons}
                  - {concept: ST, period: I2024, value: 1600, unit: persons}
                tables:
                  - id: t
                    columns: [{id: a, period: I2024}]
                    rows:
                      - {concept: S1}
                      - {concept: S2}
                      - {concept: ST, role: total, sum: [S1, S2]}
                """);
        assertThat(f).singleElement().satisfies(x -> assertThat(x.message()).contains("ST@I2024 is 1,600 persons but S1 + S2 = 1,500 persons"));
    }

    /** A row naming no fact is the loader's error (XR-REF-209, XR-TABLE-301); one marked empty is no finding at all. */
    @Test
    void aRowMarkedEmptyIsNoFinding(@TempDir Path dir) throws Exception {
        List<Finding> f = validate(dir, """
                facts:
                  - {concept: A, period: FY2024, value: 100}
                tables:
                  - id: t
                    columns: [{id: a, period: FY2024}]
                    rows:
                      - {concept: A}
                      - {concept: NotStated, label: Not stated, empty: true}
                """);
        assertThat(f).isEmpty();
    }
}
