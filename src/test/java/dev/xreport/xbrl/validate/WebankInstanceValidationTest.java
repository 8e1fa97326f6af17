package dev.xreport.xbrl.validate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.xreport.TestSupport;
import dev.xreport.derive.Cells;
import dev.xreport.diag.Finding;
import dev.xreport.diag.Findings;
import dev.xreport.model.Report;
import dev.xreport.render.xbrl.XbrlRenderer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The instance xreport writes for the WeBank report, with its taxonomy beside it, validated offline
 * with xreport's own XBRL schemas and (when ../shared is present) with the official copies.
 */
class WebankInstanceValidationTest {

    @Test
    void theWebankInstanceIsSchemaValidAndBothSchemaSetsAgree(@TempDir Path tmp) throws Exception {
        Report report = TestSupport.webank();
        Path instance = new XbrlRenderer().render(report, new Cells(report), new Findings(), tmp);

        long start = System.nanoTime();
        List<Finding> findings = new XbrlValidator().validate(instance);
        long millis = (System.nanoTime() - start) / 1_000_000;
        System.out.println("WebankInstanceValidationTest: " + findings.size() + " findings in " + millis + " ms");
        findings.forEach(f -> System.out.println("  " + f));

        assertThat(findings).as("no errors, no inconsistencies, no warnings: the instance and its DTS are valid XBRL 2.1")
                .isEmpty();
        assertThat(new XbrlValidator(XbrlCatalog.builtin(), XbrlValidator.CalculationMode.CALCULATIONS_1_1).validate(instance))
                .as("consistent as XBRL Calculations 1.1 defines it, too").isEmpty();
        Optional<Path> official = TestSupport.shared().map(s -> s.resolve("xbrl-base-schemas")).filter(Files::isDirectory);
        if (official.isPresent()) {
            List<Finding> withOfficial = new XbrlValidator(XbrlCatalog.mirror(official.get())).validate(instance);
            assertThat(withOfficial).as("the official XBRL schemas give the same findings")
                    .containsExactlyElementsOf(findings);
        }
    }

    @Test
    void aMemberOfAnotherAxisMakesTheWebankFactsDimensionallyInvalid(@TempDir Path tmp) throws Exception {
        Report report = TestSupport.webank();
        Path instance = new XbrlRenderer().render(report, new Cells(report), new Findings(), tmp);
        String xml = Files.readString(instance);
        String member = ">xr:CorporateLoansMember</xbrldi:explicitMember>";
        assertThat(xml).contains(member);
        Files.writeString(instance, xml.replaceFirst(member, ">xr:NormalMember</xbrldi:explicitMember>"));

        List<Finding> findings = new XbrlValidator().validate(instance);
        assertThat(findings).isNotEmpty().allSatisfy(f -> {
            assertThat(f.code()).isEqualTo(dev.xreport.diag.Code.XBRL_DIM_FACT_INVALID);
            assertThat(f.message()).contains("member NormalMember of dimension LoanProductAxis is not in its domain");
        });
    }
}
