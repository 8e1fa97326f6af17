package dev.xreport.diag;

/**
 * Every finding xreport can report, with a stable code, its default severity and the part of
 * the input format (docs/authoring.md) or rule it enforces. Codes never change meaning;
 * new findings get new codes.
 */
public enum Code {
    // reading the input (exit code 2)
    LOAD_SYNTAX("XR-LOAD-101", Severity.ERROR, Stage.INPUT, "malformed YAML or JSON"),
    LOAD_UNKNOWN_FIELD("XR-LOAD-102", Severity.ERROR, Stage.INPUT, "a field the format does not know"),
    LOAD_MISSING_FIELD("XR-LOAD-103", Severity.ERROR, Stage.INPUT, "a required field is missing"),
    LOAD_WRONG_TYPE("XR-LOAD-104", Severity.ERROR, Stage.INPUT, "a value of the wrong kind"),
    LOAD_NOT_A_NUMBER("XR-LOAD-105", Severity.ERROR, Stage.INPUT, "an amount that is not a number"),
    LOAD_INCLUDE("XR-LOAD-106", Severity.ERROR, Stage.INPUT, "an include that cannot be read"),
    LOAD_DUPLICATE_KEY("XR-LOAD-107", Severity.ERROR, Stage.INPUT, "a key given twice in one mapping"),
    LOAD_BAD_VALUE("XR-LOAD-108", Severity.ERROR, Stage.INPUT, "a date, id or enumerated value that is not valid"),
    LOAD_UNREADABLE("XR-LOAD-109", Severity.ERROR, Stage.INPUT, "the report file cannot be read"),
    // references between parts of the report (exit code 2)
    REF_PERIOD("XR-REF-201", Severity.ERROR, Stage.INPUT, "a period that is not defined"),
    REF_UNIT("XR-REF-202", Severity.ERROR, Stage.INPUT, "a unit that is not defined"),
    REF_TABLE("XR-REF-203", Severity.ERROR, Stage.INPUT, "a table that is not defined, or defined twice"),
    REF_ROW("XR-REF-204", Severity.ERROR, Stage.INPUT, "a row or column of a table that is not defined"),
    REF_CITATION("XR-REF-205", Severity.ERROR, Stage.INPUT, "a narrative citation of a fact that does not exist"),
    REF_CORRECTION("XR-REF-206", Severity.ERROR, Stage.INPUT, "a correction of a fact or cell that does not exist"),
    REF_INSTANT("XR-REF-207", Severity.ERROR, Stage.INPUT, "an opening or closing balance whose instant is not a defined period"),
    REF_CHECK("XR-REF-208", Severity.ERROR, Stage.INPUT, "a check that refers to a fact that is not stated"),
    // facts (exit code 2 for errors)
    FACT_CONFLICT("XR-FACT-202", Severity.ERROR, Stage.INPUT, "a fact stated twice with different values"),
    FACT_REPEATED("XR-FACT-203", Severity.WARNING, Stage.VALIDATION, "a fact stated twice with the same value"),
    // tables
    TABLE_MISSING_FACT("XR-TABLE-301", Severity.WARNING, Stage.VALIDATION, "a table cell with no fact"),
    TABLE_UNPLACED("XR-TABLE-302", Severity.WARNING, Stage.VALIDATION, "a table no section places"),
    // arithmetic (exit code 1 when it reaches the threshold)
    CALC_SUM("XR-CALC-501", Severity.INCONSISTENCY, Stage.VALIDATION, "a total that is not the sum of its lines"),
    CALC_CROSSFOOT("XR-CALC-502", Severity.INCONSISTENCY, Stage.VALIDATION, "a total column that is not the sum of its columns"),
    CALC_CHECK("XR-CALC-503", Severity.INCONSISTENCY, Stage.VALIDATION, "a check of the report's own that does not hold"),
    // output
    OUT_WRITE("XR-OUT-901", Severity.ERROR, Stage.OUTPUT, "a deliverable that could not be written"),
    OUT_OVER_INPUT("XR-OUT-902", Severity.ERROR, Stage.INPUT, "an output folder that would replace the report's own files"),
    OUT_LEFTOVER("XR-OUT-903", Severity.WARNING, Stage.OUTPUT, "previous deliverables that could not be removed after publishing");

    /** Where in a run a finding arises; decides the exit code. */
    public enum Stage { INPUT, VALIDATION, OUTPUT }

    private final String id;
    private final Severity severity;
    private final Stage stage;
    private final String summary;

    Code(String id, Severity severity, Stage stage, String summary) {
        this.id = id;
        this.severity = severity;
        this.stage = stage;
        this.summary = summary;
    }

    public String id() { return id; }
    public Severity severity() { return severity; }
    public Stage stage() { return stage; }
    public String summary() { return summary; }
}
