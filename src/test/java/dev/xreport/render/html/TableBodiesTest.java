package dev.xreport.render.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** How a table's rows are split into table bodies, which keeps the PDF's layout linear in its length. */
class TableBodiesTest {
    private static View.Table table(List<View.TableRow> rows) {
        return new View.Table("t", "statement", "T", null, null, List.of(), rows, List.of(), false, 3);
    }

    private static View.TableRow row(String role) {
        return new View.TableRow("label", null, 0, role, List.of());
    }

    @Test
    void aTableOfAHundredRowsHasOneBody() {
        List<View.TableRow> rows = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            rows.add(row(i % 10 == 0 ? "heading" : "item"));
        }
        assertThat(table(rows).bodies()).containsExactly(rows);
    }

    @Test
    void aLongerTableGetsABodyPerHeadingAndAtMostAHundredRowsEach() {
        List<View.TableRow> rows = new ArrayList<>();
        for (int s = 0; s < 3; s++) {
            rows.add(row("heading"));
            for (int i = 0; i < 60; i++) {
                rows.add(row("item"));
            }
        }
        for (int i = 0; i < 250; i++) {
            rows.add(row("item")); // no heading: cut every hundred rows
        }
        List<List<View.TableRow>> bodies = table(rows).bodies();
        assertThat(bodies).extracting(List::size).containsExactly(61, 61, 100, 100, 100, 11);
        assertThat(bodies.get(1).get(0).heading()).isTrue();
        assertThat(bodies.stream().mapToInt(List::size).sum()).isEqualTo(rows.size());
        List<View.TableRow> joined = new ArrayList<>();
        bodies.forEach(joined::addAll);
        assertThat(joined).as("the rows in their order").isEqualTo(rows);
    }
}
