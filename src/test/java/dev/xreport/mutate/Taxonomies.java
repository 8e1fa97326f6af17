package dev.xreport.mutate;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/** What a taxonomy holds, as the mutations look for it: concepts, arcs, locators and what they point to. */
final class Taxonomies {
    static final String PRE = "_pre.xml";
    static final String CAL = "_cal.xml";
    static final String DEF = "_def.xml";
    static final String LAB = "_lab-";
    static final String DIMENSION_DEFAULT = "http://xbrl.org/int/dim/arcrole/dimension-default";
    static final String DOMAIN_MEMBER = "http://xbrl.org/int/dim/arcrole/domain-member";

    private Taxonomies() { }

    /** The concepts the schema declares, by name. */
    static Map<String, Element> concepts(Document schema) {
        Map<String, Element> out = new LinkedHashMap<>();
        for (Element e : Xml.children(schema.getDocumentElement())) {
            if (Xml.XS.equals(e.getNamespaceURI()) && "element".equals(e.getLocalName())) {
                out.put(e.getAttribute("name"), e);
            }
        }
        return out;
    }

    /** The concept name a locator's href points to ({@code x.xsd#xr_Cash} to Cash), or the fragment when no concept has that id. */
    static String concept(Document schema, Element loc) {
        String href = Xml.xlink(loc, "href");
        String id = href.substring(href.indexOf('#') + 1);
        for (Element e : concepts(schema).values()) {
            if (id.equals(e.getAttribute("id"))) {
                return e.getAttribute("name");
            }
        }
        return id;
    }

    /** The arcs {@code link:<arc>} of the documents. */
    static List<Element> arcs(List<Document> docs, String arc) {
        return docs.stream().flatMap(d -> Xml.elements(d, Xml.LINK, arc).stream()).toList();
    }

    /** The locator or resource an arc end names, in the arc's extended link. */
    static Element end(Element arc, String fromOrTo) {
        String label = Xml.xlink(arc, fromOrTo);
        for (Element e : Xml.children((Element) arc.getParentNode())) {
            if (label.equals(Xml.xlink(e, "label")) && !"arc".equals(Xml.xlink(e, "type"))) {
                return e;
            }
        }
        throw new IllegalStateException("no locator or resource labelled " + label);
    }

    /** {@code from -> to}, by the labels of the arc. */
    static String describe(Element arc) {
        return Xml.xlink(arc, "from") + " -> " + Xml.xlink(arc, "to") + " (" + lastSegment(Xml.xlink(arc, "arcrole"))
                + ", role " + lastSegment(Xml.xlink((Element) arc.getParentNode(), "role")) + ")";
    }

    /** The part of a URI after its last slash: {@code parent-child}. */
    static String lastSegment(String uri) {
        return uri.substring(uri.lastIndexOf('/') + 1);
    }

    /** The concepts the locators of {@code doc} point to. */
    static Set<String> located(Document schema, Document doc) {
        return Xml.elements(doc, Xml.LINK, "loc").stream().map(l -> concept(schema, l)).collect(Collectors.toSet());
    }

    /** For each dimension with a default, its default member (names of concepts). */
    static Map<String, String> defaults(XbrlCopy copy) {
        Map<String, String> out = new HashMap<>();
        Document schema = copy.schema();
        for (Element arc : arcs(copy.linkbases(DEF), "definitionArc")) {
            if (DIMENSION_DEFAULT.equals(Xml.xlink(arc, "arcrole"))) {
                out.put(concept(schema, end(arc, "from")), concept(schema, end(arc, "to")));
            }
        }
        return out;
    }
}
