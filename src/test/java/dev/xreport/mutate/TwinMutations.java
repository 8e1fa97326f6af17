package dev.xreport.mutate;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.function.Consumer;
import java.util.function.Predicate;
import org.w3c.dom.Element;

/**
 * Mutations that move a fact of a calculation (else any fact) to a twin of its context or unit: the
 * same context (s-equal) or unit (u-equal) under another id, or spelt another way. Nothing is broken
 * if a processor binds calculations by equality, as XBRL 2.1 (5.2.5.2) and Calculations 1.1 do; a
 * processor that binds by id finds an item missing.
 */
final class TwinMutations {
    private static final String XMLNS = "http://www.w3.org/2000/xmlns/";

    private TwinMutations() { }

    static List<Mutation> all() {
        return List.of(
                Mutation.of("context-twin:other-id", (c, r) -> contextTwin(c, r, "the same", context -> true, twin -> { })),
                Mutation.of("context-twin:instant-as-next-midnight", (c, r) -> contextTwin(c, r,
                        "the instant written as the next day's midnight", context -> has(context, Xml.XBRLI, "instant"),
                        TwinMutations::nextMidnight)),
                Mutation.of("context-twin:member-other-prefix", (c, r) -> contextTwin(c, r,
                        "the dimension members' namespace under another prefix", context -> has(context, Xml.XBRLDI, "explicitMember"),
                        TwinMutations::otherPrefix)),
                Mutation.of("unit-twin:other-id", TwinMutations::unitTwin));
    }

    /** The facts of concepts that the calculation linkbase names, with a value. */
    private static List<Element> calculated(XbrlCopy copy) {
        return copy.linkbase(Taxonomies.CAL).map(cal -> Instances.factsOf(copy.instance(), Taxonomies.located(copy.schema(), cal)))
                .orElse(List.of()).stream().filter(f -> f.hasAttribute("unitRef") && !f.getTextContent().isBlank()).toList();
    }

    private static Optional<String> contextTwin(XbrlCopy copy, SplittableRandom random, String how, Predicate<Element> applies,
            Consumer<Element> change) {
        List<Element> facts = calculated(copy).stream().filter(f -> applies.test(context(copy, f))).toList();
        if (facts.isEmpty()) { // no calculation to bind: the twin still has to be the same context for dimensions and duplicates
            facts = Instances.facts(copy.instance()).stream().filter(f -> applies.test(context(copy, f))).toList();
        }
        return Xml.pick(facts, random).map(f -> {
            Element context = context(copy, f);
            Element twin = Xml.duplicate(context);
            twin.setAttribute("id", context.getAttribute("id") + "_twin");
            change.accept(twin);
            f.setAttribute("contextRef", twin.getAttribute("id"));
            return Instances.name(f) + " moved to " + twin.getAttribute("id") + ", a copy of its context with " + how;
        });
    }

    private static boolean has(Element context, String ns, String local) {
        return !Xml.elements(context, ns, local).isEmpty();
    }

    private static Element context(XbrlCopy copy, Element fact) {
        return Instances.contexts(copy.instance()).stream().filter(c -> c.getAttribute("id").equals(fact.getAttribute("contextRef")))
                .findFirst().orElseThrow();
    }

    /** {@code 2024-12-31} as {@code 2025-01-01T00:00:00}: the same instant (XBRL 2.1 4.7.2). */
    private static void nextMidnight(Element context) {
        for (Element instant : Xml.elements(context, Xml.XBRLI, "instant")) {
            instant.setTextContent(LocalDate.parse(Instances.text(instant)).plusDays(1) + "T00:00:00");
        }
    }

    /** Each explicit member's dimension and member written with the prefix "alt", bound to the same namespace. */
    private static void otherPrefix(Element context) {
        for (Element m : Xml.elements(context, Xml.XBRLDI, "explicitMember")) {
            String dimension = m.getAttribute("dimension");
            String ns = m.lookupNamespaceURI(dimension.substring(0, dimension.indexOf(':')));
            context.setAttributeNS(XMLNS, "xmlns:alt", ns);
            m.setAttribute("dimension", "alt:" + Xml.local(dimension));
            m.setTextContent("alt:" + Xml.local(Instances.text(m)));
        }
    }

    private static Optional<String> unitTwin(XbrlCopy copy, SplittableRandom random) {
        return Xml.pick(calculated(copy), random).map(f -> {
            Element unit = Instances.units(copy.instance()).stream().filter(u -> u.getAttribute("id").equals(f.getAttribute("unitRef")))
                    .findFirst().orElseThrow();
            Element twin = Xml.duplicate(unit);
            twin.setAttribute("id", unit.getAttribute("id") + "_twin");
            f.setAttribute("unitRef", twin.getAttribute("id"));
            return Instances.name(f) + " moved to unit " + twin.getAttribute("id") + ", a copy of its unit";
        });
    }
}
