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
import dev.xreport.model.Source;
import dev.xreport.model.Table;
import dev.xreport.model.Unit;
import java.math.BigDecimal;
import java.util.Optional;

/**
 * XR-CALC-501: every row with {@code sum:} equals the weighted sum of its rows, in every value
 * column the row does not leave blank, exactly (the figures are all reported to the same precision).
 * A missing cell counts as zero; a total whose lines are all missing is not checked.
 */
final class CalculationRule implements Rule {
    @Override
    public void check(Report report, Cells cells, Findings findings) {
        for (Table t : report.tables()) {
            if (!(t instanceof FactTable table)) {
                continue;
            }
            for (Row row : table.rows()) {
                if (row.sum().isEmpty() || !row.hasFigures()) {
                    continue;
                }
                for (Column column : table.valueColumns()) {
                    if (!row.blank().contains(column.id())) {
                        check(report, cells, findings, table, row, column);
                    }
                }
            }
        }
    }

    private void check(Report report, Cells cells, Findings findings, FactTable table, Row row, Column column) {
        Optional<Fact> total = cells.fact(table, row, column);
        BigDecimal sum = BigDecimal.ZERO;
        boolean anyTerm = false;
        java.util.List<Finding.Related> lines = new java.util.ArrayList<>();
        StringBuilder expression = new StringBuilder();
        for (Row.Term term : row.sum()) {
            Optional<Row> termRow = table.row(term.row());
            if (termRow.isEmpty()) {
                return; // reported by the reference check
            }
            Optional<Fact> termFact = cells.fact(table, termRow.get(), column);
            termFact.ifPresent(f -> lines.add(new Finding.Related(f.key().toString(), f.source())));
            Optional<BigDecimal> v = termFact.map(Fact::value);
            if (v.isPresent()) {
                anyTerm = true;
                sum = sum.add(term.weight() < 0 ? v.get().negate() : v.get());
            }
            expression.append(expression.length() == 0 ? (term.weight() < 0 ? "−" : "") : term.weight() < 0 ? " − " : " + ")
                    .append(term.row());
        }
        if (!anyTerm) {
            return; // nothing to add up: the column does not report this total's lines
        }
        BigDecimal stated = total.map(Fact::value).orElse(BigDecimal.ZERO);
        if (stated.compareTo(sum) == 0) {
            return;
        }
        Source at = total.map(Fact::source).orElse(row.source());
        Unit unit = total.map(f -> report.units().get(f.unit())).orElse(null);
        String key = cells.address(table, row, column) instanceof Cells.Found f ? f.key().toString() : row.id();
        findings.add(Finding.of(Code.CALC_SUM, at, "table \"" + table.id() + "\", row \"" + row.label() + "\", column \""
                + column.label() + "\": " + key + " is " + Amounts.describe(stated, unit, report.scale())
                + (total.isEmpty() ? " (not stated)" : "") + " but " + expression + " = "
                + Amounts.describe(sum, unit, report.scale())
                + " (difference " + Amounts.describe(stated.subtract(sum), unit, report.scale()) + ")").with(lines));
    }
}
