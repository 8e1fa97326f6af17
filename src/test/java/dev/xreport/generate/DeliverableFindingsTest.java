package dev.xreport.generate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.xreport.diag.Code;
import dev.xreport.diag.Finding;
import dev.xreport.diag.Findings;
import dev.xreport.load.ReportLoader;
import dev.xreport.model.Report;
import dev.xreport.model.Source;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The XBRL checks of several deliverables that carry the same facts say a thing once. */
class DeliverableFindingsTest {
    private static final Report MINIMAL = ReportLoader.load(Path.of("src/test/resources/reports/minimal")).report();

    private static Finding at(String file, int line, String message) {
        return Finding.of(Code.XBRL_CALC11_INCONSISTENT, new Source(file, line, 7, "ix:nonFraction"), message);
    }

    @Test
    void aFindingAnotherDeliverableRepeatsWordForWordIsLeftOut() {
        Findings findings = new Findings();
        DeliverableFindings checked = new DeliverableFindings(MINIMAL, findings);
        String words = "xr:Assets in context \"C_I2024\" is 1360000 (decimals -3), the interval [1359500, 1360500], but ...";

        assertThat(checked.add(List.of(at("out/minimal/minimal.xhtml", 170, words)), null, null)).isZero();
        assertThat(checked.add(List.of(at("out/minimal/minimal.zip!/minimal/reports/minimal.xhtml", 170, words),
                at("out/minimal/minimal.zip!/minimal/reports/minimal.xhtml", 171, "something else")), null, null)).isOne();

        assertThat(findings.all()).extracting(f -> f.source().file() + ":" + f.source().line())
                .containsExactly("out/minimal/minimal.xhtml:170", "out/minimal/minimal.zip!/minimal/reports/minimal.xhtml:171");
        // the one kept names where the report states the fact its words are about
        assertThat(findings.all().get(0).related()).extracting(Finding.Related::what).containsExactly("Assets@I2024 in the report");
    }

    /** Twice in one file is two findings: only what another deliverable repeats is left out. */
    @Test
    void theSameWordsTwiceInOneFileAreTwoFindings() {
        Findings findings = new Findings();
        DeliverableFindings checked = new DeliverableFindings(MINIMAL, findings);
        assertThat(checked.add(List.of(at("a.xhtml", 1, "same"), at("a.xhtml", 2, "same")), null, null)).isZero();
        assertThat(findings.all()).hasSize(2);
    }

    @Test
    void aStagedFileIsNamedAsPublished() {
        Findings findings = new Findings();
        Path staging = Path.of("target/out/.minimal.tmp-123").toAbsolutePath();
        new DeliverableFindings(MINIMAL, findings).add(List.of(
                at(Source.shown(staging.resolve("minimal.xbrl")), 26, "in " + staging.resolve("minimal.xbrl"))), staging, "target/out/minimal");
        assertThat(findings.all()).singleElement().satisfies(f -> {
            assertThat(f.source().file()).isEqualTo("target/out/minimal/minimal.xbrl");
            assertThat(f.message()).isEqualTo("in target/out/minimal/minimal.xbrl");
        });
    }
}
