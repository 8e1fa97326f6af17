package dev.xreport.mutate;

import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/** Mutations of the taxonomy's linkbases: arcs, locators, cycles, labels, roles. */
final class LinkbaseMutations {
    private static final String PARENT_CHILD = "http://www.xbrl.org/2003/arcrole/parent-child";
    private static final String SUMMATION_ITEM = "http://www.xbrl.org/2003/arcrole/summation-item";
    private static final String STANDARD_LABEL = "http://www.xbrl.org/2003/role/label";

    private LinkbaseMutations() { }

    static List<Mutation> all() {
        return List.of(
                Mutation.of("arc-dropped:presentation", (c, r) -> dropArc(c, r, Taxonomies.PRE, "presentationArc")),
                Mutation.of("arc-dropped:calculation", (c, r) -> dropArc(c, r, Taxonomies.CAL, "calculationArc")),
                Mutation.of("arc-dropped:definition", (c, r) -> dropArc(c, r, Taxonomies.DEF, "definitionArc")),
                Mutation.of("arc-doubled:presentation", (c, r) -> doubleArc(c, r, Taxonomies.PRE, "presentationArc")),
                Mutation.of("arc-doubled:calculation", (c, r) -> doubleArc(c, r, Taxonomies.CAL, "calculationArc")),
                Mutation.of("arc-doubled:definition", (c, r) -> doubleArc(c, r, Taxonomies.DEF, "definitionArc")),
                Mutation.of("locator-href-broken", LinkbaseMutations::breakLocator),
                Mutation.of("cycle-added:presentation", (c, r) -> reverseArc(c, r, Taxonomies.PRE, "presentationArc", PARENT_CHILD)),
                Mutation.of("cycle-added:calculation", (c, r) -> reverseArc(c, r, Taxonomies.CAL, "calculationArc", SUMMATION_ITEM)),
                Mutation.of("cycle-added:definition", (c, r) -> reverseArc(c, r, Taxonomies.DEF, "definitionArc",
                        Taxonomies.DOMAIN_MEMBER)),
                Mutation.of("label-role-removed", LinkbaseMutations::removeLabelRole),
                Mutation.of("label-role-changed:undeclared", LinkbaseMutations::undeclaredLabelRole),
                Mutation.of("label-deleted", LinkbaseMutations::deleteLabel),
                Mutation.of("calc-weight-flipped", LinkbaseMutations::flipWeight),
                Mutation.of("calc-weight-zero", LinkbaseMutations::zeroWeight),
                Mutation.of("roleRef-removed", LinkbaseMutations::removeRoleRef),
                Mutation.of("arcrole-undeclared", LinkbaseMutations::undeclaredArcrole));
    }

    private static Optional<String> dropArc(XbrlCopy copy, SplittableRandom random, String linkbase, String arc) {
        return Xml.pick(Taxonomies.arcs(copy.linkbases(linkbase), arc), random).map(a -> {
            String what = Taxonomies.describe(a);
            Xml.remove(a);
            return "dropped " + arc + " " + what;
        });
    }

    private static Optional<String> doubleArc(XbrlCopy copy, SplittableRandom random, String linkbase, String arc) {
        return Xml.pick(Taxonomies.arcs(copy.linkbases(linkbase), arc), random).map(a -> {
            Xml.duplicate(a);
            return "doubled " + arc + " " + Taxonomies.describe(a);
        });
    }

    private static Optional<String> breakLocator(XbrlCopy copy, SplittableRandom random) {
        List<Element> locs = List.of(Taxonomies.PRE, Taxonomies.CAL, Taxonomies.DEF, Taxonomies.LAB).stream()
                .flatMap(l -> copy.linkbases(l).stream()).flatMap(d -> Xml.elements(d, Xml.LINK, "loc").stream()).toList();
        return Xml.pick(locs, random).map(l -> {
            String was = Xml.xlink(l, "href");
            l.setAttributeNS(Xml.XLINK, "xlink:href", was.substring(0, was.indexOf('#') + 1) + "xr_NoSuchConcept");
            return "locator " + Xml.xlink(l, "label") + " in " + linkbaseName(l) + ": href " + was + " became " + Xml.xlink(l, "href");
        });
    }

    /** Adds, beside an arc of {@code arcrole}, the arc back from its target to its source. */
    private static Optional<String> reverseArc(XbrlCopy copy, SplittableRandom random, String linkbase, String arc, String arcrole) {
        List<Element> arcs = Taxonomies.arcs(copy.linkbases(linkbase), arc).stream()
                .filter(a -> arcrole.equals(Xml.xlink(a, "arcrole"))).toList();
        return Xml.pick(arcs, random).map(a -> {
            Element back = Xml.duplicate(a);
            back.setAttributeNS(Xml.XLINK, "xlink:from", Xml.xlink(a, "to"));
            back.setAttributeNS(Xml.XLINK, "xlink:to", Xml.xlink(a, "from"));
            return "added the arc back beside " + arc + " " + Taxonomies.describe(a);
        });
    }

    private static List<Element> labels(XbrlCopy copy) {
        return copy.linkbases(Taxonomies.LAB).stream().flatMap(d -> Xml.elements(d, Xml.LINK, "label").stream()).toList();
    }

    private static Optional<String> removeLabelRole(XbrlCopy copy, SplittableRandom random) {
        List<Element> labels = labels(copy).stream().filter(l -> !Xml.xlink(l, "role").isEmpty()).toList();
        return Xml.pick(labels, random).map(l -> {
            String was = Xml.xlink(l, "role");
            l.removeAttributeNS(Xml.XLINK, "role");
            return "label " + Xml.xlink(l, "label") + " (" + l.getAttributeNS("http://www.w3.org/XML/1998/namespace", "lang")
                    + "): role " + Taxonomies.lastSegment(was) + " removed" + (STANDARD_LABEL.equals(was) ? " (it was the standard role)" : "");
        });
    }

    private static Optional<String> undeclaredLabelRole(XbrlCopy copy, SplittableRandom random) {
        return Xml.pick(labels(copy), random).map(l -> {
            l.setAttributeNS(Xml.XLINK, "xlink:role", "https://example.com/role/undeclaredLabel");
            return "label " + Xml.xlink(l, "label") + ": role became https://example.com/role/undeclaredLabel, which no roleRef declares";
        });
    }

    private static Optional<String> deleteLabel(XbrlCopy copy, SplittableRandom random) {
        return Xml.pick(labels(copy), random).map(l -> {
            Xml.remove(l);
            return "label resource " + Xml.xlink(l, "label") + " in " + l.getOwnerDocument().getDocumentURI().replaceAll(".*/", "")
                    + " deleted; its arc stays";
        });
    }

    private static List<Element> calculationArcs(XbrlCopy copy) {
        return Taxonomies.arcs(copy.linkbases(Taxonomies.CAL), "calculationArc");
    }

    private static Optional<String> flipWeight(XbrlCopy copy, SplittableRandom random) {
        return Xml.pick(calculationArcs(copy), random).map(a -> {
            String was = a.getAttribute("weight");
            a.setAttribute("weight", was.startsWith("-") ? was.substring(1) : "-" + was);
            return "calculationArc " + Taxonomies.describe(a) + ": weight " + was + " became " + a.getAttribute("weight");
        });
    }

    private static Optional<String> zeroWeight(XbrlCopy copy, SplittableRandom random) {
        return Xml.pick(calculationArcs(copy), random).map(a -> {
            a.setAttribute("weight", "0");
            return "calculationArc " + Taxonomies.describe(a) + ": weight 0";
        });
    }

    private static Optional<String> removeRoleRef(XbrlCopy copy, SplittableRandom random) {
        List<Element> refs = List.of(Taxonomies.PRE, Taxonomies.CAL, Taxonomies.DEF, Taxonomies.LAB).stream()
                .flatMap(l -> copy.linkbases(l).stream()).flatMap(d -> Xml.elements(d, Xml.LINK, "roleRef").stream()).toList();
        return Xml.pick(refs, random).map(r -> {
            String name = linkbaseName(r);
            Xml.remove(r);
            return "roleRef " + r.getAttribute("roleURI") + " removed from " + name;
        });
    }

    private static Optional<String> undeclaredArcrole(XbrlCopy copy, SplittableRandom random) {
        List<Element> arcs = List.of(Taxonomies.PRE, Taxonomies.CAL).stream().flatMap(l -> copy.linkbases(l).stream())
                .flatMap(d -> Xml.children(d.getDocumentElement()).stream()).flatMap(link -> Xml.children(link).stream())
                .filter(e -> "arc".equals(Xml.xlink(e, "type"))).toList();
        return Xml.pick(arcs, random).map(a -> {
            String was = Taxonomies.describe(a);
            a.setAttributeNS(Xml.XLINK, "xlink:arcrole", "https://example.com/arcrole/undeclared");
            return a.getLocalName() + " " + was + ": arcrole became https://example.com/arcrole/undeclared, which no arcroleRef declares";
        });
    }

    private static String linkbaseName(Element e) {
        Document d = e.getOwnerDocument();
        return d.getDocumentURI() == null ? "a linkbase" : d.getDocumentURI().replaceAll(".*/", "");
    }
}
