package dev.xreport.xbrl.validate;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import javax.xml.namespace.QName;
import org.w3c.dom.Element;

/**
 * The concepts of a DTS (XBRL 2.1 section 5.1.1) as the validator needs them: item or tuple, the
 * XBRL item type they derive from, periodType, balance, and where each is declared (for locators).
 */
final class Taxonomy {
    private static final QName ITEM = new QName(Ns.XBRLI, "item");
    private static final QName TUPLE = new QName(Ns.XBRLI, "tuple");
    private static final Set<String> NUMERIC = Set.of("decimal", "float", "double", "monetary", "shares", "pure",
            "integer", "nonPositiveInteger", "negativeInteger", "long", "int", "short", "byte", "nonNegativeInteger",
            "unsignedLong", "unsignedInt", "unsignedShort", "unsignedByte", "positiveInteger", "fraction");

    /** A concept: an element declaration in the item or tuple substitution group. */
    record Concept(QName name, boolean item, boolean tuple, String itemType, String periodType, String balance, Element decl) {
        boolean numeric() { return item && itemType != null && NUMERIC.contains(itemType); }
        boolean fraction() { return "fraction".equals(itemType); }
        boolean monetary() { return "monetary".equals(itemType); }
        boolean shares() { return "shares".equals(itemType); }
    }

    private final Map<QName, Element> elements = new HashMap<>();
    private final Map<QName, Element> types = new HashMap<>();
    private final Map<QName, Element> attributes = new HashMap<>();
    private final Map<String, QName> elementsById = new HashMap<>();
    private final Map<QName, Concept> concepts = new HashMap<>();

    static Taxonomy of(Dts dts) {
        Taxonomy t = new Taxonomy();
        // a schema without targetNamespace takes the namespace of the schema that includes it (chameleon include)
        Map<String, String> includedInto = new HashMap<>();
        for (Dts.Doc d : dts.docs()) {
            if (d.kind() == Dts.Kind.SCHEMA) {
                Element root = d.dom().getDocumentElement();
                for (Element c : Ns.children(root)) {
                    if (Ns.is(c, Ns.XS, "include") && c.hasAttribute("schemaLocation") && root.hasAttribute("targetNamespace")) {
                        includedInto.put(dts.resolve(d.uri(), c.getAttribute("schemaLocation")), root.getAttribute("targetNamespace"));
                    }
                }
            }
        }
        for (Dts.Doc d : dts.docs()) {
            if (d.kind() == Dts.Kind.SCHEMA) {
                Element root = d.dom().getDocumentElement();
                t.read(d, root.hasAttribute("targetNamespace") ? root.getAttribute("targetNamespace")
                        : includedInto.getOrDefault(d.uri(), ""));
            }
        }
        for (QName name : t.elements.keySet()) {
            Concept c = t.concept(name);
            if (c != null) {
                t.concepts.put(name, c);
            }
        }
        return t;
    }

    /** 5.1.1.1: every item declares its periodType; 5.1.1.2: only monetary items declare a balance. */
    void check(Sink sink) {
        for (Concept c : concepts.values()) {
            if (!c.item()) {
                continue;
            }
            if (c.periodType() == null) {
                sink.add(dev.xreport.diag.Code.XBRL_CONCEPT, c.decl(), "item " + c.name().getLocalPart() + " has no xbrli:periodType");
            }
            if (c.balance() != null && !c.monetary()) {
                sink.add(dev.xreport.diag.Code.XBRL_CONCEPT, c.decl(), "item " + c.name().getLocalPart()
                        + " has xbrli:balance but is not of a monetary type");
            }
        }
    }

    private void read(Dts.Doc d, String tns) {
        Element schema = d.dom().getDocumentElement();
        for (Element e : Ns.children(schema)) {
            if (!Ns.XS.equals(e.getNamespaceURI()) || !e.hasAttribute("name")) {
                continue;
            }
            QName q = new QName(tns, e.getAttribute("name"));
            switch (e.getLocalName()) {
                case "element" -> {
                    elements.put(q, e);
                    if (e.hasAttribute("id")) {
                        elementsById.put(d.uri() + "#" + e.getAttribute("id"), q);
                    }
                }
                case "complexType", "simpleType" -> types.put(q, e);
                case "attribute" -> attributes.put(q, e);
                default -> { }
            }
        }
    }

    Concept concept(QName name) {
        Concept known = concepts.get(name);
        if (known != null) {
            return known;
        }
        Element decl = elements.get(name);
        if (decl == null || name.equals(ITEM) || name.equals(TUPLE)) {
            return null;
        }
        String head = headOf(name, new HashSet<>());
        if (head == null) {
            return null;
        }
        boolean item = head.equals("item");
        String itemType = item ? itemType(name, new HashSet<>()) : null;
        return new Concept(name, item, !item, itemType, Ns.attr(decl, Ns.XBRLI, "periodType"),
                Ns.attr(decl, Ns.XBRLI, "balance"), decl);
    }

    /** True when {@code element} is {@code head} or in its substitution group, directly or not. */
    boolean substitutes(QName element, QName head) {
        Set<QName> seen = new HashSet<>();
        for (QName q = element; q != null && seen.add(q); ) {
            if (q.equals(head)) {
                return true;
            }
            Element decl = elements.get(q);
            q = decl == null || !decl.hasAttribute("substitutionGroup") ? null : Ns.qname(decl, decl.getAttribute("substitutionGroup"));
        }
        return false;
    }

    /** The global type definition named {@code name}, or null. */
    Element type(QName name) {
        return types.get(name);
    }

    /** Every global element declaration of the DTS, by name. */
    java.util.Collection<QName> elementNames() {
        return elements.keySet();
    }

    /** The global element declaration of {@code name}, or null. */
    Element element(QName name) {
        return elements.get(name);
    }

    boolean isConcept(QName name) {
        return concepts.containsKey(name);
    }

    /** The concept a locator's {@code document#id} points to, or null. */
    QName conceptById(String uriAndFragment) {
        return elementsById.get(uriAndFragment);
    }

    /** "item" or "tuple" when the element's substitution group leads there, else null. */
    private String headOf(QName name, Set<QName> seen) {
        if (name.equals(ITEM)) {
            return "item";
        }
        if (name.equals(TUPLE)) {
            return "tuple";
        }
        Element decl = elements.get(name);
        if (decl == null || !seen.add(name) || !decl.hasAttribute("substitutionGroup")) {
            return null;
        }
        QName sg = Ns.qname(decl, decl.getAttribute("substitutionGroup"));
        return sg == null ? null : headOf(sg, seen);
    }

    /** The local name of the xbrli item type the element's type derives from, without "ItemType". */
    private String itemType(QName element, Set<QName> seen) {
        Element decl = elements.get(element);
        if (decl == null || !seen.add(element)) {
            return null;
        }
        if (decl.hasAttribute("type")) {
            return typeBase(Ns.qname(decl, decl.getAttribute("type")), new HashSet<>());
        }
        Element anonymous = firstChild(decl, "complexType", "simpleType");
        if (anonymous != null) {
            return baseOf(anonymous, new HashSet<>());
        }
        if (decl.hasAttribute("substitutionGroup")) {
            return itemType(Ns.qname(decl, decl.getAttribute("substitutionGroup")), seen);
        }
        return null;
    }

    private String typeBase(QName type, Set<QName> seen) {
        if (type == null) {
            return null;
        }
        if (Ns.XBRLI.equals(type.getNamespaceURI()) && type.getLocalPart().endsWith("ItemType")) {
            return type.getLocalPart().substring(0, type.getLocalPart().length() - "ItemType".length());
        }
        Element def = types.get(type);
        if (def == null || !seen.add(type)) {
            return null;
        }
        return baseOf(def, seen);
    }

    private String baseOf(Element typeDef, Set<QName> seen) {
        Element derivation = findDerivation(typeDef);
        if (derivation == null || !derivation.hasAttribute("base")) {
            return null;
        }
        return typeBase(Ns.qname(derivation, derivation.getAttribute("base")), seen);
    }

    private static Element findDerivation(Element e) {
        for (Element c : Ns.children(e)) {
            if (!Ns.XS.equals(c.getNamespaceURI())) {
                continue;
            }
            String n = c.getLocalName();
            if (n.equals("restriction") || n.equals("extension")) {
                return c;
            }
            if (n.equals("simpleContent") || n.equals("complexContent")) {
                return findDerivation(c);
            }
        }
        return null;
    }

    private static Element firstChild(Element e, String... names) {
        for (Element c : Ns.children(e)) {
            if (Ns.XS.equals(c.getNamespaceURI()) && java.util.Arrays.asList(names).contains(c.getLocalName())) {
                return c;
            }
        }
        return null;
    }

    /** The declared type of an attribute of a global element, for typed comparison of segment content (4.10 x-equal). */
    String attributeType(QName element, String attrNs, String attrLocal) {
        Element decl = elements.get(element);
        if (decl == null) {
            return null;
        }
        Element type = firstChild(decl, "complexType");
        if (type == null && decl.hasAttribute("type")) {
            type = types.get(Ns.qname(decl, decl.getAttribute("type")));
        }
        return type == null ? null : findAttributeType(type, attrNs, attrLocal, 0);
    }

    /** The XML Schema built-in type a global attribute declaration derives from (e.g. "decimal"), or null. */
    String globalAttributeType(QName attribute) {
        Element decl = attributes.get(attribute);
        if (decl == null) {
            return null;
        }
        if (decl.hasAttribute("type")) {
            return builtin(Ns.qname(decl, decl.getAttribute("type")), 0);
        }
        Element simple = firstChild(decl, "simpleType");
        Element d = simple == null ? null : findDerivation(simple);
        return d == null || !d.hasAttribute("base") ? null : builtin(Ns.qname(d, d.getAttribute("base")), 0);
    }

    /** The declared simple type of a simple-typed global element's content. */
    String contentType(QName element) {
        Element decl = elements.get(element);
        if (decl == null || !decl.hasAttribute("type")) {
            return null;
        }
        QName t = Ns.qname(decl, decl.getAttribute("type"));
        return builtin(t, 0);
    }

    private String findAttributeType(Element e, String ns, String local, int depth) {
        if (depth > 20) {
            return null;
        }
        for (Element c : Ns.children(e)) {
            if (!Ns.XS.equals(c.getNamespaceURI())) {
                continue;
            }
            if (c.getLocalName().equals("attribute") && local.equals(c.getAttribute("name")) && (ns == null || ns.isEmpty())) {
                return c.hasAttribute("type") ? builtin(Ns.qname(c, c.getAttribute("type")), 0) : null;
            }
            if (c.getLocalName().equals("attribute") || c.getLocalName().equals("annotation")) {
                continue;
            }
            String found = findAttributeType(c, ns, local, depth + 1);
            if (found != null) {
                return found;
            }
        }
        return null;
    }

    /** The XML Schema built-in type a simple type derives from (e.g. "decimal"), when it can be found. */
    private String builtin(QName t, int depth) {
        if (t == null || depth > 20) {
            return null;
        }
        if (Ns.XS.equals(t.getNamespaceURI())) {
            return t.getLocalPart();
        }
        Element def = types.get(t);
        if (def == null) {
            return null;
        }
        Element d = findDerivation(def);
        return d == null || !d.hasAttribute("base") ? null : builtin(Ns.qname(d, d.getAttribute("base")), depth + 1);
    }
}
