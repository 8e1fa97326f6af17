package dev.xreport.mutate;

import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/** Mutations that give the instance a footnote link: a good one, and ones pointing where XBRL 2.1 4.11 forbids. */
final class FootnoteMutations {
    private static final String FACT_FOOTNOTE = "http://www.xbrl.org/2003/arcrole/fact-footnote";
    private static final String STANDARD_LINK = "http://www.xbrl.org/2003/role/link";
    private static final String FOOTNOTE_ROLE = "http://www.xbrl.org/2003/role/footnote";

    private FootnoteMutations() { }

    static List<Mutation> all() {
        return List.of(
                Mutation.of("footnote-added", (c, r) -> footnote(c, r, Target.FACT)),
                Mutation.of("footnote-dangling", (c, r) -> footnote(c, r, Target.NOTHING)),
                Mutation.of("footnote-to-context", (c, r) -> footnote(c, r, Target.CONTEXT)));
    }

    /** What the footnote's locator points to. */
    private enum Target { FACT, NOTHING, CONTEXT }

    private static Optional<String> footnote(XbrlCopy copy, SplittableRandom random, Target target) {
        Document doc = copy.instance();
        List<Element> pointable = target == Target.CONTEXT ? Instances.contexts(doc) : Instances.facts(doc);
        return Xml.pick(pointable, random).map(e -> {
            String id;
            if (target == Target.NOTHING) {
                id = "f_nowhere";
            } else if (e.hasAttribute("id")) {
                id = e.getAttribute("id");
            } else {
                id = "f_footnoted";
                e.setAttribute("id", id);
            }
            doc.getDocumentElement().appendChild(link(doc, id));
            return "a footnote on " + (target == Target.CONTEXT ? "context " + id : target == Target.NOTHING
                    ? "#f_nowhere, which no element has as id" : "fact " + Instances.name(e));
        });
    }

    private static Element link(Document doc, String id) {
        Element link = doc.createElementNS(Xml.LINK, "link:footnoteLink");
        xlink(link, "type", "extended");
        xlink(link, "role", STANDARD_LINK);
        Element loc = doc.createElementNS(Xml.LINK, "link:loc");
        xlink(loc, "type", "locator");
        xlink(loc, "href", "#" + id);
        xlink(loc, "label", "fact");
        Element note = doc.createElementNS(Xml.LINK, "link:footnote");
        xlink(note, "type", "resource");
        xlink(note, "label", "note");
        xlink(note, "role", FOOTNOTE_ROLE);
        note.setAttributeNS("http://www.w3.org/XML/1998/namespace", "xml:lang", "en");
        note.setTextContent("A footnote.");
        Element arc = doc.createElementNS(Xml.LINK, "link:footnoteArc");
        xlink(arc, "type", "arc");
        xlink(arc, "arcrole", FACT_FOOTNOTE);
        xlink(arc, "from", "fact");
        xlink(arc, "to", "note");
        link.appendChild(loc);
        link.appendChild(note);
        link.appendChild(arc);
        return link;
    }

    private static void xlink(Element e, String attribute, String value) {
        e.setAttributeNS(Xml.XLINK, "xlink:" + attribute, value);
    }
}
