package dev.xreport.xbrl.validate;

import dev.xreport.diag.Code;
import java.util.Set;
import javax.xml.namespace.QName;
import org.w3c.dom.Attr;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;

/**
 * Concept declarations XML Schema accepts but XBRL 2.1 does not (5.1.1, 4.9): tuples without
 * periodType and balance, whose content is references to concepts, not mixed, with no attributes of
 * the XBRL namespaces; items whose type derives from an XBRL item type; no xs:redefine in the DTS.
 * Tuple facts with attributes of the XBRL namespaces are checked once each, in O(1).
 */
final class ConceptRules {
    /** Namespaces whose attributes a tuple must not have (4.9): the XBRL instance, linkbase and XLink ones. */
    private static final Set<String> RESERVED = Set.of(Ns.XBRLI, Ns.LINK, Ns.XLINK, "http://www.xbrl.org/2003/XLink");

    private static final QName ITEM = new QName(Ns.XBRLI, "item");
    private static final QName TUPLE = new QName(Ns.XBRLI, "tuple");

    private ConceptRules() { }

    static void checkDts(Dts dts, Taxonomy taxonomy, Sink sink) {
        for (Dts.Doc d : dts.docs()) {
            if (d.kind() == Dts.Kind.SCHEMA && !d.uri().startsWith("http")) {
                redefine(d.dom().getDocumentElement(), sink);
            }
        }
        for (QName name : taxonomy.elementNames()) {
            Taxonomy.Concept c = taxonomy.concept(name);
            if (c == null || Ns.XBRLI.equals(name.getNamespaceURI())) {
                continue;
            }
            Element decl = c.decl();
            if (c.tuple()) {
                tuple(c, decl, taxonomy, sink);
            } else if (c.itemType() == null && complexType(decl, taxonomy)) {
                sink.add(Code.XBRL_CONCEPT_DECLARATION, decl, "item " + name.getLocalPart()
                        + " has a type that is not derived from an XBRL item type (5.1.1.3)");
            }
        }
    }

    /** Whether the declaration's own type is a complex type of the DTS (anonymous or named). */
    private static boolean complexType(Element decl, Taxonomy taxonomy) {
        if (Ns.child(decl, Ns.XS, "complexType") != null) {
            return true;
        }
        QName t = decl.hasAttribute("type") ? Ns.qname(decl, decl.getAttribute("type")) : null;
        Element def = t == null ? null : taxonomy.type(t);
        return def != null && Ns.is(def, Ns.XS, "complexType");
    }

    private static void redefine(Element e, Sink sink) {
        for (Element c : Ns.children(e)) {
            if (Ns.is(c, Ns.XS, "redefine")) {
                sink.add(Code.XBRL_CONCEPT_DECLARATION, c, "xs:redefine must not be used in an XBRL taxonomy (5.1)");
            }
        }
    }

    private static void tuple(Taxonomy.Concept c, Element decl, Taxonomy taxonomy, Sink sink) {
        String name = c.name().getLocalPart();
        if (decl.hasAttributeNS(Ns.XBRLI, "periodType") || decl.hasAttributeNS(Ns.XBRLI, "balance")) {
            sink.add(Code.XBRL_CONCEPT_DECLARATION, decl, "tuple " + name
                    + " has xbrli:periodType or xbrli:balance, which only items have (5.1.1.1, 5.1.1.2)");
        }
        Element type = null;
        for (Element ch : Ns.children(decl)) {
            if (Ns.is(ch, Ns.XS, "complexType")) {
                type = ch;
            }
        }
        if (type == null && decl.hasAttribute("type")) {
            QName t = Ns.qname(decl, decl.getAttribute("type"));
            type = t == null || Ns.XBRLI.equals(t.getNamespaceURI()) ? null : taxonomy.type(t);
        }
        if (type != null) {
            content(name, type, taxonomy, sink);
        }
    }

    /** 4.9: the content model of a tuple: references to concepts, not mixed, no XBRL attributes. */
    private static void content(String tuple, Element e, Taxonomy taxonomy, Sink sink) {
        if ("true".equals(e.getAttribute("mixed").trim()) || "1".equals(e.getAttribute("mixed").trim())) {
            sink.add(Code.XBRL_CONCEPT_DECLARATION, e, "the content of tuple " + tuple + " is mixed (4.9)");
        }
        for (Element c : Ns.children(e)) {
            if (!Ns.XS.equals(c.getNamespaceURI())) {
                continue;
            }
            switch (c.getLocalName()) {
                case "element" -> {
                    QName ref = c.hasAttribute("ref") ? Ns.qname(c, c.getAttribute("ref")) : null;
                    if (ref == null || (taxonomy.concept(ref) == null && !taxonomy.substitutes(ref, ITEM)
                            && !taxonomy.substitutes(ref, TUPLE))) {
                        sink.add(Code.XBRL_CONCEPT_DECLARATION, c, "tuple " + tuple + " holds "
                                + (ref == null ? "a local element declaration" : ref.getLocalPart() + ", which is not an item or tuple")
                                + "; its content must be references to concepts (4.9)");
                    }
                }
                case "attribute" -> {
                    QName ref = c.hasAttribute("ref") ? Ns.qname(c, c.getAttribute("ref")) : null;
                    if (ref != null && RESERVED.contains(ref.getNamespaceURI())) {
                        sink.add(Code.XBRL_CONCEPT_DECLARATION, c, "tuple " + tuple + " declares the attribute "
                                + c.getAttribute("ref").trim() + " of an XBRL namespace (4.9)");
                    }
                }
                case "annotation", "anyAttribute", "attributeGroup" -> { }
                default -> content(tuple, c, taxonomy, sink);
            }
        }
    }

    /**
     * 5.2.6.2.4: when an instance has a fact of the source of a requires-element relationship, it has
     * one of its target too. One pass over the facts, only when the DTS has such relationships.
     */
    static void requiresElement(Networks networks, InstanceModel model, Sink sink) {
        java.util.List<Networks.Rel> rels = networks.effective(REQUIRES_ELEMENT);
        if (rels.isEmpty()) {
            return;
        }
        java.util.Map<QName, InstanceModel.Fact> first = new java.util.HashMap<>();
        for (InstanceModel.Fact f : model.facts) {
            first.putIfAbsent(f.concept().name(), f);
        }
        for (Networks.Rel r : rels) {
            InstanceModel.Fact source = first.get(r.from());
            if (source != null && !first.containsKey(r.to())) {
                String message = r.from().getLocalPart() + " has a fact, so " + r.to().getLocalPart()
                        + ", which it requires (requires-element), must have one too";
                sink.add(Code.XBRL_REQUIRES_ELEMENT, source, message);
            }
        }
    }

    private static final String REQUIRES_ELEMENT = "http://www.xbrl.org/2003/arcrole/requires-element";

    /** A tuple fact must not carry attributes of the XBRL namespaces (4.9); O(1) for each item. */
    static void checkFacts(InstanceModel model, Sink sink) {
        for (InstanceModel.Fact f : model.facts) {
            if (!f.concept().tuple() || f.element() == null) {
                continue;
            }
            NamedNodeMap attrs = f.element().getAttributes();
            for (int i = 0; i < attrs.getLength(); i++) {
                Attr a = (Attr) attrs.item(i);
                if (a.getNamespaceURI() != null && RESERVED.contains(a.getNamespaceURI())) {
                    sink.add(Code.XBRL_CONCEPT_DECLARATION, f.element(), "tuple " + f.element().getTagName()
                            + " has the attribute " + a.getName() + " of an XBRL namespace (4.9)");
                }
            }
        }
    }
}
