package dev.xreport.validate;

import dev.xreport.derive.Cells;
import dev.xreport.diag.Code;
import dev.xreport.diag.Findings;
import dev.xreport.model.Block;
import dev.xreport.model.Column;
import dev.xreport.model.FactTable;
import dev.xreport.model.Report;
import dev.xreport.model.Row;
import dev.xreport.model.Section;
import dev.xreport.model.Table;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * XR-TABLE-301: a row that shows no fact in any column (usually a misspelt concept or period);
 * single missing cells are the report's nil dashes and are fine.
 * XR-TABLE-302: in a report with a narrative, a table that no section places, so no reader would
 * see it. (A report without sections is presented table after table; nothing is unplaced.)
 */
final class CoverageRule implements Rule {
    @Override
    public void check(Report report, Cells cells, Findings findings) {
        for (Table t : report.tables()) {
            if (t instanceof FactTable table) {
                for (Row row : table.rows()) {
                    if (!row.hasFigures()) {
                        continue;
                    }
                    List<Column> columns = table.valueColumns().stream()
                            .filter(c -> !row.blank().contains(c.id())).toList();
                    if (!columns.isEmpty() && columns.stream().allMatch(c -> cells.fact(table, row, c).isEmpty())) {
                        findings.add(Code.TABLE_MISSING_FACT, row.source(), "table \"" + table.id() + "\", row \""
                                + row.label() + "\": no fact of " + row.concept() + row.dims()
                                + " is stated for any column of this row");
                    }
                }
            }
        }
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
