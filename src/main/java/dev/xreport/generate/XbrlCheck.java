package dev.xreport.generate;

import dev.xreport.xbrl.validate.XbrlCatalog;
import dev.xreport.xbrl.validate.XbrlValidator;

/**
 * The XBRL validator xreport checks the instances it writes with, and the one {@code xreport validate}
 * uses for an instance unless told otherwise: XBRL 2.1 and Dimensions 1.0 with xreport's own copies
 * of the specification schemas, and the XBRL 2.1 summation-item relationships checked as XBRL
 * Calculations 1.1 defines them (rounding-aware), as the calculation linkbase xreport writes intends.
 */
public final class XbrlCheck {
    private XbrlCheck() { }

    /** A new validator; it keeps the compiled schemas of the DTSes it sees, so reuse it for a run or a series of runs. */
    public static XbrlValidator validator() {
        return new XbrlValidator(XbrlCatalog.builtin(), XbrlValidator.CalculationMode.CALCULATIONS_1_1);
    }
}
