package dev.xreport.model;

/**
 * A unit of measure as an XBRL measure QName: {@code iso4217:CNY} for money, {@code xbrli:pure}
 * for ratios, {@code xbrli:shares}, or a count unit of the report's own.
 *
 * @param label  how captions name it, per language ("RMB", "人民币"), or null for its code (USD)
 * @param symbol what the narrative prints before an amount ("$", "RMB"), or null for the label and a space
 */
public record Unit(String id, String measure, Text label, String symbol, Source source) {
    public Unit(String id, String measure, Source source) {
        this(id, measure, null, null, source);
    }

    public boolean isMonetary() {
        return measure.startsWith("iso4217:");
    }

    public boolean isPure() {
        return measure.equals("xbrli:pure");
    }

    /** The measure's local name: CNY for iso4217:CNY. */
    public String code() {
        return measure.substring(measure.indexOf(':') + 1);
    }
}
