package dev.xreport.taxonomy;

import java.util.List;
import java.util.Map;

/**
 * The XBRL taxonomy of one report, as data: concept declarations, labels, and the presentation,
 * calculation and definition networks, one extended link role per table. {@link TaxonomyWriter}
 * turns it into the files of a taxonomy package.
 *
 * @param name   file stem of the entry point ({@code webank-2022} → {@code webank-2022.xsd})
 * @param labels    concept → label role → language → text
 * @param rowLabels "table-id/row-id" → language → the words the row shows: the label its presentation
 *                  relationship prefers, the heading's words, or for a row of dimension members the
 *                  member's label; renderers take a table's words in another language from here
 */
public record Taxonomy(String name, String namespace, String prefix, List<Concept> concepts, List<Role> roles,
                       Map<String, Map<String, Map<String, String>>> labels, List<Network> presentation,
                       List<Network> calculation, List<Network> definition, Map<String, Map<String, String>> rowLabels) {

    /** The words row {@code rowId} of table {@code tableId} shows in {@code lang}, if the taxonomy has them. */
    public java.util.Optional<String> rowLabel(String tableId, String rowId, String lang) {
        Map<String, String> byLang = rowLabels.get(tableId + "/" + rowId);
        return java.util.Optional.ofNullable(byLang == null ? null : byLang.get(lang));
    }

    /** Standard label role. */
    public static final String LABEL = "http://www.xbrl.org/2003/role/label";
    public static final String TERSE = "http://www.xbrl.org/2003/role/terseLabel";
    public static final String TOTAL = "http://www.xbrl.org/2003/role/totalLabel";
    public static final String PERIOD_START = "http://www.xbrl.org/2003/role/periodStartLabel";
    public static final String PERIOD_END = "http://www.xbrl.org/2003/role/periodEndLabel";
    public static final String NEGATED = "http://www.xbrl.org/2009/role/negatedLabel";
    public static final String NEGATED_TOTAL = "http://www.xbrl.org/2009/role/negatedTotalLabel";

    /**
     * A concept declaration.
     *
     * @param type              QName of the item type, e.g. {@code xbrli:monetaryItemType}
     * @param balance           "debit", "credit" or null
     * @param substitutionGroup {@code xbrli:item}, {@code xbrldt:dimensionItem} or {@code xbrldt:hypercubeItem}
     */
    public record Concept(String name, String type, String periodType, String balance, boolean isAbstract,
                          String substitutionGroup) { }

    /** An extended link role: one per table. */
    public record Role(String id, String uri, String definition, List<String> usedOn) { }

    /**
     * Relationships of one extended link role.
     *
     * @param arcrole e.g. parent-child, summation-item, all, hypercube-dimension
     */
    public record Network(String roleUri, List<Arc> arcs) { }

    /**
     * One relationship between two concepts.
     *
     * @param weight         calculation weight, or null
     * @param preferredLabel presentation preferred label role, or null
     * @param extra          further arc attributes (xbrldt:contextElement, xbrldt:closed), by qualified name
     */
    public record Arc(String arcrole, String from, String to, int order, Integer weight, String preferredLabel,
                      Map<String, String> extra) { }
}
