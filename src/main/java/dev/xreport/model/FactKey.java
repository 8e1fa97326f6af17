package dev.xreport.model;

/** What identifies a fact: a concept reported for a period with dimension members. */
public record FactKey(String concept, String period, Dims dims) {
    @Override
    public String toString() {
        return concept + "@" + period + dims;
    }
}
