package dev.xreport.validate;

import dev.xreport.derive.Amounts;
import dev.xreport.derive.Cells;
import dev.xreport.diag.Code;
import dev.xreport.diag.Finding;
import dev.xreport.diag.Findings;
import dev.xreport.model.Column;
import dev.xreport.model.Fact;
import dev.xreport.model.FactTable;
import dev.xreport.model.Report;
import dev.xreport.model.Row;
import dev.xreport.model.Table;
import dev.xreport.model.Unit;
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
                if (!row.hasFigures() || row.blank().contains(totalColumn.get().id())) {
                    continue;
                }
                BigDecimal sum = BigDecimal.ZERO;
                boolean any = false;
                java.util.List<Finding.Related> members = new java.util.ArrayList<>();
                for (String id : table.crossfoot().of()) {
                    if (row.blank().contains(id)) {
                        continue;
                    }
                    Optional<Fact> member = table.column(id).flatMap(c -> cells.fact(table, row, c));
                    member.ifPresent(f -> members.add(new Finding.Related(f.key().toString(), f.source())));
                    Optional<BigDecimal> v = member.map(Fact::value);
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
                    Optional<Fact> totalFact = cells.fact(table, row, totalColumn.get());
                    Unit unit = totalFact.map(f -> report.units().get(f.unit())).orElse(null);
                    findings.add(Finding.of(Code.CALC_CROSSFOOT, totalFact.map(Fact::source).orElse(row.source()),
                            "table \"" + table.id() + "\", row \"" + row.label() + "\": the " + totalColumn.get().label()
                                    + " column shows " + Amounts.describe(stated, unit, report.scale())
                                    + " but its columns add up to " + Amounts.describe(sum, unit, report.scale())
                                    + " (difference " + Amounts.describe(stated.subtract(sum), unit, report.scale()) + ")")
                            .with(members));
                }
            }
        }
    }
}
