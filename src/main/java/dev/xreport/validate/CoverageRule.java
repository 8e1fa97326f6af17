package dev.xreport.validate;

import dev.xreport.derive.Cells;
import dev.xreport.diag.Code;
import dev.xreport.diag.Findings;
import dev.xreport.model.Block;
import dev.xreport.model.Report;
import dev.xreport.model.Section;
import dev.xreport.model.Table;
import java.util.HashSet;
import java.util.Set;

/**
 * XR-TABLE-302: in a report with a narrative, a table that no section places, so no reader would
 * see it. (A report without sections is presented table after table; nothing is unplaced.)
 */
final class CoverageRule implements Rule {
    @Override
    public void check(Report report, Cells cells, Findings findings) {
        if (report.sections().isEmpty()) {
            return;
        }
        Set<String> placed = new HashSet<>();
        report.sections().forEach(s -> collect(s, placed));
        for (Table t : report.tables()) {
            if (!placed.contains(t.id())) {
                findings.add(Code.TABLE_UNPLACED, t.source(), "table \"" + t.id() + "\" is placed by no section");
            }
        }
    }

    private static void collect(Section s, Set<String> placed) {
        for (Block b : s.blocks()) {
            if (b instanceof Block.TableRef ref) {
                placed.add(ref.table());
            } else if (b instanceof Block.SubSection sub) {
                collect(sub.section(), placed);
            }
        }
    }
}
