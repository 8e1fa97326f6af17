package dev.xreport.load;

import dev.xreport.diag.Code;
import dev.xreport.diag.Findings;
import dev.xreport.model.Column;
import dev.xreport.model.Dims;
import dev.xreport.model.FactTable;
import dev.xreport.model.Row;
import dev.xreport.model.RowRole;
import dev.xreport.model.Table;
import dev.xreport.model.TableKind;
import dev.xreport.model.TextTable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Binds the {@code tables:} entries into {@link FactTable}s and {@link TextTable}s. The rows of a
 * table may have been bound while their file was parsed ({@link #bindRow}), so that the trees of a
 * table of many rows need not be kept: their findings are reported when the table is bound.
 */
final class TableBinder {
    private final Findings findings;
    private final Interner interner;

    TableBinder(Findings findings, Interner interner) {
        this.findings = findings;
        this.interner = interner;
    }

    /** A row bound as soon as it was read: the {@link Row} (null when in error) and its findings, reported nowhere yet. */
    static Node.Bound<Row> bindRow(Node node, Interner interner) {
        return Node.Bound.of(node, (row, found) -> new TableBinder(found, interner).row(row));
    }

    Table table(Node node) {
        Fields f = Fields.of(node, "a table", findings);
        if (f == null) {
            return null;
        }
        String id = f.required("id");
        TableKind kind = enumValue(f, "kind", TableKind.class, TableKind.ANALYSIS);
        String title = null;
        if (f.node("title") instanceof Node.MapNode) {
            findings.add(Code.LOAD_WRONG_TYPE, f.source("title"), "a table's \"title\" is a text in the report's language, "
                    + "not a mapping; the vocabulary's tables: give it in other languages (docs/authoring.md, \"Table titles\")");
        } else {
            title = f.string("title");
        }
        List<String> notes = f.strings("notes");
        Table t;
        if (kind.isText()) {
            List<String> header = f.strings("header");
            List<TextTable.Record> records = f.each("records", n -> record(n, header.size()));
            t = new TextTable(id, kind, title, header, records, notes, f.source());
        } else {
            List<Column> columns = f.each("columns", this::column);
            List<Row> rows = f.each("rows", this::row);
            FactTable.Crossfoot crossfoot = null;
            if (f.has("crossfoot")) {
                Fields c = Fields.of(f.node("crossfoot"), "\"crossfoot\"", findings);
                if (c != null) {
                    crossfoot = new FactTable.Crossfoot(c.required("total"), c.strings("of"), c.source());
                    c.rejectUnknown();
                }
            }
            Integer scale = null;
            if (f.has("scale")) {
                int s = f.integer("scale", 0);
                if (s < 0 || s > 12) {
                    findings.add(Code.LOAD_BAD_VALUE, f.source("scale"), "scale " + s + " is not a power of ten "
                            + "to show amounts in (0 for units, 3 for thousands, 6 for millions; at most 12)");
                } else {
                    scale = s;
                }
            }
            t = new FactTable(id, kind, title, f.string("subtitle"), f.string("unitCaption"), f.string("noteHeader"),
                    f.string("period"), columns, rows, crossfoot, notes, scale, f.string("labelHeader"), f.source());
        }
        f.rejectUnknown();
        return id == null ? null : t;
    }

    private TextTable.Record record(Node node, int width) {
        if (node instanceof Node.MapNode) {
            Fields f = new Fields((Node.MapNode) node, findings);
            String group = f.required("group");
            f.rejectUnknown();
            return group == null ? null : new TextTable.Record(group, List.of(), f.source());
        }
        if (node instanceof Node.ListNode l) {
            List<String> cells = new ArrayList<>();
            for (Node c : l.items()) {
                if (c instanceof Node.Scalar s) {
                    cells.add(s.text() == null ? "" : s.text());
                } else {
                    findings.add(Code.LOAD_WRONG_TYPE, c.source(), "a cell must be a text, not " + c.kind());
                }
            }
            if (width > 0 && cells.size() != width) {
                findings.add(Code.LOAD_BAD_VALUE, node.source(), "this record has " + cells.size()
                        + " cells but the header has " + width);
            }
            return new TextTable.Record(null, cells, node.source());
        }
        findings.add(Code.LOAD_WRONG_TYPE, node.source(), "a record is a list of cells or {group: ...}");
        return null;
    }

    private Column column(Node node) {
        Fields f = Fields.of(node, "a column", findings);
        if (f == null) {
            return null;
        }
        String id = f.required("id");
        String label = f.string("label");
        String group = f.string("group");
        String period = f.string("period");
        Dims dims = Dims.of(f.stringMap("dims"));
        String derive = f.string("derive");
        Column.Derivation derivation = null;
        if (derive != null) {
            switch (derive) {
                case "share" -> derivation = new Column.Share(f.required("of"), f.required("base"));
                case "change" -> derivation = new Column.Change(f.required("from"), f.required("to"));
                default -> findings.add(Code.LOAD_BAD_VALUE, f.source("derive"),
                        "derive is \"share\" or \"change\", not \"" + derive + "\"");
            }
            if (period != null || !dims.isEmpty()) {
                findings.add(Code.LOAD_BAD_VALUE, f.source(), "a derived column has no period or dims of its own");
            }
        }
        for (String k : List.of("of", "base", "from", "to")) {
            if (f.has(k) && derive == null) {
                findings.add(Code.LOAD_BAD_VALUE, f.source(k), "\"" + k + "\" belongs to a derived column (derive: ...)");
            }
            f.node(k);
        }
        f.rejectUnknown();
        return id == null ? null : new Column(id, label == null ? "" : label, group, period, dims, derivation, f.source());
    }

    private Row row(Node node) {
        if (node instanceof Node.Bound<?> bound) {
            findings.addAll(bound.findings());
            return (Row) bound.value();
        }
        Fields f = Fields.of(node, "a row", findings);
        if (f == null) {
            return null;
        }
        String written = interner.intern(f.string("concept"));
        String concept = written;
        if (concept != null && !ReportLoader.isName(concept)) {
            findings.add(Code.LOAD_BAD_VALUE, f.source("concept"), "\"" + concept + "\" is not a concept name");
            concept = null;
        }
        RowRole role = enumValue(f, "role", RowRole.class, RowRole.ITEM);
        if (role == RowRole.HEADING && concept != null) {
            findings.add(Code.LOAD_BAD_VALUE, f.source("role"), "a heading row shows no figures: drop its concept");
        }
        if (role != RowRole.HEADING && concept == null && !f.has("concept")) {
            findings.add(Code.LOAD_MISSING_FIELD, f.source(), "a row needs a \"concept\" (or role: heading)");
        }
        String id = f.string("id");
        if (id == null) {
            id = written; // a concept in error still names its row, for the sums that name it
        }
        String label = interner.intern(f.string("label"));
        Row.At at = Row.At.DURATION;
        String atText = f.string("at");
        if (atText != null) {
            if (atText.equals("start") || atText.equals("end")) {
                at = ReportLoader.at(atText);
            } else {
                findings.add(Code.LOAD_BAD_VALUE, f.source("at"), "at is \"start\" or \"end\", not \"" + atText + "\"");
            }
        }
        List<Row.Term> sum = new ArrayList<>();
        for (String term : f.strings("sum")) {
            String t = term.strip();
            int weight = 1;
            if (t.startsWith("-")) {
                weight = -1;
                t = t.substring(1).strip();
            } else if (t.startsWith("+")) {
                t = t.substring(1).strip();
            }
            sum.add(new Row.Term(interner.recent(t), weight));
        }
        Set<String> blank = new LinkedHashSet<>(f.strings("blank"));
        interner.remember(id);
        Row row = new Row(id, role == RowRole.HEADING ? null : concept, interner.intern(Dims.of(f.stringMap("dims"))),
                label == null ? "" : label, role, f.integer("depth", 0), f.bool("negated", false),
                interner.intern(f.string("note")), at, interner.intern(f.string("period")), sum, blank,
                f.bool("empty", false), f.source());
        f.rejectUnknown();
        return row;
    }

    private <E extends Enum<E>> E enumValue(Fields f, String key, Class<E> type, E otherwise) {
        String s = f.string(key);
        if (s == null) {
            return otherwise;
        }
        try {
            return Enum.valueOf(type, s.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            findings.add(Code.LOAD_BAD_VALUE, f.source(key), "\"" + s + "\" is not a " + key + " (use one of "
                    + Arrays.stream(type.getEnumConstants()).map(c -> c.name().toLowerCase(Locale.ROOT))
                    .collect(Collectors.joining(", ")) + ")");
            return otherwise;
        }
    }
}
