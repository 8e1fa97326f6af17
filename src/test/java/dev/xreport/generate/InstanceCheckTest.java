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

    @Test
    void anInconsistentTotalInTheInstanceNamesItsPlaceInTheReport(@TempDir Path out) {
        // the report's own rules would stop the run first; with --fail-on error it goes on to the XBRL check
        Path report = Path.of("src/test/resources/bad-input/XR-CALC-501-total-does-not-add-up");
        Result r = new Generator(line -> { }).generate(new Request(report, out, List.of(), Severity.ERROR));
        assertThat(r.exitCode()).isZero();
        List<Finding> xbrl = r.findings().all().stream().filter(f -> f.code().id().startsWith("XR-XBRL")).toList();
        assertThat(xbrl).singleElement().satisfies(f -> {
            assertThat(f.code().id()).isEqualTo("XR-XBRL-617");
            assertThat(f.severity()).isEqualTo(Severity.INCONSISTENCY);
            assertThat(f.source().file()).isEqualTo(out.resolve("minimal").resolve("minimal.xbrl").toAbsolutePath().toString());
            assertThat(f.related()).anySatisfy(rel -> {
                assertThat(rel.what()).isEqualTo("Assets@I2024 in the report");
                assertThat(rel.source().file()).endsWith("XR-CALC-501-total-does-not-add-up/report.yaml");
                assertThat(rel.source().line()).isEqualTo(18);
            });
        });
    }

    @Test
    void theWebankInstanceHasNoFindings(@TempDir Path out) {
        Result r = new Generator(line -> { }).generate(Request.defaults(out));
        assertThat(r.exitCode()).isZero();
        assertThat(r.findings().all()).allMatch(f -> f.severity() == Severity.INFO);
    }
}
