package dev.xreport.model;

/** The part a row plays in its table. */
public enum RowRole {
    /** An ordinary line item. */
    ITEM,
    /** A subtotal of the lines above it. */
    SUBTOTAL,
    /** A total. */
    TOTAL,
    /** An "Including:" or "Of which:" sub-item of the line above. */
    INCLUDING,
    /** Words only: a heading over the lines below. */
    HEADING
}
