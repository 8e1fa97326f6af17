package dev.xreport.xbrl.validate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.xreport.diag.Code;
import dev.xreport.diag.Finding;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * XBRL Dimensions 1.0 against the small dimensional taxonomy in src/test/resources/xbrl/dimensions
 * (the invalid cases, one per folder, are in invalid/XR-XBRL-623, -624 and -625).
 */
class DimensionsTest {
    private static final XbrlValidator VALIDATOR = new XbrlValidator();
    private static final Path BAD = Path.of("src/test/resources/invalid");

    @Test
    void factsValidInTheirDrsesHaveNoFindings() {
        // defaults for absent dimensions, a member in the closed segment hypercube, an open scenario
        // hypercube with an extra dimension, a notAll hypercube (through targetRole) not met, and a
        // dimensional context on a concept with no hypercube
        assertThat(VALIDATOR.validate(Path.of("src/test/resources/xbrl/dimensions/valid.xbrl"))).isEmpty();
    }

    @Test
    void theDimensionalTaxonomyAloneIsValid() {
        assertThat(VALIDATOR.validate(Path.of("src/test/resources/xbrl/dimensions/xr-dim.xsd"))).isEmpty();
    }

    @Test
    void eachDtsRuleOfSection2HasItsCode() {
        List<Finding> findings = VALIDATOR.validate(BAD.resolve("XR-XBRL-625/broken-drs/instance.xbrl"));
        assertThat(findings).extracting(Finding::code).contains(Code.XBRL_DIM_HAS_HYPERCUBE, Code.XBRL_DIM_HYPERCUBE_DIMENSION,
                Code.XBRL_DIM_DOMAIN, Code.XBRL_DIM_DEFAULT, Code.XBRL_DIM_DECLARATION, Code.XBRL_DIM_TARGET_ROLE);
        assertThat(findings).extracting(Finding::message).anyMatch(m -> m.contains("xbrldte:TooManyDefaultMembersError"))
                .anyMatch(m -> m.contains("xbrldte:HasHypercubeMissingContextElementAttributeError"))
                .anyMatch(m -> m.contains("xbrldte:HypercubeElementIsNotAbstractError"));
    }

    @Test
    void aCycleAndAPolymorphicPrimaryItemInADomainAreFound() {
        List<Finding> findings = VALIDATOR.validate(BAD.resolve("XR-XBRL-634/drs-cycle-and-polymorphism/instance.xbrl"));
        assertThat(findings).extracting(Finding::message)
                .anyMatch(m -> m.contains("xbrldte:DRSDirectedCycleError"))
                .anyMatch(m -> m.contains("xbrldte:PrimaryItemPolymorphismError"));
    }

    @Test
    void anInvalidFactNamesWhyInEachDrs() {
        List<Finding> findings = VALIDATOR.validate(BAD.resolve("XR-XBRL-624/member-not-usable/instance.xbrl"));
        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.code()).isEqualTo(Code.XBRL_DIM_FACT_INVALID);
            assertThat(f.severity()).isEqualTo(dev.xreport.diag.Severity.ERROR);
            assertThat(f.source().path()).isEqualTo("/xbrli:xbrl/d:Sales");
            assertThat(f.message()).contains("DiscontinuedMember").contains("not usable").contains("role/sales");
        });
    }
}
