package dev.xreport.validate;

import dev.xreport.derive.Cells;
import dev.xreport.diag.Findings;
import dev.xreport.model.Report;
import dev.xreport.taxonomy.Taxonomy;
import dev.xreport.taxonomy.TaxonomyCompiler;
import java.util.List;

/**
 * Checks a loaded report's figures against each other: totals, cross-footing, coverage.
 * References were checked by the loader; this is about whether the numbers agree.
 *
 * <p>The last check compiles the report's taxonomy: it must be one XBRL accepts (one period type
 * and one kind per concept, dimension members that some table shows), found here so that a report
 * that cannot become XBRL fails before anything is written, at the fact that breaks it. The
 * compiled taxonomy is returned, and a run writes every deliverable from it without compiling again.
 */
public final class ReportValidator {
    private static final List<Rule> RULES = List.of(new CalculationRule(), new CrossfootRule(), new CheckRule(), new CoverageRule(),
            new ScaleRule());

    private ReportValidator() { }

    /**
     * Adds what the checks find to {@code findings}.
     *
     * @return the report's compiled taxonomy; when compiling it added an input error (XR-TAX-701 to 703),
     *         it is one XBRL rejects, and nothing should be written from it
     */
    public static Taxonomy validate(Report report, Findings findings) {
        Cells cells = new Cells(report);
        for (Rule rule : RULES) {
            rule.check(report, cells, findings);
        }
        return TaxonomyCompiler.compile(report, findings);
    }
}
