package dev.xreport.model;

/**
 * A unit of measure as an XBRL measure QName: {@code iso4217:CNY} for money, {@code xbrli:pure}
 * for ratios, {@code xbrli:shares}, or a count unit of the report's own.
 */
public record Unit(String id, String measure, Source source) {
    public boolean isMonetary() {
        return measure.startsWith("iso4217:");
    }

    public boolean isPure() {
        return measure.equals("xbrli:pure");
    }
}
