package dev.xreport.validate;

import dev.xreport.derive.Cells;
import dev.xreport.diag.Findings;
import dev.xreport.model.Report;

/** One check of a loaded report. Rules add findings; they never throw for bad figures. */
interface Rule {
    void check(Report report, Cells cells, Findings findings);
}
