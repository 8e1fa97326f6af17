package dev.xreport.model;

import java.util.List;

/** A table of the report: figures from facts ({@link FactTable}) or words ({@link TextTable}). */
public sealed interface Table permits FactTable, TextTable {
    String id();

    TableKind kind();

    String title();

    /** Notes printed under the table. */
    List<String> notes();

    Source source();
}
