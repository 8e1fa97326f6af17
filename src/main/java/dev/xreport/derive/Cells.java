package dev.xreport.derive;

import dev.xreport.model.Column;
import dev.xreport.model.Dims;
import dev.xreport.model.Fact;
import dev.xreport.model.FactKey;
import dev.xreport.model.FactTable;
import dev.xreport.model.Period;
import dev.xreport.model.Report;
import dev.xreport.model.Row;
import java.math.BigDecimal;
import java.util.Optional;

/**
 * What each cell of a {@link FactTable} shows: the fact of (row concept, period, dims) for a value
 * column, or a {@link Derived} percentage for a derived column. Renderers and checks all ask here.
 */
public final class Cells {
    private final Report report;
    private final FactIndex facts;
    /** How the report writes numbers: 1,234.5 or 1.234,5. */
    private final NumberStyle style;

    public Cells(Report report) {
        this(report, new FactIndex(report.facts()));
    }

    /** The cells of {@code report}, whose facts {@code facts} indexes already. */
    public Cells(Report report, FactIndex facts) {
        this.report = report;
        this.facts = facts;
        this.style = NumberStyle.of(report);
    }

    /** How the report writes its numbers. */
    public NumberStyle style() {
        return style;
    }

    public FactIndex facts() {
        return facts;
    }

    /** Which fact a value cell shows, or why it cannot say. */
    public sealed interface Address permits Found, Unresolvable { }

    /** The key of the cell's fact (the fact itself may still be absent). */
    public record Found(FactKey key) implements Address { }

    /**
     * The cell's period cannot be worked out; {@code reason} says why.
     *
     * @param period the period id that is missing, or null when the problem is another
     */
    public record Unresolvable(String reason, String period) implements Address {
        public Unresolvable(String reason) {
            this(reason, null);
        }

    }

    /** The address of a value cell. Headings and derived columns have none. */
    public Address address(FactTable table, Row row, Column column) {
        if (!row.hasFigures() || column.isDerived()) {
            return new Unresolvable("no figures here");
        }
        String periodId = first(row.period(), column.period(), table.period(), report.reportingPeriod());
        Period period = report.periods().get(periodId);
        if (period == null) {
            return new Unresolvable("period \"" + periodId + "\" is not defined", periodId);
        }
        if (row.at() != Row.At.DURATION) {
            if (period.isInstant()) {
                if (row.at() == Row.At.START) {
                    return new Unresolvable("\"at: start\" needs a duration, but " + period + " is an instant");
                }
            } else {
                java.time.LocalDate date = row.at() == Row.At.START ? period.start().minusDays(1) : period.end();
                Optional<Period> instant = report.periodAtInstant(date);
                if (instant.isEmpty()) {
                    return new Unresolvable("\"at: " + row.at().name().toLowerCase() + "\" of " + period
                            + " is the instant " + date + ", which no period defines");
                }
                period = instant.get();
            }
        }
        Dims dims = column.dims().with(row.dims());
        return new Found(new FactKey(row.concept(), period.id(), dims));
    }

    /** The fact a value cell shows, if it is stated. */
    public Optional<Fact> fact(FactTable table, Row row, Column column) {
        return address(table, row, column) instanceof Found f ? facts.get(f.key()) : Optional.empty();
    }

    /** The signed fact value of a value cell. */
    public Optional<BigDecimal> value(FactTable table, Row row, Column column) {
        return fact(table, row, column).map(Fact::value);
    }

    /** The value as the page shows it: negated on a {@code negated} row. */
    public Optional<BigDecimal> shown(FactTable table, Row row, Column column) {
        return value(table, row, column).map(v -> row.negated() ? v.negate() : v);
    }

    /** The ratio a derived cell shows; empty for blank cells and value columns. */
    public Optional<BigDecimal> derived(FactTable table, Row row, Column column) {
        if (!row.hasFigures() || row.blank().contains(column.id())) {
            return Optional.empty();
        }
        if (column.derivation() instanceof Column.Share s) {
            Optional<Column> of = table.column(s.of());
            Optional<Row> base = table.row(s.baseRow());
            if (of.isEmpty() || base.isEmpty()) {
                return Optional.empty();
            }
            return shown(table, row, of.get())
                    .flatMap(part -> shown(table, base.get(), of.get()).flatMap(whole -> Derived.share(part, whole)));
        }
        if (column.derivation() instanceof Column.Change c) {
            Optional<Column> from = table.column(c.from());
            Optional<Column> to = table.column(c.to());
            if (from.isEmpty() || to.isEmpty()) {
                return Optional.empty();
            }
            return value(table, row, from.get())
                    .flatMap(prev -> value(table, row, to.get()).flatMap(cur -> Derived.change(prev, cur)));
        }
        return Optional.empty();
    }

    /** The sign the report prints for nil and zero: an en dash. */
    public static final String NIL = "\u2013";

    /**
     * The words a cell shows, as the printed report shows them: amounts in the table's scale with
     * thousands separators and negatives in parentheses, ratios as percentages, zero and nil as
     * {@link #NIL}, text facts as their text, and "" for a cell the report leaves empty.
     */
    public String text(FactTable table, Row row, Column column) {
        if (!row.hasFigures() || row.blank().contains(column.id())) {
            return "";
        }
        if (column.isDerived()) {
            return derived(table, row, column).filter(v -> v.signum() != 0)
                    .map(v -> style.percent(v, Derived.RATIO_SCALE - 2)).orElse(NIL);
        }
        Optional<Fact> fact = fact(table, row, column);
        if (fact.isEmpty()) {
            return NIL;
        }
        Fact f = fact.get();
        if (!f.isNumeric()) {
            return f.text();
        }
        BigDecimal v = row.negated() ? f.value().negate() : f.value();
        if (v.signum() == 0) {
            return NIL;
        }
        dev.xreport.model.Unit unit = report.units().get(f.unit());
        if (unit != null && unit.isPure()) {
            return style.percent(v, Math.max(f.decimals() - 2, 0));
        }
        int scale = unit != null && unit.isMonetary() ? report.scaleOf(table) : 0;
        // the decimal places the fact is stated to, in the table's scale: 811.0 for a figure to 0.1 million
        int places = f.decimals() == null ? 0 : Math.max(f.decimals() + scale, 0);
        return style.grouped(v, scale, places);
    }

    private static String first(String... candidates) {
        for (String c : candidates) {
            if (c != null) {
                return c;
            }
        }
        return null;
    }
}
