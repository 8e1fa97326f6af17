package dev.xreport.diag;

/** How bad a finding is, from worst to mildest. The order is the order of {@link #compareTo}. */
public enum Severity {
    /** The input cannot be read or refers to something that does not exist. */
    ERROR,
    /** The figures contradict each other (a total that is not the sum of its lines). */
    INCONSISTENCY,
    /** Something a reviewer should look at; the deliverables are still right. */
    WARNING,
    /** For the record. */
    INFO;

    /** True when this severity is as bad as {@code threshold} or worse. */
    public boolean reaches(Severity threshold) {
        return compareTo(threshold) <= 0;
    }

    public String word() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
