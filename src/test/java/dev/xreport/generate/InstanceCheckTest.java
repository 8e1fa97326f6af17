package dev.xreport.generate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.xreport.diag.Finding;
import dev.xreport.diag.Severity;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** generate checks the XBRL instance it writes, and a finding about a fact says where the report states it. */
class InstanceCheckTest {

    /**
     * A total 10 thousand off its two lines: the report's own rule (exact) and the XBRL check
     * (Calculations 1.1) both report it, and the XBRL finding names where the report states the total.
     */
    @Test
    void anInconsistentTotalInTheInstanceNamesItsPlaceInTheReport(@TempDir Path out, @TempDir Path work) throws Exception {
        Path report = work.resolve("minimal");
        java.nio.file.Files.createDirectories(report);
        java.nio.file.Files.writeString(report.resolve("report.yaml"), java.nio.file.Files.readString(
                Path.of("src/test/resources/reports/minimal/report.yaml")).replace("value: 1350}", "value: 1360}"));
        // the report's own rules would stop the run first; with --fail-on error it goes on to the XBRL check
        Result r = new Generator(line -> { }).generate(new Request(report, out, List.of(), Severity.ERROR));
        assertThat(r.findings().all()).anySatisfy(f -> assertThat(f.code().id()).isEqualTo("XR-CALC-501"));
        assertThat(r.exitCode()).isZero();
        List<Finding> xbrl = r.findings().all().stream().filter(f -> f.code().id().startsWith("XR-XBRL")).toList();
        // once in each XBRL deliverable: the instance, the Inline XBRL page, and the page in the report package
        assertThat(xbrl).extracting(f -> f.source().file()).containsExactly(
                out.resolve("minimal").resolve("minimal.xbrl").toAbsolutePath().toString(),
                out.resolve("minimal").resolve("minimal.xhtml").toString(),
                out.resolve("minimal").resolve("minimal.zip") + "!/minimal/reports/minimal.xhtml");
        assertThat(xbrl).allSatisfy(f -> {
            assertThat(f.code().id()).isEqualTo("XR-XBRL-631"); // Calculations 1.1
            assertThat(f.severity()).isEqualTo(Severity.INCONSISTENCY);
        });
        assertThat(xbrl.get(0)).satisfies(f -> {
            assertThat(f.related()).anySatisfy(rel -> {
                assertThat(rel.what()).isEqualTo("Assets@I2024 in the report");
                assertThat(rel.source().file()).endsWith("minimal/report.yaml");
                assertThat(rel.source().line()).isEqualTo(18);
            });
        });
        assertThat(xbrl.get(1).source().line()).as("the page's finding stands at its ix:nonFraction").isPositive();
    }

    /**
     * One thousand off, at decimals -3, is within the rounding that Calculations 1.1 allows for two
     * lines reported in thousands: the XBRL check is silent, and xreport's own exact rule (the report's
     * figures are exact thousands) is what reports it.
     */
    @Test
    void oneThousandOffIsCaughtByTheReportsOwnRuleNotByCalculations11(@TempDir Path out) {
        Path report = Path.of("src/test/resources/invalid/XR-CALC-501/total-does-not-add-up");
        Result r = new Generator(line -> { }).generate(new Request(report, out, List.of(), Severity.ERROR));
        assertThat(r.findings().all()).extracting(f -> f.code().id()).contains("XR-CALC-501").doesNotContain("XR-XBRL-631");
    }

    @Test
    void theWebankInstanceHasNoFindings(@TempDir Path out) {
        Result r = new Generator(line -> { }).generate(Request.defaults(out));
        assertThat(r.exitCode()).isZero();
        assertThat(r.findings().all()).allMatch(f -> f.severity() == Severity.INFO);
    }
}
