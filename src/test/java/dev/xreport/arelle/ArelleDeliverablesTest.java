package dev.xreport.arelle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Arelle, the reference XBRL processor (Calculations 1.1, round to nearest), finds nothing — no error,
 * no warning, no inconsistency — in any XBRL deliverable of any test report: the instance, the Inline
 * XBRL document, the report package and the taxonomy package of the WeBank report, of each report in
 * src/test/resources/reports and of a synthetic report.
 */
class ArelleDeliverablesTest {

    @Test
    void arelleFindsNothingInAnyXbrlDeliverable() throws Exception {
        var install = ArelleInstall.find();
        assumeTrue(install.isPresent(), ArelleInstall.missing());
        List<Path> files = ReportDeliverables.all().stream().flatMap(g -> g.xbrlFiles().stream()).toList();

        long t0 = System.nanoTime();
        List<ArelleVerdict> verdicts = new ArelleBatch(install.get(), "c11r").validate(files);
        System.out.printf("ArelleDeliverablesTest: Arelle validated %d files in %d ms%n", files.size(),
                (System.nanoTime() - t0) / 1_000_000);
        verdicts.forEach(v -> System.out.println(v.summary()));

        List<String> found = verdicts.stream().filter(v -> !v.clean()).map(ArelleDeliverablesTest::describe).toList();
        assertThat(files).as("every XBRL deliverable was written").allSatisfy(f -> assertThat(f).isRegularFile());
        assertThat(found).as("what Arelle finds in xreport's deliverables").isEmpty();
    }

    private static String describe(ArelleVerdict v) {
        StringBuilder s = new StringBuilder(v.summary());
        v.messages().forEach(m -> s.append("\n    ").append(m.level()).append(' ').append(m.text()));
        return s.toString();
    }
}
