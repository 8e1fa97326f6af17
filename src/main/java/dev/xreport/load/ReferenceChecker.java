package dev.xreport.load;

import dev.xreport.derive.Cells;
import dev.xreport.derive.Expression;
import dev.xreport.derive.FactIndex;
import dev.xreport.diag.Code;
import dev.xreport.diag.Findings;
import dev.xreport.model.Block;
import dev.xreport.model.Check;
import dev.xreport.model.Fact;
import dev.xreport.model.FactKey;
import dev.xreport.model.Citation;
import dev.xreport.model.Column;
import dev.xreport.model.Correction;
import dev.xreport.model.FactTable;
import dev.xreport.model.Report;
import dev.xreport.model.Row;
import dev.xreport.model.Section;
import dev.xreport.model.Source;
import dev.xreport.model.Table;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Checks that every reference inside a loaded report leads somewhere: periods of columns and rows,
 * rows of sums, columns of derived percentages, tables placed by sections, facts cited by the
 * narrative, and the targets of corrections. Broken references are input errors.
 */
final class ReferenceChecker {
    private final Report report;
    private final Findings findings;
    private final Cells cells;

    private final Predicate<String> periodBroken;
    private final Predicate<FactKey> factBroken;

    /**
     * @param facts        the report's facts by key
     * @param periodBroken true for a period whose definition failed to load (already reported)
     * @param factBroken   true for a fact that failed to load (already reported)
     */
    ReferenceChecker(Report report, FactIndex facts, Findings findings, Predicate<String> periodBroken,
                     Predicate<FactKey> factBroken) {
        this.report = report;
        this.findings = findings;
        this.cells = new Cells(report, facts);
        this.periodBroken = periodBroken;
        this.factBroken = factBroken;
    }

    /** True when a reference to {@code key} fails only because of something already reported. */
    private boolean alreadyReported(FactKey key) {
        return factBroken.test(key);
    }

    /** True when {@code periodId} is given and neither defined nor already reported as broken. */
    private boolean undefined(String periodId) {
        return periodId != null && !report.periods().containsKey(periodId) && !periodBroken.test(periodId);
    }

    void check() {
        if (undefined(report.reportingPeriod())) {
            findings.add(Code.REF_PERIOD, report.origin(), "reportingPeriod \"" + report.reportingPeriod()
                    + "\" is not defined");
        }
        Map<String, Source> tableIds = new HashMap<>();
        for (Table t : report.tables()) {
            Source first = tableIds.putIfAbsent(t.id(), t.source());
            if (first != null) {
                findings.add(Code.REF_TABLE, t.source(), "table \"" + t.id() + "\" is defined twice (first at "
                        + first.location() + ")");
            }
            if (t instanceof FactTable ft) {
                checkTable(ft);
            }
        }
        for (Section s : report.sections()) {
            checkSection(s);
        }
        for (Correction c : report.corrections()) {
            checkCorrection(c);
        }
        for (Check c : report.checks()) {
            checkCheck(c);
        }
    }

    private void checkCheck(Check check) {
        for (String side : List.of(check.left(), check.right())) {
            try {
                for (FactKey key : Expression.parse(side).references()) {
                    if (alreadyReported(key)) {
                        continue;
                    }
                    if (undefined(key.period())) {
                        findings.add(Code.REF_PERIOD, check.source(), "check \"" + check.id() + "\": period \""
                                + key.period() + "\" of " + key + " is not defined");
                    } else if (cells.facts().get(key).filter(Fact::isNumeric).isEmpty()) {
                        findings.add(Code.REF_CHECK, check.source(), "check \"" + check.id() + "\": " + key
                                + " is not stated as a number");
                    }
                }
            } catch (Expression.SyntaxError e) {
                // reported by the loader
            }
        }
    }

    private void checkTable(FactTable t) {
        String where = "table \"" + t.id() + "\": ";
        if (undefined(t.period())) {
            findings.add(Code.REF_PERIOD, t.source(), where + "period \"" + t.period() + "\" is not defined");
        }
        Set<String> columnIds = new HashSet<>();
        for (Column c : t.columns()) {
            if (!columnIds.add(c.id())) {
                findings.add(Code.REF_ROW, c.source(), where + "column \"" + c.id() + "\" is defined twice");
            }
            if (undefined(c.period())) {
                findings.add(Code.REF_PERIOD, c.source(), where + "period \"" + c.period() + "\" is not defined");
            }
            if (c.derivation() instanceof Column.Share s) {
                requireColumn(t, s.of(), c.source());
                if (s.baseRow() != null && t.row(s.baseRow()).isEmpty()) {
                    findings.add(Code.REF_ROW, c.source(), where + "base row \"" + s.baseRow() + "\" is not a row of this table");
                }
            } else if (c.derivation() instanceof Column.Change ch) {
                requireColumn(t, ch.from(), c.source());
                requireColumn(t, ch.to(), c.source());
            }
        }
        List<Column> valueColumns = t.valueColumns();
        for (Row r : t.rows()) {
            // the table finds the first row of an id: any other row of that id repeats it
            if (r.id() != null && t.row(r.id()).orElseThrow() != r) {
                findings.add(Code.REF_ROW, r.source(), where + "row id \"" + r.id()
                        + "\" is used twice; give the rows distinct ids");
            }
            if (undefined(r.period())) {
                findings.add(Code.REF_PERIOD, r.source(), where + "period \"" + r.period() + "\" is not defined");
            }
            for (Row.Term term : r.sum()) {
                if (t.row(term.row()).filter(Row::hasFigures).isEmpty()) {
                    findings.add(Code.REF_ROW, r.source(), where + "\"" + term.row() + "\" in the sum of \"" + r.id()
                            + "\" is not a row with figures in this table");
                }
            }
            for (String b : r.blank()) {
                requireColumn(t, b, r.source());
            }
            if (r.hasFigures()) {
                for (Column c : valueColumns) {
                    if (cells.address(t, r, c) instanceof Cells.Unresolvable u && u.period() == null) {
                        findings.add(Code.REF_INSTANT, r.source(), where + "row \"" + r.id() + "\", column \""
                                + c.id() + "\": " + u.reason());
                    }
                }
            }
        }
        if (t.crossfoot() != null) {
            requireColumn(t, t.crossfoot().total(), t.crossfoot().source());
            t.crossfoot().of().forEach(c -> requireColumn(t, c, t.crossfoot().source()));
        }
    }

    private void requireColumn(FactTable t, String columnId, Source at) {
        if (columnId != null && t.column(columnId).isEmpty()) {
            findings.add(Code.REF_ROW, at, "table \"" + t.id() + "\": column \"" + columnId + "\" is not defined");
        }
    }

    private void checkSection(Section s) {
        for (Block b : s.blocks()) {
            if (b instanceof Block.Paragraph p) {
                checkCitations(p);
            } else if (b instanceof Block.Bullets l) {
                l.items().forEach(this::checkCitations);
            } else if (b instanceof Block.Footnote f) {
                checkCitations(f.text());
            } else if (b instanceof Block.TableRef ref) {
                if (report.table(ref.table()).isEmpty()) {
                    findings.add(Code.REF_TABLE, ref.source(), "table \"" + ref.table() + "\" is not defined");
                }
            } else if (b instanceof Block.SubSection sub) {
                checkSection(sub.section());
            }
        }
    }

    private void checkCitations(Block.Paragraph p) {
        for (Citation c : p.citations()) {
            if (!cells.facts().contains(c.fact()) && !alreadyReported(c.fact())) {
                findings.add(Code.REF_CITATION, p.source(), c.raw() + " cites " + c.fact() + ", which is not stated");
            }
        }
    }

    private void checkCorrection(Correction c) {
        if (c.target() instanceof Correction.FactTarget f) {
            if (!cells.facts().contains(f.fact()) && !alreadyReported(f.fact())) {
                findings.add(Code.REF_CORRECTION, c.source(), "the corrected fact " + f.fact() + " is not stated");
            }
        } else if (c.target() instanceof Correction.CellTarget cell) {
            {
                List<String> problems = new java.util.ArrayList<>();
                report.table(cell.table()).ifPresentOrElse(t -> {
                    if (t instanceof FactTable ft) {
                        if (ft.row(cell.row()).isEmpty()) {
                            problems.add("row \"" + cell.row() + "\" is not in table \"" + cell.table() + "\"");
                        }
                        if (ft.column(cell.column()).isEmpty()) {
                            problems.add("column \"" + cell.column() + "\" is not in table \"" + cell.table() + "\"");
                        }
                    } else {
                        problems.add("table \"" + cell.table() + "\" has no figures");
                    }
                }, () -> problems.add("table \"" + cell.table() + "\" is not defined"));
                problems.forEach(p -> findings.add(Code.REF_CORRECTION, c.source(), "correction of " + cell + ": " + p));
            }
        }
    }
}
