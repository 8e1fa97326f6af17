package dev.xreport.load;

import dev.xreport.derive.Cells;
import dev.xreport.derive.Expression;
import dev.xreport.derive.FactIndex;
import dev.xreport.diag.Code;
import dev.xreport.diag.DidYouMean;
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
import dev.xreport.model.RowRole;
import dev.xreport.model.Section;
import dev.xreport.model.Source;
import dev.xreport.model.Table;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Checks that every reference inside a loaded report leads somewhere: periods of columns and rows,
 * rows of sums, columns of derived percentages, tables placed by sections, facts cited by the
 * narrative, and the targets of corrections. Broken references are input errors.
 */
final class ReferenceChecker {
    private final Report report;
    private final Findings findings;
    private final Cells cells;

    private final Reported reported;
    private final SourceText places;
    private final StatedFacts stated;

    /** What failed to load, reported already: a reference that fails because of it is not reported again. */
    interface Reported {
        /** True for a period whose definition failed to load. */
        boolean period(String id);

        /** True for a fact that failed to load, or may have (its concept's, its period's or a file's failed). */
        boolean fact(FactKey key);

        /** True when a table, or a file that may hold tables, failed to load. */
        boolean tables();
    }

    /**
     * @param facts    the report's facts by key
     * @param reported what failed to load
     * @param places   the places inside values, where a finding points at the name written there
     */
    ReferenceChecker(Report report, FactIndex facts, Findings findings, Reported reported, SourceText places) {
        this.report = report;
        this.findings = findings;
        this.cells = new Cells(report, facts);
        this.reported = reported;
        this.places = places;
        this.stated = new StatedFacts(report.facts());
    }

    /** True when a reference to {@code key} fails only because of something already reported. */
    private boolean alreadyReported(FactKey key) {
        return reported.fact(key);
    }

    /** True when {@code periodId} is given and neither defined nor already reported as broken. */
    private boolean undefined(String periodId) {
        return periodId != null && !report.periods().containsKey(periodId) && !reported.period(periodId);
    }

    void check() {
        if (undefined(report.reportingPeriod())) {
            findings.add(Code.REF_PERIOD, places.inValueOf(report.origin(), "reportingPeriod", report.reportingPeriod(), 0),
                    "reportingPeriod " + notDefined(report.reportingPeriod()));
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
        Map<String, Integer> seen = new HashMap<>();
        for (String side : List.of(check.left(), check.right())) {
            try {
                for (FactKey key : Expression.parse(side).references()) {
                    String written = key.concept() + "@" + key.period();
                    int nth = seen.merge(written, 1, Integer::sum) - 1;
                    if (alreadyReported(key)) {
                        continue;
                    }
                    if (undefined(key.period())) {
                        Source at = places.find(check.source(), written, nth);
                        findings.add(Code.REF_PERIOD, places.find(at, key.period(), 0), "check \"" + check.id() + "\": "
                                + key + ": " + notDefined(key.period()));
                    } else if (cells.facts().get(key).filter(Fact::isNumeric).isEmpty()) {
                        findings.add(Code.REF_CHECK, places.find(check.source(), written, nth), "check \"" + check.id()
                                + "\": " + key + " is not stated as a number" + stated.why(key));
                    }
                }
            } catch (Expression.SyntaxError e) {
                // reported by the loader
            }
        }
    }

    /** {@code period "X" is not defined (did you mean "Y"?)}, or with the periods that are. */
    private String notDefined(String periodId) {
        return "period \"" + periodId + "\" is not defined" + DidYouMean.orAmong(periodId, report.periods().keySet());
    }

    private void checkTable(FactTable t) {
        String where = "table \"" + t.id() + "\": ";
        if (undefined(t.period())) {
            findings.add(Code.REF_PERIOD, places.inValueOf(t.source(), "period", t.period(), 0), where + notDefined(t.period()));
        }
        Set<String> columnIds = new HashSet<>();
        for (Column c : t.columns()) {
            if (!columnIds.add(c.id())) {
                findings.add(Code.REF_ROW, c.source(), where + "column \"" + c.id() + "\" is defined twice");
            }
            if (undefined(c.period())) {
                findings.add(Code.REF_PERIOD, places.inValueOf(c.source(), "period", c.period(), 0), where + notDefined(c.period()));
            }
            if (c.derivation() instanceof Column.Share s) {
                requireColumn(t, s.of(), c.source(), "of");
                if (s.baseRow() != null && t.row(s.baseRow()).isEmpty()) {
                    findings.add(Code.REF_ROW, places.inValueOf(c.source(), "base", s.baseRow(), 0), where + "base row \""
                            + s.baseRow() + "\" is not a row of this table" + DidYouMean.hint(s.baseRow(), rowIds(t)));
                }
            } else if (c.derivation() instanceof Column.Change ch) {
                requireColumn(t, ch.from(), c.source(), "from");
                requireColumn(t, ch.to(), c.source(), "to");
            }
        }
        // rows whose concept no fact states: reported once, not again through the sums that name them
        Set<String> unstated = new HashSet<>();
        for (Row r : t.rows()) {
            // the table finds the first row of an id: any other row of that id repeats it
            if (r.id() != null && t.row(r.id()).orElseThrow() != r) {
                findings.add(Code.REF_ROW, r.source(), where + "row id \"" + r.id()
                        + "\" is used twice; give the rows distinct ids");
            }
            if (undefined(r.period())) {
                findings.add(Code.REF_PERIOD, places.inValueOf(r.source(), "period", r.period(), 0), where + notDefined(r.period()));
            }
            if (r.hasFigures() && !r.empty() && !stated.concept(r.concept()) && !conceptBroken(r.concept())) {
                unstated.add(r.id());
                findings.add(Code.REF_CONCEPT, places.inValueOf(r.source(), "concept", r.concept(), 0), "table \"" + t.id() + "\", row \""
                        + r.label() + "\": no fact states concept \"" + r.concept() + "\"" + stated.conceptHint(r.concept())
                        + "; mark the row empty: true if it is meant to show nothing");
            }
        }
        for (Row r : t.rows()) {
            checkSum(t, r, unstated);
            for (String b : r.blank()) {
                requireColumn(t, b, r.source(), "blank");
            }
            if (r.hasFigures()) {
                checkCells(t, r, unstated.contains(r.id()));
            }
        }
        if (t.crossfoot() != null) {
            requireColumn(t, t.crossfoot().total(), t.crossfoot().source(), "total");
            t.crossfoot().of().forEach(c -> requireColumn(t, c, t.crossfoot().source(), "of"));
        }
    }

    /** Each row a sum names is a row with figures of the table; one that follows from a row in {@code unstated} is not reported again. */
    private void checkSum(FactTable t, Row r, Set<String> unstated) {
        Map<String, Integer> seen = new HashMap<>();
        for (Row.Term term : r.sum()) {
            int nth = seen.merge(term.row(), 1, Integer::sum) - 1;
            if (t.row(term.row()).filter(named -> named.hasFigures() || inError(named)).isPresent()) {
                continue;
            }
            Optional<String> meant = DidYouMean.closest(term.row(), rowIds(t));
            if (meant.isPresent() && (unstated.contains(meant.get()) || t.row(meant.get()).filter(this::inError).isPresent())) {
                continue; // the row meant has a misspelt concept, and with it its default id: reported at the row
            }
            findings.add(Code.REF_ROW, places.inValueOf(r.source(), "sum", term.row(), nth), "table \"" + t.id() + "\": \""
                    + term.row() + "\" in the sum of \"" + r.id() + "\" is not a row with figures in this table"
                    + meant.map(DidYouMean::phrase).orElse(""));
        }
    }

    /**
     * A row's cells: an opening or closing balance needs its instant (XR-REF-207); a row shows a fact
     * in some column unless it says it is empty (XR-TABLE-301, not for a row whose concept no fact
     * states, reported already), and shows none when it says so.
     */
    private void checkCells(FactTable t, Row r, boolean conceptUnstated) {
        boolean unresolved = false;
        boolean blankOnly = true;
        List<FactKey> keys = new ArrayList<>();
        Optional<FactKey> shown = Optional.empty();
        for (Column c : t.valueColumns()) {
            Cells.Address address = cells.address(t, r, c);
            if (address instanceof Cells.Unresolvable u) {
                unresolved = true;
                if (u.period() == null) {
                    findings.add(Code.REF_INSTANT, r.source(), "table \"" + t.id() + "\": row \"" + r.id() + "\", column \""
                            + c.id() + "\": " + u.reason());
                }
            } else if (address instanceof Cells.Found found && !r.blank().contains(c.id())) {
                blankOnly = false;
                keys.add(found.key());
                if (shown.isEmpty() && cells.facts().contains(found.key())) {
                    shown = Optional.of(found.key());
                }
            }
        }
        if (unresolved || blankOnly || conceptUnstated) {
            return;
        }
        if (r.empty() && shown.isPresent()) {
            findings.add(Code.LOAD_BAD_VALUE, places.inValueOf(r.source(), "empty", null, 0), "table \"" + t.id()
                    + "\", row \"" + r.label() + "\" is marked empty: true but shows " + shown.get() + "; drop \"empty\"");
        } else if (!r.empty() && shown.isEmpty() && keys.stream().noneMatch(this::alreadyReported)) {
            findings.add(Code.TABLE_MISSING_FACT, places.inValueOf(r.source(), "concept", r.concept(), 0), "table \""
                    + t.id() + "\", row \"" + r.label() + "\": no fact of " + r.concept() + r.dims()
                    + " is stated for any column of this row: it shows " + String.join(", ", keys.stream().map(FactKey::toString).toList())
                    + ", the report states " + stated.states(r.concept()) + "; mark the row empty: true if it is meant to show nothing");
        }
    }

    /** True for a row that should show figures but has no concept: its concept is in error, reported where it is written. */
    private boolean inError(Row r) {
        return !r.hasFigures() && r.role() != RowRole.HEADING;
    }

    private boolean conceptBroken(String concept) {
        return reported.fact(new FactKey(concept, null, dev.xreport.model.Dims.NONE));
    }

    private static List<String> rowIds(FactTable t) {
        return t.rows().stream().map(Row::id).filter(java.util.Objects::nonNull).toList();
    }

    private void requireColumn(FactTable t, String columnId, Source mapping, String key) {
        if (columnId != null && t.column(columnId).isEmpty()) {
            findings.add(Code.REF_ROW, places.inValueOf(mapping, key, columnId, 0), "table \"" + t.id() + "\": column \""
                    + columnId + "\" is not defined" + DidYouMean.orAmong(columnId, t.columns().stream().map(Column::id).toList()));
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
                if (report.table(ref.table()).isEmpty() && !reported.tables()) {
                    findings.add(Code.REF_TABLE, ref.source(), "table \"" + ref.table() + "\" is not defined"
                            + DidYouMean.hint(ref.table(), report.tables().stream().map(Table::id).toList()));
                }
            } else if (b instanceof Block.SubSection sub) {
                checkSection(sub.section());
            }
        }
    }

    private void checkCitations(Block.Paragraph p) {
        Map<String, Integer> seen = new HashMap<>();
        for (Citation c : p.citations()) {
            int nth = seen.merge(c.raw(), 1, Integer::sum) - 1;
            if (cells.facts().contains(c.fact()) || alreadyReported(c.fact())) {
                continue;
            }
            Source at = places.find(p.source(), c.raw(), nth);
            if (undefined(c.fact().period())) {
                findings.add(Code.REF_PERIOD, places.find(at, c.fact().period(), 0), c.raw() + ": " + notDefined(c.fact().period()));
            } else {
                findings.add(Code.REF_CITATION, at, c.raw() + " cites " + c.fact() + ", which is not stated" + stated.why(c.fact()));
            }
        }
    }

    private void checkCorrection(Correction c) {
        if (c.target() instanceof Correction.FactTarget f) {
            if (!cells.facts().contains(f.fact()) && !alreadyReported(f.fact())) {
                // at the fact named, or at its concept when no fact states that
                Source at = places.inValueOf(c.source(), "fact", null, 0);
                if (at != c.source() && !stated.concept(f.fact().concept())) {
                    at = places.inValueOf(at, "concept", f.fact().concept(), 0);
                }
                findings.add(Code.REF_CORRECTION, at, "the corrected fact " + f.fact() + " is not stated" + stated.why(f.fact()));
            }
        } else if (c.target() instanceof Correction.CellTarget cell) {
            {
                List<String> problems = new java.util.ArrayList<>();
                report.table(cell.table()).ifPresentOrElse(t -> {
                    if (t instanceof FactTable ft) {
                        if (ft.row(cell.row()).isEmpty()) {
                            problems.add("row \"" + cell.row() + "\" is not in table \"" + cell.table() + "\""
                                    + DidYouMean.hint(cell.row(), rowIds(ft)));
                        }
                        if (ft.column(cell.column()).isEmpty()) {
                            problems.add("column \"" + cell.column() + "\" is not in table \"" + cell.table() + "\""
                                    + DidYouMean.hint(cell.column(), ft.columns().stream().map(Column::id).toList()));
                        }
                    } else {
                        problems.add("table \"" + cell.table() + "\" has no figures");
                    }
                }, () -> {
                    if (!reported.tables()) {
                        problems.add("table \"" + cell.table() + "\" is not defined"
                                + DidYouMean.hint(cell.table(), report.tables().stream().map(Table::id).toList()));
                    }
                });
                problems.forEach(p -> findings.add(Code.REF_CORRECTION, c.source(), "correction of " + cell + ": " + p));
            }
        }
    }
}
