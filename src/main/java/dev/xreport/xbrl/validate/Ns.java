package dev.xreport.xbrl.validate;

import dev.xreport.xbrl.XbrlNamespaces;
import java.util.ArrayList;
import java.util.List;
import javax.xml.namespace.QName;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/** Namespace URIs of the XBRL specifications, and small DOM helpers. */
final class Ns {
    static final String XS = XbrlNamespaces.XS;
    static final String XSI = XbrlNamespaces.XSI;
    static final String XBRLI = XbrlNamespaces.XBRLI;
    static final String LINK = XbrlNamespaces.LINK;
    static final String XLINK = XbrlNamespaces.XLINK;
    static final String XML = XbrlNamespaces.XML;
    static final String ISO4217 = XbrlNamespaces.ISO4217;
    static final String SUMMATION_ITEM = "http://www.xbrl.org/2003/arcrole/summation-item";
    /** The summation-item arcrole of XBRL Calculations 1.1. */
    static final String SUMMATION_ITEM_11 = "https://xbrl.org/2023/arcrole/summation-item";
    static final String ESSENCE_ALIAS = "http://www.xbrl.org/2003/arcrole/essence-alias";
    static final String FACT_FOOTNOTE = "http://www.xbrl.org/2003/arcrole/fact-footnote";

    private Ns() { }

    static boolean is(Node n, String ns, String local) {
        return n != null && n.getNodeType() == Node.ELEMENT_NODE && ns.equals(n.getNamespaceURI()) && local.equals(n.getLocalName());
    }

    static List<Element> children(Node parent) {
        List<Element> out = new ArrayList<>();
        for (Node c = parent.getFirstChild(); c != null; c = c.getNextSibling()) {
            if (c.getNodeType() == Node.ELEMENT_NODE) {
                out.add((Element) c);
            }
        }
        return out;
    }

    static Element child(Node parent, String ns, String local) {
        for (Node c = parent.getFirstChild(); c != null; c = c.getNextSibling()) {
            if (is(c, ns, local)) {
                return (Element) c;
            }
        }
        return null;
    }

    /** An attribute's value, or null when absent (unlike {@link Element#getAttributeNS}, which gives ""). */
    static String attr(Element e, String ns, String local) {
        return e.hasAttributeNS(ns, local) ? e.getAttributeNS(ns, local) : null;
    }

    static String attr(Element e, String local) {
        return e.hasAttributeNS(null, local) ? e.getAttributeNS(null, local) : null;
    }

    /** Resolves a QName written in {@code context}'s scope; null when its prefix is not declared. */
    static QName qname(Element context, String lexical) {
        if (lexical == null) {
            return null;
        }
        String s = lexical.trim();
        int colon = s.indexOf(':');
        String prefix = colon < 0 ? null : s.substring(0, colon);
        String local = colon < 0 ? s : s.substring(colon + 1);
        String uri = context.lookupNamespaceURI(prefix);
        if (uri == null && prefix != null) {
            return null;
        }
        return new QName(uri == null ? "" : uri, local);
    }

    static QName qname(Node e) {
        return new QName(e.getNamespaceURI() == null ? "" : e.getNamespaceURI(), e.getLocalName());
    }

    static String text(Element e) {
        return e.getTextContent();
    }
}
