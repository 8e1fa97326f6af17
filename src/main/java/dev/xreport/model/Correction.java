package dev.xreport.model;

/**
 * A figure the printed report gets wrong, corrected in the data: what was printed, and why the
 * data says otherwise. Every deliverable shows the corrected figure and lists the correction.
 */
public record Correction(Target target, String printed, String reason, Source source) {

    /** What was corrected: a fact, or a derived cell of a table. */
    public sealed interface Target permits FactTarget, CellTarget { }

    public record FactTarget(FactKey fact) implements Target {
        @Override
        public String toString() {
            return fact.toString();
        }
    }

    public record CellTarget(String table, String row, String column) implements Target {
        @Override
        public String toString() {
            return table + "/" + row + "/" + column;
        }
    }
}
