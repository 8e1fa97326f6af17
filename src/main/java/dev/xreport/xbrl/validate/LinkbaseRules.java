package dev.xreport.xbrl.validate;

import dev.xreport.diag.Code;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.xml.namespace.QName;
import org.w3c.dom.Element;

/**
 * The XLink and XBRL 2.1 rules on linkbases that XML Schema does not check: roleRef and arcroleRef
 * (3.5.2.4, 3.5.2.5), roleType and arcroleType declarations and their usedOn (5.1.3, 5.1.4), locators
 * (3.5.3.7, 3.5.4), arcs (XLink 1.0 5.1.5, 5.2.2.3, 5.2.3.3). Per linkbase element and arc, never per fact.
 */
final class LinkbaseRules {
    private static final String STANDARD_ROLE = "http://www.xbrl.org/2003/role/";
    private static final String STANDARD_ARCROLE = "http://www.xbrl.org/2003/arcrole/";
    private static final Set<String> STANDARD_LINKS = Set.of(
            "labelLink", "referenceLink", "calculationLink", "definitionLink", "presentationLink");

    /** The arcs the XBRL 2.1 arcroles are defined for (5.2.2.3, 5.2.3.3, 5.2.4.2, 5.2.5.2, 5.2.6.2, 4.11.1.3.1). */
    private static final Map<String, String> STANDARD_ARCS = Map.of(
            STANDARD_ARCROLE + "concept-label", "labelArc",
            STANDARD_ARCROLE + "concept-reference", "referenceArc",
            STANDARD_ARCROLE + "parent-child", "presentationArc",
            STANDARD_ARCROLE + "summation-item", "calculationArc",
            STANDARD_ARCROLE + "general-special", "definitionArc",
            STANDARD_ARCROLE + "essence-alias", "definitionArc",
            STANDARD_ARCROLE + "similar-tuples", "definitionArc",
            STANDARD_ARCROLE + "requires-element", "definitionArc",
            STANDARD_ARCROLE + "fact-footnote", "footnoteArc");

    private final Dts dts;
    private final Sink sink;
    /** roleType and arcroleType declarations of the DTS, by URI. */
    private final Map<String, List<Element>> roleTypes = new LinkedHashMap<>();
    private final Map<String, List<Element>> arcroleTypes = new LinkedHashMap<>();
    /** The label roles each concept has a label of (any language), from the label links' labelArcs. */
    private final Map<QName, Set<String>> labelRoles = new HashMap<>();
    /** presentationArcs with a preferredLabel, and the concept they end at. */
    private final List<Map.Entry<Element, QName>> preferred = new ArrayList<>();

    private LinkbaseRules(Dts dts, Sink sink) {
        this.dts = dts;
        this.sink = sink;
    }

    static void check(Dts dts, Sink sink) {
        LinkbaseRules r = new LinkbaseRules(dts, sink);
        for (Dts.Doc d : dts.docs()) {
            if (d.kind() == Dts.Kind.SCHEMA) {
                r.declarations(d);
            }
        }
        r.equivalence(r.roleTypes, "roleURI");
        r.equivalence(r.arcroleTypes, "arcroleURI");
        for (Dts.Doc d : dts.docs()) {
            if (d.kind() == Dts.Kind.INSTANCE) {
                r.linkbase(d, d.dom().getDocumentElement());
            } else if (d.kind() == Dts.Kind.LINKBASE || d.kind() == Dts.Kind.SCHEMA) {
                r.linkbases(d, d.dom().getDocumentElement());
            }
        }
        r.preferredLabels();
    }

    /** 5.2.4.2.1: a preferredLabel names a role the concept at the end of the arc has a label of. */
    private void preferredLabels() {
        for (Map.Entry<Element, QName> p : preferred) {
            String role = p.getKey().getAttribute("preferredLabel").trim();
            if (!labelRoles.getOrDefault(p.getValue(), Set.of()).contains(role)) {
                sink.add(Code.XBRL_XLINK, p.getKey(), "preferredLabel \"" + role + "\": " + p.getValue().getLocalPart()
                        + " has no label of that role (5.2.4.2.1)");
            }
        }
    }

    /** The roleType and arcroleType elements in a schema's appinfo; usedOn repeated in one (5.1.3.4, 5.1.4.5). */
    private void declarations(Dts.Doc d) {
        Set<String> inThisSchema = new HashSet<>();
        for (Element annotation : Ns.children(d.dom().getDocumentElement())) {
            if (!Ns.is(annotation, Ns.XS, "annotation")) {
                continue;
            }
            for (Element appinfo : Ns.children(annotation)) {
                if (!Ns.is(appinfo, Ns.XS, "appinfo")) {
                    continue;
                }
                for (Element t : Ns.children(appinfo)) {
                    boolean role = Ns.is(t, Ns.LINK, "roleType");
                    if (!role && !Ns.is(t, Ns.LINK, "arcroleType")) {
                        continue;
                    }
                    String uri = t.getAttribute(role ? "roleURI" : "arcroleURI").trim();
                    (role ? roleTypes : arcroleTypes).computeIfAbsent(uri, k -> new ArrayList<>()).add(t);
                    if (!inThisSchema.add((role ? "role " : "arcrole ") + uri)) {
                        sink.add(Code.XBRL_ROLE_TYPE, t, "the " + (role ? "role" : "arcrole") + " \"" + uri
                                + "\" is declared twice in one schema (" + (role ? "5.1.3" : "5.1.4") + ")");
                    }
                    Set<QName> usedOn = new HashSet<>();
                    for (Element u : Ns.children(t)) {
                        if (Ns.is(u, Ns.LINK, "usedOn") && !usedOn.add(Ns.qname(u, u.getTextContent()))) {
                            sink.add(Code.XBRL_ROLE_TYPE, u, "usedOn \"" + u.getTextContent().trim() + "\" is given twice in one "
                                    + t.getLocalName() + " (" + (role ? "5.1.3.4" : "5.1.4.5") + ")");
                        }
                    }
                }
            }
        }
    }

    /** 5.1.3, 5.1.4: declarations of one URI in several schemas are equivalent (definition, usedOn, cyclesAllowed). */
    private void equivalence(Map<String, List<Element>> types, String uriAttr) {
        for (Map.Entry<String, List<Element>> e : types.entrySet()) {
            List<Element> decls = e.getValue();
            for (int i = 1; i < decls.size(); i++) {
                if (!signature(decls.get(0)).equals(signature(decls.get(i)))) {
                    sink.add(Code.XBRL_ROLE_TYPE, decls.get(i), "the " + decls.get(i).getLocalName() + " of " + uriAttr + " \""
                            + e.getKey() + "\" differs from another declaration of it in the DTS (5.1.3, 5.1.4)");
                }
            }
        }
    }

    private static String signature(Element t) {
        Set<QName> usedOn = new HashSet<>();
        String definition = "";
        for (Element c : Ns.children(t)) {
            if (Ns.is(c, Ns.LINK, "usedOn")) {
                usedOn.add(Ns.qname(c, c.getTextContent()));
            } else if (Ns.is(c, Ns.LINK, "definition")) {
                definition = c.getTextContent().trim().replaceAll("\\s+", " ");
            }
        }
        return usedOn + "|" + definition + "|" + t.getAttribute("cyclesAllowed").trim();
    }

    private void linkbases(Dts.Doc d, Element e) {
        if (Ns.is(e, Ns.LINK, "linkbase")) {
            linkbase(d, e);
            return;
        }
        for (Element c : Ns.children(e)) {
            if (Ns.XS.equals(c.getNamespaceURI()) || Ns.is(c, Ns.LINK, "linkbase") || d.kind() == Dts.Kind.LINKBASE) {
                linkbases(d, c);
            }
        }
    }

    /** One link:linkbase (or the instance, with its roleRefs, arcroleRefs and footnote links). */
    private void linkbase(Dts.Doc d, Element linkbase) {
        Set<String> roleRefs = refs(d, linkbase, "roleRef", "roleURI", "roleType", roleTypes, "3.5.2.4.5");
        Set<String> arcroleRefs = refs(d, linkbase, "arcroleRef", "arcroleURI", "arcroleType", arcroleTypes, "3.5.2.5.5");
        for (Element link : Ns.children(linkbase)) {
            if (!"extended".equals(link.getAttributeNS(Ns.XLINK, "type"))) {
                continue;
            }
            role(link, roleRefs);
            extendedLink(d, link, roleRefs, arcroleRefs);
        }
    }

    /** The URIs of the roleRefs (or arcroleRefs) of a linkbase: each once, each pointing to its declaration. */
    private Set<String> refs(Dts.Doc d, Element linkbase, String name, String uriAttr, String typeName,
                             Map<String, List<Element>> types, String section) {
        Set<String> uris = new HashSet<>();
        for (Element ref : Ns.children(linkbase)) {
            if (!Ns.is(ref, Ns.LINK, name)) {
                continue;
            }
            String uri = ref.getAttribute(uriAttr).trim();
            if (!uris.add(uri)) {
                sink.add(Code.XBRL_ROLE_TYPE, ref, "a second link:" + name + " for \"" + uri + "\" in one "
                        + (d.kind() == Dts.Kind.INSTANCE ? "instance" : "linkbase") + " (" + section + ")");
            }
            Locators.Target t = dts.locators().target(ref, d.uri());
            if (t.element() == null && t.problem() != null) {
                sink.add(Code.XBRL_ROLE_TYPE, ref, "link:" + name + " for \"" + uri + "\" points to no link:" + typeName + ": "
                        + t.problem() + " (" + section + ", 3.5.4)");
            } else if (t.element() != null) {
                if (!Ns.is(t.element(), Ns.LINK, typeName)) {
                    sink.add(Code.XBRL_ROLE_TYPE, ref, "link:" + name + " for \"" + uri + "\" does not point to a link:" + typeName);
                } else if (!t.element().getAttribute(uriAttr).trim().equals(uri)) {
                    sink.add(Code.XBRL_ROLE_TYPE, ref, "link:" + name + " for \"" + uri + "\" points to the link:" + typeName
                            + " of \"" + t.element().getAttribute(uriAttr).trim() + "\" (" + section + ")");
                }
            }
        }
        return uris;
    }

    /** A custom xlink:role on an extended link or resource: declared by a roleRef of its linkbase and usable there. */
    private void role(Element e, Set<String> roleRefs) {
        String role = Ns.attr(e, Ns.XLINK, "role");
        if (!Ns.LINK.equals(e.getNamespaceURI())) {
            return; // custom links, arcs and resources: XBRL 2.1 constrains its own elements only (220)
        }
        if (role == null || role.trim().isEmpty() || role.trim().startsWith(STANDARD_ROLE)) {
            return;
        }
        role = role.trim();
        if (!roleRefs.contains(role)) {
            sink.add(Code.XBRL_ROLE_TYPE, e, e.getTagName() + " uses the role \"" + role
                    + "\", which no link:roleRef of its linkbase declares (3.5.2.4)");
        } else {
            usedOn(e, roleTypes.get(role), role);
        }
    }

    private void usedOn(Element e, List<Element> decls, String uri) {
        if (decls == null || decls.isEmpty()) {
            return;
        }
        QName name = Ns.qname(e);
        for (Element u : Ns.children(decls.get(0))) {
            if (Ns.is(u, Ns.LINK, "usedOn") && name.equals(Ns.qname(u, u.getTextContent()))) {
                return;
            }
        }
        sink.add(Code.XBRL_ROLE_TYPE, e, "\"" + uri + "\" is not declared for use on " + e.getTagName()
                + " (its " + decls.get(0).getTagName() + " lists other elements in usedOn: 5.1.3.4, 5.1.4.5)");
    }

    private void extendedLink(Dts.Doc d, Element link, Set<String> roleRefs, Set<String> arcroleRefs) {
        Map<String, Element> locators = new HashMap<>();
        Map<String, List<Element>> resources = new HashMap<>();
        List<Element> arcs = new ArrayList<>();
        boolean standard = Ns.LINK.equals(link.getNamespaceURI()) && STANDARD_LINKS.contains(link.getLocalName());
        for (Element c : Ns.children(link)) {
            String type = c.getAttributeNS(Ns.XLINK, "type");
            String label = c.getAttributeNS(Ns.XLINK, "label");
            switch (type) {
                case "locator" -> {
                    locators.put(label, c);
                    if (d.kind() != Dts.Kind.INSTANCE) { // footnote locators: Footnotes
                        locator(d, c, standard);
                    }
                }
                case "resource" -> {
                    resources.computeIfAbsent(label, k -> new ArrayList<>()).add(c);
                    role(c, roleRefs);
                }
                case "arc" -> arcs.add(c);
                default -> { }
            }
        }
        Map<String, Element> fromTo = new HashMap<>();
        for (Element arc : arcs) {
            String from = arc.getAttributeNS(Ns.XLINK, "from");
            String to = arc.getAttributeNS(Ns.XLINK, "to");
            Element first = fromTo.putIfAbsent(from + "\u0000" + to, arc);
            if (first != null) {
                sink.add(Code.XBRL_XLINK, arc, "a second arc from \"" + from + "\" to \"" + to
                        + "\" in one extended link (XLink 1.0 5.1.5: each from-to pair once, whatever the arcrole)");
            }
            String arcrole = arc.getAttributeNS(Ns.XLINK, "arcrole").trim();
            String standardArc = STANDARD_ARCS.get(arcrole);
            if (standardArc != null && Ns.LINK.equals(arc.getNamespaceURI()) && !standardArc.equals(arc.getLocalName())) {
                sink.add(Code.XBRL_ROLE_TYPE, arc, arc.getTagName() + " uses the arcrole \"" + arcrole
                        + "\", which XBRL 2.1 defines for link:" + standardArc + " only (5.2)");
            }
            if (!arcrole.isEmpty() && !arcrole.startsWith(STANDARD_ARCROLE) && Ns.LINK.equals(arc.getNamespaceURI())) {
                if (!arcroleRefs.contains(arcrole)) {
                    sink.add(Code.XBRL_ROLE_TYPE, arc, arc.getTagName() + " uses the arcrole \"" + arcrole
                            + "\", which no link:arcroleRef of its linkbase declares (3.5.2.5)");
                } else {
                    usedOn(arc, arcroleTypes.get(arcrole), arcrole);
                }
            }
            if (Ns.is(arc, Ns.LINK, "labelArc") && locators.containsKey(from) && !"prohibited".equals(arc.getAttribute("use").trim())) {
                QName concept = Locators.declaredName(dts.locators().target(locators.get(from), d.uri()).element());
                for (Element label : resources.getOrDefault(to, List.of())) {
                    String role = label.hasAttributeNS(Ns.XLINK, "role") ? label.getAttributeNS(Ns.XLINK, "role").trim()
                            : STANDARD_ROLE + "label";
                    if (concept != null) {
                        labelRoles.computeIfAbsent(concept, k -> new HashSet<>()).add(role);
                    }
                }
            }
            if (Ns.is(arc, Ns.LINK, "presentationArc") && arc.hasAttribute("preferredLabel") && locators.containsKey(to)) {
                QName concept = Locators.declaredName(dts.locators().target(locators.get(to), d.uri()).element());
                if (concept != null) {
                    preferred.add(Map.entry(arc, concept));
                }
            }
            boolean resourceArc = Ns.is(arc, Ns.LINK, "labelArc") || Ns.is(arc, Ns.LINK, "referenceArc");
            if (resourceArc && locators.containsKey(to)) {
                Element target = dts.locators().target(locators.get(to), d.uri()).element();
                if (Locators.declaredName(target) != null) {
                    sink.add(Code.XBRL_XLINK, arc, arc.getTagName() + " to the locator \"" + to + "\" of a concept:"
                            + " a label or reference arc ends at a label or reference (5.2.2.3, 5.2.3.3)");
                } else if (!"prohibited".equals(arc.getAttribute("use").trim())) {
                    sink.add(Code.XBRL_XLINK, arc, arc.getTagName() + " to the locator \"" + to + "\": a label or reference arc"
                            + " that is not prohibited must end at a resource of its own link (5.2.2.3, 5.2.3.3)");
                }
            }
        }
    }

    /** 3.5.3.7.2: a locator points to an element through an allowed pointer; in the standard links, to a concept. */
    private void locator(Dts.Doc d, Element loc, boolean standardLink) {
        if (!loc.hasAttributeNS(Ns.XLINK, "href")) {
            return;
        }
        Locators.Target t = dts.locators().target(loc, d.uri());
        if (t.problem() != null) {
            sink.add(Code.XBRL_XLINK, loc, "locator \"" + loc.getAttributeNS(Ns.XLINK, "label") + "\": " + t.problem());
        } else if (standardLink && Ns.is(loc, Ns.LINK, "loc") && t.element() != null && Locators.declaredName(t.element()) == null
                && !"resource".equals(t.element().getAttributeNS(Ns.XLINK, "type"))) {
            sink.add(Code.XBRL_XLINK, loc, "locator \"" + loc.getAttributeNS(Ns.XLINK, "label") + "\" of a " + loc.getParentNode()
                    .getLocalName() + " points to " + t.element().getTagName() + ", not to an element declaration or a resource (5.2, 3.5.3.7.2)");
        }
    }
}
