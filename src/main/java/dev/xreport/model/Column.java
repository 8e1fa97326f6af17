package dev.xreport.model;

/**
 * A column of a {@link FactTable}. A value column names a period and/or dimension members;
 * a derived column computes a percentage from other columns (see {@code dev.xreport.derive}).
 *
 * @param group      a header spanning several adjacent columns ("2022" over Amount and Percentage), or null
 * @param period     the period of the cells, or null to take the table's or the row's
 * @param derivation how a derived column is computed, or null for a value column
 */
public record Column(String id, String label, String group, String period, Dims dims, Derivation derivation,
                     Source source) {

    public boolean isDerived() {
        return derivation != null;
    }

    /** How a percentage column is computed from value columns. */
    public sealed interface Derivation permits Share, Change { }

    /** The row's shown value in {@code of} divided by the shown value of row {@code baseRow} in {@code of}. */
    public record Share(String of, String baseRow) implements Derivation { }

    /** Year-on-year change of the fact values: (to − from) / |from|. */
    public record Change(String from, String to) implements Derivation { }
}
