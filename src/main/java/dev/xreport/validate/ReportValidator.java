package dev.xreport.validate;

import dev.xreport.derive.Cells;
import dev.xreport.diag.Findings;
import dev.xreport.model.Report;
import java.util.List;

/**
 * Checks a loaded report's figures against each other: totals, cross-footing, coverage.
 * References were checked by the loader; this is about whether the numbers agree.
 */
public final class ReportValidator {
    private static final List<Rule> RULES = List.of(new CalculationRule(), new CrossfootRule(), new CheckRule(), new CoverageRule(),
            new TaxonomyRule());

    private ReportValidator() { }

    public static void validate(Report report, Findings findings) {
        Cells cells = new Cells(report);
        for (Rule rule : RULES) {
            rule.check(report, cells, findings);
        }
    }
}
