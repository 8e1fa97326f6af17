package dev.xreport.model;

import java.util.Map;

/**
 * What the report says about its concepts beyond their facts, for the taxonomy xreport compiles:
 * the namespace and prefix of the report's concepts, and per concept, axis, table and heading the
 * standard labels in English and Chinese, the balance and the data type of text facts.
 * Everything is optional; what is missing is inferred (labels from the tables' rows, types from
 * units and periods).
 */
public record Vocabulary(String namespace, String prefix, Map<String, ConceptInfo> concepts,
                         Map<String, AxisInfo> axes, Map<String, Text> tables, Map<String, Map<String, String>> headings) {
    public Vocabulary {
        concepts = Map.copyOf(concepts);
        axes = Map.copyOf(axes);
        tables = Map.copyOf(tables);
        headings = Map.copyOf(headings);
    }

    /**
     * @param label   standard label by language
     * @param balance "debit", "credit" or null
     * @param type    "date" for a text fact holding a date, "uri" for one holding a web address, or null
     */
    public record ConceptInfo(Text label, String balance, String type) { }

    public record AxisInfo(Text label, Map<String, Text> members) {
        public AxisInfo {
            members = Map.copyOf(members);
        }
    }
}
