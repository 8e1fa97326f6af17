package dev.xreport.model;

import java.util.List;
import java.util.Optional;

/**
 * A table whose cells are facts: rows refer to concepts, columns to periods or dimension members,
 * and each cell is the fact of (row concept, column or row period, row and column dims).
 *
 * @param period    default period of cells when the columns are dimension members
 * @param crossfoot a total column that must equal the sum of member columns in every row, or null
 */
public record FactTable(String id, TableKind kind, String title, String subtitle, String unitCaption,
                        String noteHeader, String period, List<Column> columns, List<Row> rows,
                        Crossfoot crossfoot, List<String> notes, Source source) implements Table {

    public FactTable {
        columns = List.copyOf(columns);
        rows = List.copyOf(rows);
        notes = List.copyOf(notes);
    }

    public Optional<Row> row(String rowId) {
        return rows.stream().filter(r -> rowId.equals(r.id())).findFirst();
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
