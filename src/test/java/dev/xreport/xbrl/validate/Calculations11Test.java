package dev.xreport.xbrl.validate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.xreport.diag.Code;
import dev.xreport.diag.Finding;
import dev.xreport.diag.Severity;
import dev.xreport.xbrl.validate.XbrlValidator.CalculationMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * XBRL Calculations 1.1 (round-to-nearest): always for its own arcrole, and for the XBRL 2.1
 * arcrole in {@link CalculationMode#CALCULATIONS_1_1}. Fixtures in src/test/resources/xbrl/calc11
 * (the inconsistent cases are in invalid/XR-XBRL-631 to -633).
 */
class Calculations11Test {
    private static final Path DIR = Path.of("src/test/resources/xbrl/calc11");
    private static final XbrlValidator XBRL21 = new XbrlValidator();
    private static final XbrlValidator CALC11 = XBRL21.withCalculationMode(CalculationMode.CALCULATIONS_1_1);

    @Test
    void theDefaultModeIsXbrl21() {
        assertThat(new XbrlValidator().calculationMode()).isEqualTo(CalculationMode.XBRL_2_1);
        assertThat(XBRL21.withCalculationMode(CalculationMode.XBRL_2_1)).isSameAs(XBRL21);
        assertThat(new XbrlValidator(XbrlCatalog.builtin(), CalculationMode.CALCULATIONS_1_1).calculationMode())
                .isEqualTo(CalculationMode.CALCULATIONS_1_1);
    }

    @Test
    void roundedItemsWhoseIntervalsMeetTheTotalAreConsistent() {
        // 1,400 + 1,400 (hundreds) against 2,900: [1350,1450] + [1350,1450] = [2700,2900] meets [2850,2950];
        // and Net 2,000 = Total - Costs 900 with a negative weight
        assertThat(XBRL21.validate(DIR.resolve("consistent.xbrl"))).isEmpty();
    }

    @Test
    void xbrl21AndCalculations11DifferOnRoundedValues() {
        // the same figures under the XBRL 2.1 arcrole: 2.1 compares 2,800 with 2,900; 1.1 compares intervals
        Path instance = DIR.resolve("rounding-xbrl21-arcrole.xbrl");
        assertThat(XBRL21.validate(instance)).extracting(Finding::code).containsExactly(Code.XBRL_CALC_INCONSISTENT);
        assertThat(CALC11.validate(instance)).isEmpty();
    }

    @Test
    void calculations11ModeReportsIntervalInconsistenciesForTheXbrl21Arcrole() {
        // LiabilitiesAndEquity 473,861,630,000 (thousands) against 436,000,000,000 + 37,861,631,000:
        // inconsistent at 2.1 (…630,000 ≠ …631,000); at 1.1 [473861629500, 473861630500] meets
        // [473861630000, 473861632000]
        Path off = Path.of("src/test/resources/invalid/XR-XBRL-617/total-does-not-add-up/instance.xbrl");
        assertThat(XBRL21.validate(off)).extracting(Finding::code).containsExactly(Code.XBRL_CALC_INCONSISTENT);
        assertThat(CALC11.validate(off)).isEmpty();
    }

    @Test
    void theTotalOutsideTheIntervalIsAnInconsistency() {
        List<Finding> findings = CALC11.validate(Path.of("src/test/resources/invalid/XR-XBRL-631/total-outside-interval/instance.xbrl"));
        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.code()).isEqualTo(Code.XBRL_CALC11_INCONSISTENT);
            assertThat(f.severity()).isEqualTo(Severity.INCONSISTENCY);
            assertThat(f.message()).contains("[2950, 3050]").contains("[2700, 2900]");
        });
        assertThat(XbrlValidator.isValid(findings)).isFalse();
    }

    @Test
    void aZeroWeightIsAnErrorYetTheRelationshipBindsItsItem(@TempDir Path tmp) throws Exception {
        // the XBRL 2.1 arcrole, checked as Calculations 1.1: Total <- PartA with weight 0, PartB not reported.
        // PartA binds the total and adds [0, 0], which [2850, 2950] does not meet; Arelle says the same
        // (xbrl.5.2.5.2.1:zeroWeight and calc11e:inconsistentCalculationUsingRounding)
        for (String f : List.of("xr-calc.xsd", "xr-calc_cal.xml", "consistent.xbrl")) {
            Files.copy(DIR.resolve(f), tmp.resolve(f));
        }
        String cal = Files.readString(tmp.resolve("xr-calc_cal.xml"))
                .replaceAll("(?s)<link:arcroleRef .*?/>", "")
                .replace("https://xbrl.org/2023/arcrole/summation-item", "http://www.xbrl.org/2003/arcrole/summation-item")
                .replace("xlink:to=\"a\" order=\"1\" weight=\"1\"", "xlink:to=\"a\" order=\"1\" weight=\"0\"");
        Files.writeString(tmp.resolve("xr-calc_cal.xml"), cal);
        String instance = Files.readString(tmp.resolve("consistent.xbrl"));
        Files.writeString(tmp.resolve("consistent.xbrl"), instance.replaceAll("  <c:(PartB|Costs|Net) .*\n", ""));

        assertThat(CALC11.validate(tmp.resolve("consistent.xbrl"))).extracting(Finding::code)
                .containsExactlyInAnyOrder(Code.XBRL_CALC_WEIGHT, Code.XBRL_CALC11_INCONSISTENT);
    }

    @Test
    void consistentDuplicatesAreMergedIntoTheirCommonInterval() {
        // PartA 1,400 (hundreds) and 1,403 (units): one fact set [1402.5, 1403.5]; only the 2.1 duplicate warning
        assertThat(XBRL21.validate(DIR.resolve("consistent-duplicates.xbrl"))).extracting(Finding::code)
                .containsExactly(Code.XBRL_DUPLICATE_FACT);
    }
}
