package dev.xreport.validate;

import dev.xreport.derive.Cells;
import dev.xreport.diag.Code;
import dev.xreport.diag.Findings;
import dev.xreport.model.Column;
import dev.xreport.model.Fact;
import dev.xreport.model.FactTable;
import dev.xreport.model.Report;
import dev.xreport.model.Row;
import dev.xreport.model.Table;
import dev.xreport.model.Unit;
import java.util.Optional;

/**
 * XR-TABLE-303: a table whose own {@code scale} is coarser than a figure it shows (1,234,567 in a
 * table shown in thousands). xreport never rounds a stated figure — the page and the Inline XBRL tag
 * must give the fact exactly — so the figure is printed with decimals (1,234.567) among whole
 * thousands, which is rarely what the author meant.
 */
final class ScaleRule implements Rule {
    @Override
    public void check(Report report, Cells cells, Findings findings) {
        for (Table t : report.tables()) {
            if (!(t instanceof FactTable table) || table.scale() == null) {
                continue;
            }
            int scale = table.scale();
            found:
            for (Row row : table.rows()) {
                for (Column c : table.valueColumns()) {
                    Optional<Fact> fact = cells.fact(table, row, c);
                    if (fact.isEmpty() || !fact.get().isNumeric()) {
                        continue;
                    }
                    Fact f = fact.get();
                    Unit unit = report.units().get(f.unit());
                    int stated = -f.value().stripTrailingZeros().scale(); // 3 for 1,234,000
                    if (unit != null && unit.isMonetary() && stated < scale) {
                        findings.add(Code.TABLE_SCALE_COARSE, row.source(), "table \"" + table.id() + "\" shows its amounts "
                                + "in 10^" + scale + ", but " + f.key() + " is " + f.value().toPlainString() + ", which it can "
                                + "only show with decimals (xreport does not round a stated figure): give the table a scale "
                                + "of at most " + Math.max(stated, 0) + ", or none to show the report's");
                        break found;
                    }
                }
            }
        }
    }
}
