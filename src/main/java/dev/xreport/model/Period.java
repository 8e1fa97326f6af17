package dev.xreport.model;

import java.time.LocalDate;

/**
 * A reporting period: an instant (balances at a date) or a duration (flows over a year).
 * For an instant {@code start} is null and {@code end} is the date.
 */
public record Period(String id, LocalDate start, LocalDate end, Source source) {

    public static Period instant(String id, LocalDate date, Source source) {
        return new Period(id, null, date, source);
    }

    public static Period duration(String id, LocalDate start, LocalDate end, Source source) {
        return new Period(id, start, end, source);
    }

    public boolean isInstant() {
        return start == null;
    }

    /** The date of an instant. */
    public LocalDate instant() {
        return end;
    }

    @Override
    public String toString() {
        return isInstant() ? id + " (" + end + ")" : id + " (" + start + " to " + end + ")";
    }
}
