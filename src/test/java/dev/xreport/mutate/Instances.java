package dev.xreport.mutate;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/** What an instance holds, as the mutations look for it: facts, contexts, units. */
final class Instances {
    private Instances() { }

    /** The items directly under xbrli:xbrl (the facts), in document order. */
    static List<Element> facts(Document instance) {
        return Xml.children(instance.getDocumentElement()).stream().filter(e -> e.hasAttribute("contextRef")).toList();
    }

    /** The facts with a unit. */
    static List<Element> numericFacts(Document instance) {
        return facts(instance).stream().filter(e -> e.hasAttribute("unitRef")).toList();
    }

    /** The numeric facts that are neither nil nor zero-precision, with decimals. */
    static List<Element> decimalFacts(Document instance) {
        return numericFacts(instance).stream().filter(e -> e.hasAttribute("decimals")).toList();
    }

    static List<Element> contexts(Document instance) {
        return Xml.elements(instance, Xml.XBRLI, "context");
    }

    static List<Element> units(Document instance) {
        return Xml.elements(instance, Xml.XBRLI, "unit");
    }

    /** The contexts some fact refers to. */
    static List<Element> usedContexts(Document instance) {
        Set<String> used = facts(instance).stream().map(f -> f.getAttribute("contextRef")).collect(Collectors.toSet());
        return contexts(instance).stream().filter(c -> used.contains(c.getAttribute("id"))).toList();
    }

    /** The contexts whose period has {@code kind} ("instant", "startDate"). */
    static List<Element> contextsWith(Document instance, String kind) {
        return usedContexts(instance).stream().filter(c -> !Xml.elements(c, Xml.XBRLI, kind).isEmpty()).toList();
    }

    static List<Element> explicitMembers(Document instance) {
        return Xml.elements(instance, Xml.XBRLDI, "explicitMember");
    }

    /** The facts of {@code concepts} (local names). */
    static List<Element> factsOf(Document instance, Set<String> concepts) {
        return facts(instance).stream().filter(f -> concepts.contains(f.getLocalName())).toList();
    }

    /** The one text child of {@code e}, trimmed. */
    static String text(Element e) {
        return e.getTextContent().trim();
    }

    /** A name for a fact in descriptions: {@code Cash@C_I2024}. */
    static String name(Element fact) {
        return fact.getLocalName() + "@" + fact.getAttribute("contextRef");
    }

    /** One rounding step of a fact with these decimals, at least 1: 1000 for -3, 1 for 2 or INF. */
    static BigDecimal step(String decimals) {
        return "INF".equals(decimals) ? BigDecimal.ONE : BigDecimal.ONE.scaleByPowerOfTen(-Integer.parseInt(decimals)).max(BigDecimal.ONE);
    }

    /** The fact's xsi:nil ("true", or empty when it has none). */
    static String nil(Element f) {
        return f.getAttributeNS("http://www.w3.org/2001/XMLSchema-instance", "nil");
    }

    /** The id of the context an element (a member, a segment) is in; "?" when it is in none. */
    static String contextOf(Element member) {
        Element e = member;
        while (e != null && !"context".equals(e.getLocalName())) {
            e = e.getParentNode() instanceof Element p ? p : null;
        }
        return e == null ? "?" : e.getAttribute("id");
    }

    /** The prefix of a QName with its colon ({@code "xr:"}), or "" when it has none. */
    static String prefixOf(String qname) {
        int colon = qname.indexOf(':');
        return colon < 0 ? "" : qname.substring(0, colon + 1);
    }
}
