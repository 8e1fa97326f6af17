package dev.xreport.arelle;

import dev.xreport.diag.Code;
import dev.xreport.diag.Finding;
import dev.xreport.diag.Severity;
import dev.xreport.xbrl.validate.XbrlValidator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What xreport's XBRL validator said about one file, in the terms it is compared with Arelle's.
 *
 * @param valid           {@link XbrlValidator#isValid}: no error and no inconsistency
 * @param calculation     how many XR-XBRL-631 (calc11e:inconsistentCalculationUsingRounding) findings
 * @param codes           how often each code at error or inconsistency severity was given
 * @param warnings        how many warnings
 * @param findings        the findings, for messages
 */
public record XreportVerdict(boolean valid, int calculation, Map<String, Integer> codes, int warnings, List<Finding> findings) {
    public XreportVerdict {
        codes = Map.copyOf(codes);
        findings = List.copyOf(findings);
    }

    public static XreportVerdict of(List<Finding> findings) {
        Map<String, Integer> codes = new TreeMap<>();
        int calculation = 0;
        int warnings = 0;
        for (Finding f : findings) {
            if (f.severity().reaches(Severity.INCONSISTENCY)) {
                codes.merge(f.code().id(), 1, Integer::sum);
            } else if (f.severity() == Severity.WARNING) {
                warnings++;
            }
            if (f.code() == Code.XBRL_CALC11_INCONSISTENT) {
                calculation++;
            }
        }
        return new XreportVerdict(XbrlValidator.isValid(findings), calculation, codes, warnings, findings);
    }

    /** {@code valid} or the codes with their counts: {@code invalid XR-XBRL-604 x3}. */
    public String summary() {
        if (valid) {
            return "valid" + (warnings > 0 ? " (" + warnings + " warnings)" : "");
        }
        StringBuilder s = new StringBuilder("invalid");
        codes.forEach((code, n) -> s.append(' ').append(code).append(n > 1 ? " x" + n : ""));
        return s.toString();
    }
}
