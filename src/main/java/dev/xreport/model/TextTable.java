package dev.xreport.model;

import java.util.List;

/**
 * A table of words, such as the directors or the awards: a header and records of cells.
 * A record with a group and no cells is a group heading ("Inclusive Finance").
 */
public record TextTable(String id, TableKind kind, String title, List<String> header, List<Record> records,
                        List<String> notes, Source source) implements Table {
    public TextTable {
        header = List.copyOf(header);
        records = List.copyOf(records);
        notes = List.copyOf(notes);
    }

    public record Record(String group, List<String> cells, Source source) {
        public Record {
            cells = List.copyOf(cells);
        }

        public boolean isGroup() {
            return group != null;
        }
    }
}
