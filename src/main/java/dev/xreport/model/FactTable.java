package dev.xreport.model;

import java.util.List;
import java.util.Optional;

/**
 * A table whose cells are facts: rows refer to concepts, columns to periods or dimension members,
 * and each cell is the fact of (row concept, column or row period, row and column dims).
 *
 * @param period    default period of cells when the columns are dimension members
 * @param crossfoot a total column that must equal the sum of member columns in every row, or null
 * @param scale     the power of ten its amounts are shown in (3: thousands), or null for the report's
 * @param labelHeader the heading of the column of row labels, or null for the report's default
 */
public record FactTable(String id, TableKind kind, String title, String subtitle, String unitCaption,
                        String noteHeader, String period, List<Column> columns, List<Row> rows,
                        Crossfoot crossfoot, List<String> notes, Integer scale, String labelHeader,
                        Source source) implements Table {

    public FactTable(String id, TableKind kind, String title, String subtitle, String unitCaption, String noteHeader,
                     String period, List<Column> columns, List<Row> rows, Crossfoot crossfoot, List<String> notes,
                     Source source) {
        this(id, kind, title, subtitle, unitCaption, noteHeader, period, columns, rows, crossfoot, notes, null, null,
                source);
    }

    public FactTable {
        columns = List.copyOf(columns);
        rows = new Rows(rows);
        notes = List.copyOf(notes);
    }

    /** The row with this id (the first, if a table repeats one): found by its id, not by a search. */
    public Optional<Row> row(String rowId) {
        return Optional.ofNullable(((Rows) rows).byId.get(rowId));
    }

    /** The rows, unmodifiable, with an index by id: a table of 500,000 rows looks up its sums' terms in constant time. */
    private static final class Rows extends java.util.AbstractList<Row> implements java.util.RandomAccess {
        private final List<Row> list;
        private final KeyIndex<Row, String> byId;

        Rows(List<Row> rows) {
            this.list = rows instanceof Rows r ? r.list : List.copyOf(rows);
            this.byId = rows instanceof Rows r ? r.byId : KeyIndex.of(list, Row::id);
        }

        @Override
        public Row get(int index) {
            return list.get(index);
        }

        @Override
        public int size() {
            return list.size();
        }
    }

    public Optional<Column> column(String columnId) {
        return columns.stream().filter(c -> columnId.equals(c.id())).findFirst();
    }

    /** The columns whose cells are facts (not derived percentages). */
    public List<Column> valueColumns() {
        return columns.stream().filter(c -> c.derivation() == null).toList();
    }

    public record Crossfoot(String total, List<String> of, Source source) {
        public Crossfoot {
            of = List.copyOf(of);
        }
    }
}
