package dev.xreport.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** {@link FactTable#row}: the first row of an id, found by its id, also among many rows and ids made to collide. */
class FactTableRowTest {

    private static Row row(String id, String label) {
        return new Row(id, id == null ? null : "C", Dims.NONE, label, RowRole.ITEM, 0, false, null, Row.At.DURATION,
                null, List.of(), Set.of(), false, Source.NONE);
    }

    private static FactTable table(List<Row> rows) {
        return new FactTable("t", TableKind.STATEMENT, "T", null, null, null, null, List.of(), rows, null, List.of(), Source.NONE);
    }

    @Test
    void findsTheFirstRowOfAnId() {
        FactTable t = table(List.of(row(null, "heading"), row("a", "first a"), row("b", "b"), row("a", "second a")));
        assertThat(t.row("a")).map(Row::label).contains("first a");
        assertThat(t.row("b")).map(Row::label).contains("b");
        assertThat(t.row("c")).isEmpty();
        assertThat(t.row(null)).isEmpty();
    }

    @Test
    void findsEveryRowOfALargeTable() {
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < 100_000; i++) {
            rows.add(row("s" + i + "-Assets", "row " + i));
        }
        FactTable t = table(rows);
        for (int i = 0; i < 100_000; i += 997) {
            assertThat(t.row("s" + i + "-Assets")).map(Row::label).contains("row " + i);
        }
        assertThat(t.row("s100000-Assets")).isEmpty();
    }

    @Test
    void findsRowsWhoseIdsShareTheirHashCode() {
        // "Aa" and "BB" hash alike, and so does every string made of them: 2^10 ids with one hash code
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < 1 << 10; i++) {
            StringBuilder id = new StringBuilder();
            for (int bit = 0; bit < 10; bit++) {
                id.append((i >> bit & 1) == 0 ? "Aa" : "BB");
            }
            rows.add(row(id.toString(), "row " + i));
        }
        FactTable t = table(rows);
        assertThat(rows.stream().map(Row::id).map(String::hashCode).distinct()).hasSize(1);
        for (int i = 0; i < rows.size(); i++) {
            assertThat(t.row(rows.get(i).id())).map(Row::label).contains("row " + i);
        }
        assertThat(t.row("AaAaAaAaAaAaAaAaAaAa" + "x")).isEmpty();
    }
}
