package dev.xreport.mutate;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.stream.Collectors;
import org.w3c.dom.Element;

/** Mutations of the taxonomy's schema (the concepts the instance's facts are of, its role types) and of the instance's schemaRef. */
final class SchemaMutations {
    private static final String XBRLI_NS = Xml.XBRLI;

    private SchemaMutations() { }

    static List<Mutation> all() {
        return List.of(
                Mutation.of("concept-balance-flipped", SchemaMutations::flipBalance),
                Mutation.of("concept-periodType-flipped", SchemaMutations::flipPeriodType),
                Mutation.of("concept-removed", SchemaMutations::removeConcept),
                Mutation.of("concept-type-changed:string", SchemaMutations::stringType),
                Mutation.of("roleType-removed", SchemaMutations::removeRoleType),
                Mutation.of("schemaRef-broken", SchemaMutations::breakSchemaRef));
    }

    /** The concepts some fact of the instance is of. */
    private static List<Element> reported(XbrlCopy copy) {
        Set<String> used = Instances.facts(copy.instance()).stream().map(Element::getLocalName).collect(Collectors.toSet());
        Map<String, Element> concepts = Taxonomies.concepts(copy.schema());
        return concepts.entrySet().stream().filter(e -> used.contains(e.getKey())).map(Map.Entry::getValue).toList();
    }

    private static Optional<String> flipBalance(XbrlCopy copy, SplittableRandom random) {
        List<Element> balanced = Taxonomies.concepts(copy.schema()).values().stream()
                .filter(e -> e.hasAttributeNS(XBRLI_NS, "balance")).toList();
        return Xml.pick(balanced, random).map(e -> {
            String was = e.getAttributeNS(XBRLI_NS, "balance");
            e.setAttributeNS(XBRLI_NS, "xbrli:balance", "debit".equals(was) ? "credit" : "debit");
            return "concept " + e.getAttribute("name") + ": balance " + was + " became " + e.getAttributeNS(XBRLI_NS, "balance");
        });
    }

    private static Optional<String> flipPeriodType(XbrlCopy copy, SplittableRandom random) {
        return Xml.pick(reported(copy), random).map(e -> {
            String was = e.getAttributeNS(XBRLI_NS, "periodType");
            e.setAttributeNS(XBRLI_NS, "xbrli:periodType", "instant".equals(was) ? "duration" : "instant");
            return "concept " + e.getAttribute("name") + ": periodType " + was + " became " + e.getAttributeNS(XBRLI_NS, "periodType");
        });
    }

    private static Optional<String> removeConcept(XbrlCopy copy, SplittableRandom random) {
        return Xml.pick(reported(copy), random).map(e -> {
            Xml.remove(e);
            return "concept " + e.getAttribute("name") + " removed from the schema; its facts and locators stay";
        });
    }

    private static Optional<String> stringType(XbrlCopy copy, SplittableRandom random) {
        List<Element> numeric = reported(copy).stream().filter(e -> e.getAttribute("type").endsWith("monetaryItemType")).toList();
        return Xml.pick(numeric, random).map(e -> {
            e.setAttribute("type", "xbrli:stringItemType");
            e.removeAttributeNS(XBRLI_NS, "balance");
            return "concept " + e.getAttribute("name") + ": type monetaryItemType became stringItemType (its facts keep unit and decimals)";
        });
    }

    private static Optional<String> removeRoleType(XbrlCopy copy, SplittableRandom random) {
        return Xml.pick(Xml.elements(copy.schema(), Xml.LINK, "roleType"), random).map(r -> {
            Xml.remove(r);
            return "roleType " + r.getAttribute("roleURI") + " removed; the linkbases' roleRefs to it stay";
        });
    }

    private static Optional<String> breakSchemaRef(XbrlCopy copy, SplittableRandom random) {
        return Xml.pick(Xml.elements(copy.instance(), Xml.LINK, "schemaRef"), random).map(s -> {
            String was = Xml.xlink(s, "href");
            s.setAttributeNS(Xml.XLINK, "xlink:href", was.replaceAll("[^/]*$", "missing.xsd"));
            return "schemaRef " + was + " points to " + Xml.xlink(s, "href") + ", which does not exist";
        });
    }
}
