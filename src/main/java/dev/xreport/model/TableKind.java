package dev.xreport.model;

/** What a table is, which decides how renderers lay it out. */
public enum TableKind {
    /** One of the four financial statements. */
    STATEMENT,
    /** Key accounting data and financial indicators over several years. */
    INDICATORS,
    /** A management discussion and analysis table. */
    ANALYSIS,
    /** A regulatory (capital, liquidity, leverage) disclosure. */
    REGULATORY,
    /** Text facts presented as label and value (corporate information, auditor's report). */
    FACTS,
    /** People: directors, supervisors, senior management, committees. */
    PEOPLE,
    /** Honours and awards. */
    AWARDS;

    public boolean isText() {
        return this == PEOPLE || this == AWARDS;
    }
}
