package dev.xreport.load;

import dev.xreport.diag.Findings;
import dev.xreport.model.Report;

/**
 * What loading gave: the report (null when the input could not be read at all) and the
 * findings met on the way. When {@link Findings#anyInputError()} the report must not be rendered.
 */
public record LoadResult(Report report, Findings findings) {
    public boolean ok() {
        return report != null && !findings.anyInputError();
    }
}
