package dev.xreport.validate;

import dev.xreport.derive.Cells;
import dev.xreport.diag.Findings;
import dev.xreport.model.Report;
import dev.xreport.taxonomy.TaxonomyCompiler;

/**
 * The report must compile into a taxonomy XBRL accepts (one period type and one kind per concept,
 * dimension members that some table shows): found while validating, so that a report that cannot
 * become XBRL fails before anything is written, at the fact that breaks it.
 */
final class TaxonomyRule implements Rule {
    @Override
    public void check(Report report, Cells cells, Findings findings) {
        TaxonomyCompiler.compile(report, findings);
    }
}
