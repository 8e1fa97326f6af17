package dev.xreport.validate;

import dev.xreport.derive.Amounts;
import dev.xreport.derive.Cells;
import dev.xreport.diag.Code;
import dev.xreport.diag.Findings;
import dev.xreport.model.Column;
import dev.xreport.model.FactTable;
import dev.xreport.model.Report;
import dev.xreport.model.Row;
import dev.xreport.model.Table;
import java.math.BigDecimal;
import java.util.Optional;

/**
 * XR-CALC-502: in a table with {@code crossfoot:}, each row's total column equals the sum of the
 * member columns (the components of equity add up to total equity in every line).
 */
final class CrossfootRule implements Rule {
    @Override
    public void check(Report report, Cells cells, Findings findings) {
        for (Table t : report.tables()) {
            if (!(t instanceof FactTable table) || table.crossfoot() == null) {
                continue;
            }
            Optional<Column> totalColumn = table.column(table.crossfoot().total());
            if (totalColumn.isEmpty()) {
                continue;
            }
            for (Row row : table.rows()) {
                if (!row.hasFigures()) {
                    continue;
                }
                BigDecimal sum = BigDecimal.ZERO;
                boolean any = false;
                for (String id : table.crossfoot().of()) {
                    Optional<BigDecimal> v = table.column(id).flatMap(c -> cells.value(table, row, c));
                    if (v.isPresent()) {
                        any = true;
                        sum = sum.add(v.get());
                    }
                }
                Optional<BigDecimal> total = cells.value(table, row, totalColumn.get());
                if (!any && total.isEmpty()) {
                    continue;
                }
                BigDecimal stated = total.orElse(BigDecimal.ZERO);
                if (stated.compareTo(sum) != 0) {
                    findings.add(Code.CALC_CROSSFOOT, cells.fact(table, row, totalColumn.get())
                                    .map(f -> f.source()).orElse(row.source()),
                            "table \"" + table.id() + "\", row \"" + row.label() + "\": the " + totalColumn.get().label()
                                    + " column shows " + Amounts.grouped(stated, report.scale())
                                    + " but its columns add up to " + Amounts.grouped(sum, report.scale())
                                    + " (difference " + Amounts.grouped(stated.subtract(sum), report.scale()) + ")");
                }
            }
        }
    }
}
