package dev.xreport.model;

/**
 * The reporting entity. Further entity information the report prints (addresses, website,
 * legal representative, scope of business) are text facts, stated once among the facts.
 *
 * @param identifier scheme and value that identify the entity in XBRL contexts
 */
public record Entity(Text name, Text shortName, Identifier identifier, Source source) {
    public record Identifier(String scheme, String value) { }
}
