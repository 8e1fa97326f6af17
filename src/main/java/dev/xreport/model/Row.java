package dev.xreport.model;

import java.util.List;
import java.util.Set;

/**
 * A row of a {@link FactTable}: the words printed and the concept whose facts fill the cells.
 *
 * @param id      unique within the table; defaults to the concept name
 * @param concept the concept shown, null for a heading
 * @param dims    members added to every cell of the row
 * @param negated true when the row shows the fact with the opposite sign (expenses in parentheses)
 * @param note    the note reference printed beside the row, or null
 * @param at      for a duration column, take the opening or closing instant instead
 * @param period  a fixed period for every cell of the row, or null
 * @param sum     the rows this row is the total of, with their signs; empty when not a total
 * @param blank   columns the report leaves empty in this row
 * @param empty   true when the row is meant to show no fact in any column ({@code empty: true}): its
 *                concept need not be stated, and a row that shows nothing without it is an error
 */
public record Row(String id, String concept, Dims dims, String label, RowRole role, int depth, boolean negated,
                  String note, At at, String period, List<Term> sum, Set<String> blank, boolean empty, Source source) {

    public Row {
        sum = List.copyOf(sum);
        blank = Set.copyOf(blank);
    }

    public boolean hasFigures() {
        return concept != null;
    }

    /** Which instant of a duration column a balance row shows. */
    public enum At { DURATION, START, END }

    /** One addend of a total: a row of the same table, added (+1) or subtracted (−1). */
    public record Term(String row, int weight) {
        @Override
        public String toString() {
            return (weight < 0 ? "-" : "") + row;
        }
    }
}
