package dev.xreport.load;

import static org.assertj.core.api.Assertions.assertThat;

import dev.xreport.diag.Code;
import dev.xreport.diag.Finding;
import dev.xreport.model.Block;
import dev.xreport.model.Dims;
import dev.xreport.model.Fact;
import dev.xreport.model.FactKey;
import dev.xreport.model.Report;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportLoaderTest {
    private static final Path MINIMAL = Path.of("src/test/resources/reports/minimal/report.yaml");

    @Test
    void theMinimalReportLoadsClean() {
        LoadResult r = ReportLoader.load(MINIMAL);
        assertThat(r.findings().all()).isEmpty();
        Report report = r.report();
        assertThat(report.id()).isEqualTo("minimal");
        Fact receivables = report.facts().get(1);
        assertThat(receivables.value()).isEqualTo(new BigDecimal("1250000"));
        assertThat(receivables.decimals()).isEqualTo(-3);
        assertThat(receivables.source().line()).isEqualTo(17);
        assertThat(receivables.source().path()).isEqualTo("$.facts[1]");
        Fact auditor = report.facts().get(3);
        assertThat(auditor.text()).isEqualTo("Example Auditors LLP");
        assertThat(auditor.period()).isEqualTo("FY2024");
        assertThat(auditor.lang()).isEqualTo("en");
    }

    @Test
    void jsonReadsLikeYamlWithItsOwnPositions(@TempDir Path tmp) throws Exception {
        String json = """
                {
                  "id": "j",
                  "entity": {"name": {"en": "J"}, "identifier": {"scheme": "https://xreport.dev/entity", "value": "j"}},
                  "reportingPeriod": "FY",
                  "periods": {"FY": {"start": "2024-01-01", "end": "2024-12-31"}},
                  "units": {"EUR": {"measure": "iso4217:EUR"}},
                  "defaults": {"monetaryUnit": "EUR", "scale": 3},
                  "facts": [
                    {"concept": "Revenue", "period": "FY", "value": 1234.5},
                    {"concept": "Costs", "period": "FY", "value": "12,3x"}
                  ]
                }
                """;
        Files.writeString(tmp.resolve("report.json"), json);
        LoadResult r = ReportLoader.load(tmp);
        assertThat(r.findings().all()).singleElement().satisfies(f -> {
            assertThat(f.code()).isEqualTo(Code.LOAD_NOT_A_NUMBER);
            assertThat(f.source().line()).isEqualTo(10);
            assertThat(f.source().column()).isEqualTo(51);
            assertThat(f.source().path()).isEqualTo("$.facts[1].value");
        });
        Fact revenue = r.report().facts().get(0);
        assertThat(revenue.value()).isEqualByComparingTo("1234500");
        assertThat(revenue.decimals()).isEqualTo(-2);
    }

    @Test
    void anIncludeMayNotLeaveTheReportFolder(@TempDir Path tmp) throws Exception {
        Path dir = tmp.resolve("r");
        Files.createDirectories(dir);
        Files.writeString(tmp.resolve("secret.yaml"), "facts: []\n");
        Files.writeString(dir.resolve("report.yaml"), Files.readString(MINIMAL)
                .replace("defaults: {monetaryUnit: EUR, scale: 3}\n", "defaults: {monetaryUnit: EUR, scale: 3}\ninclude: [../secret.yaml]\n"));
        LoadResult r = ReportLoader.load(dir);
        assertThat(r.findings().all()).extracting(Finding::code).containsExactly(Code.LOAD_OUTSIDE);
        assertThat(r.findings().all().get(0).message()).contains("outside the report's folder");
    }

    @Test
    void anIncludeThatIsNoFileNameIsAFinding(@TempDir Path tmp) throws Exception {
        Files.writeString(tmp.resolve("report.yaml"), Files.readString(MINIMAL)
                .replace("defaults: {monetaryUnit: EUR, scale: 3}\n", "defaults: {monetaryUnit: EUR, scale: 3}\ninclude: [\"a\\0b.yaml\"]\n"));
        LoadResult r = ReportLoader.load(tmp);
        assertThat(r.findings().all()).singleElement().satisfies(f -> {
            assertThat(f.code()).isEqualTo(Code.LOAD_INCLUDE);
            assertThat(f.source().line()).isEqualTo(15);
            assertThat(f.message()).contains("is not a file name");
        });
    }

    @Test
    void aDateIsWrittenWithAFourDigitYear(@TempDir Path tmp) throws Exception {
        Files.writeString(tmp.resolve("report.yaml"), Files.readString(MINIMAL)
                .replace("{start: 2024-01-01, end: 2024-12-31}", "{start: -999999999-01-01, end: +10000-12-31}"));
        LoadResult r = ReportLoader.load(tmp);
        assertThat(r.findings().all()).extracting(f -> f.code() + " " + f.source().line() + ":" + f.source().column() + " " + f.message())
                .startsWith("LOAD_BAD_VALUE 10:19 \"-999999999-01-01\" is not a date (write YYYY-MM-DD)",
                        "LOAD_BAD_VALUE 10:42 \"+10000-12-31\" is not a date (write YYYY-MM-DD)");
    }

    @Test
    void aRequiredFieldWrittenAsNullIsMissing(@TempDir Path tmp) throws Exception {
        Files.writeString(tmp.resolve("report.yaml"), Files.readString(MINIMAL)
                .replace("columns: [{id: y2024,", "crossfoot: {total: ~, of: [y2024]}\n    columns: [{id: y2024,"));
        LoadResult r = ReportLoader.load(tmp);
        assertThat(r.findings().all()).extracting(f -> f.code() + " " + f.source().line() + ":" + f.source().column() + " " + f.message())
                .containsExactly("LOAD_MISSING_FIELD 24:24 \"total\" is required here, not null");
    }

    /** Aliases are not expanded (the parser streams events), so ten levels of ten cost nothing. */
    @Test
    void aYamlAliasBombIsNotExpanded(@TempDir Path tmp) throws Exception {
        StringBuilder y = new StringBuilder("a: &a [x, x, x, x, x, x, x, x, x, x]\n");
        char prev = 'a';
        for (char c = 'b'; c <= 'k'; c++) {
            y.append(c).append(": &").append(c).append(" [");
            for (int i = 0; i < 10; i++) {
                y.append(i == 0 ? "" : ", ").append('*').append(prev);
            }
            y.append("]\n");
            prev = c;
        }
        Files.writeString(tmp.resolve("report.yaml"), y.toString());
        LoadResult r = ReportLoader.load(tmp);
        assertThat(r.ok()).isFalse();
        assertThat(r.findings().all()).hasSizeLessThan(30)
                .extracting(Finding::code).contains(Code.LOAD_MISSING_FIELD, Code.LOAD_UNKNOWN_FIELD);
    }

    @Test
    void aRepeatedFactWithTheSameValueIsAWarningNotAnError(@TempDir Path tmp) throws Exception {
        Files.writeString(tmp.resolve("report.yaml"), Files.readString(MINIMAL).replace("  - {concept: AuditorName",
                "  - {concept: Cash, period: I2024, value: \"100\"}\n  - {concept: AuditorName"));
        LoadResult r = ReportLoader.load(tmp);
        assertThat(r.ok()).isTrue();
        assertThat(r.findings().all()).extracting(Finding::code).containsExactly(Code.FACT_REPEATED);
    }

    @Test
    void longNarrativeLoadsWhole(@TempDir Path tmp) throws Exception {
        String word = "inclusive ";
        String paragraph = word.repeat(50_000) + "{Assets@I2024}";
        StringBuilder sections = new StringBuilder("sections:\n");
        for (int i = 0; i < 20; i++) {
            sections.append("  - id: s").append(i).append("\n    heading: Chapter ").append(i)
                    .append("\n    blocks:\n      - p: \"").append(paragraph).append("\"\n");
        }
        String minimal = Files.readString(MINIMAL);
        Files.writeString(tmp.resolve("report.yaml"), minimal.substring(0, minimal.indexOf("sections:")) + sections);
        LoadResult r = ReportLoader.load(tmp);
        assertThat(r.findings().all()).isEmpty();
        assertThat(r.report().sections()).hasSize(20);
        Block.Paragraph p = (Block.Paragraph) r.report().sections().get(19).blocks().get(0);
        assertThat(p.text()).hasSize(paragraph.length());
        assertThat(p.citations()).singleElement()
                .satisfies(c -> assertThat(c.fact()).isEqualTo(new FactKey("Assets", "I2024", Dims.NONE)));
    }

    @Test
    void countsAndSharesAreUnitsOfTheirOwnAndNotScaled(@TempDir Path tmp) throws Exception {
        Files.writeString(tmp.resolve("report.yaml"), Files.readString(MINIMAL)
                .replace("  EUR: {measure: \"iso4217:EUR\"}\n",
                        "  EUR: {measure: \"iso4217:EUR\"}\n  shares: {measure: \"xbrli:shares\"}\n  persons: {measure: \"xr:persons\"}\n")
                .replace("  - {concept: AuditorName",
                        "  - {concept: SharesIssued, period: I2024, value: 3850000000, unit: shares}\n"
                                + "  - {concept: Employees, period: I2024, value: \"3,521\", unit: persons}\n  - {concept: AuditorName"));
        LoadResult r = ReportLoader.load(tmp);
        assertThat(r.findings().all()).isEmpty();
        Fact employees = r.report().facts().stream().filter(f -> f.concept().equals("Employees")).findFirst().orElseThrow();
        assertThat(employees.value()).isEqualByComparingTo("3521");
        assertThat(employees.decimals()).isZero();
        assertThat(r.report().units().get("persons").isMonetary()).isFalse();
        Fact shares = r.report().facts().stream().filter(f -> f.concept().equals("SharesIssued")).findFirst().orElseThrow();
        assertThat(shares.value()).isEqualByComparingTo("3850000000");
    }

    @Test
    void citationsCarryDimsAndFormat() {
        var r = ReportLoader.load(MINIMAL).report();
        Block.Paragraph p = (Block.Paragraph) r.sections().get(0).blocks().get(0);
        assertThat(p.citations()).hasSize(1);
        assertThat(List.of(p.citations().get(0).raw())).containsExactly("{Assets@I2024}");
    }
}
