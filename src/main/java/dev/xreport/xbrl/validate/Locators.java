package dev.xreport.xbrl.validate;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;

/**
 * What an xlink:href of a locator, roleRef or arcroleRef points to (XBRL 2.1 3.5.4): the document,
 * xml:base applied, and the element its fragment names, a shorthand pointer (an id, percent-encoded
 * characters decoded) or a sequence of element() scheme pointers, the first that resolves winning. No
 * other XPointer scheme is allowed.
 */
final class Locators {
    private static final Pattern ELEMENT_SCHEME = Pattern.compile("element\\(([^()]*)\\)");
    private static final Pattern NCNAME = Pattern.compile("[\\p{L}_][\\p{L}\\p{N}._\\-\\p{Mn}\\p{Mc}\\u00B7]*");

    /**
     * Where an href points: {@code docUri} (null when not a URI), the element (null when none), and
     * {@code problem}, a message when the pointer is not allowed or names nothing in a document of the DTS.
     */
    record Target(String docUri, Element element, String problem) { }

    private final Dts dts;
    /** The elements of each DTS document by id, made when a pointer first needs them. */
    private final Map<Document, Map<String, Element>> ids = new ConcurrentHashMap<>();

    Locators(Dts dts) {
        this.dts = dts;
    }

    /** Targets already resolved, by base URI and href: a concept is located from many links. */
    private final Map<String, Target> resolved = new ConcurrentHashMap<>();

    /** The target of the xlink:href of {@code e}, which is in the document {@code docUri}. */
    Target target(Element e, String docUri) {
        String href = e.getAttributeNS(Ns.XLINK, "href").trim();
        String base = Dts.base(e, docUri);
        String key = docUri + "\u0000" + base + "\u0000" + href;
        Target known = resolved.get(key);
        if (known == null) {
            known = resolve(e, docUri, href);
            resolved.put(key, known);
        }
        return known;
    }

    private Target resolve(Element e, String docUri, String href) {
        int hash = href.indexOf('#');
        String docPart = hash < 0 ? href : href.substring(0, hash);
        // an empty document part is the document the href is in (RFC 3986 4.4, a same-document reference)
        String target = docPart.isEmpty() ? docUri : document(Dts.base(e, docUri), docPart);
        if (target == null) {
            return new Target(null, null, "\"" + href + "\" is not a URI");
        }
        Dts.Doc doc = dts.doc(target);
        if (doc == null) {
            return new Target(target, null, null); // not read: reported by the DTS discovery
        }
        if (hash < 0) {
            return new Target(target, doc.dom().getDocumentElement(), null);
        }
        String fragment = href.substring(hash + 1);
        if (fragment.indexOf('%') >= 0) {
            try {
                fragment = URLDecoder.decode(fragment.replace("+", "%2B"), StandardCharsets.UTF_8);
            } catch (IllegalArgumentException ex) {
                return new Target(target, null, "the fragment of \"" + href + "\" is not percent-encoded correctly");
            }
        }
        if (NCNAME.matcher(fragment).matches()) {
            Element found = byId(doc.dom()).get(fragment);
            return new Target(target, found, found == null ? "no element of \"" + href + "\" has the id \"" + fragment + "\"" : null);
        }
        Matcher m = ELEMENT_SCHEME.matcher(fragment);
        int at = 0;
        Element found = null;
        while (at < fragment.length()) {
            if (!m.find(at) || m.start() != at) {
                return new Target(target, null, "\"" + href + "\" is neither a shorthand pointer nor element() scheme"
                        + " pointers, the only XPointers XBRL 2.1 allows (3.5.4)");
            }
            if (found == null) {
                found = childSequence(doc.dom(), m.group(1));
            }
            at = m.end();
            while (at < fragment.length() && Character.isWhitespace(fragment.charAt(at))) {
                at++;
            }
        }
        return new Target(target, found, found == null ? "\"" + href + "\" points to no element" : null);
    }

    /** Documents already resolved, by base URI and the href's document part ("" for one that is not a URI). */
    private final Map<String, String> documents = new ConcurrentHashMap<>();

    /** The absolute URI of the document {@code docPart} names from {@code base}, or null: most locators of a link name one schema. */
    private String document(String base, String docPart) {
        String uri = documents.computeIfAbsent(base + "\u0000" + docPart, k -> {
            String resolved = dts.resolve(base, docPart);
            return resolved == null ? "" : resolved;
        });
        return uri.isEmpty() ? null : uri;
    }

    /** The element an element() scheme's {@code id/1/2} or {@code /1/2} names, or null. */
    private Element childSequence(Document doc, String pointer) {
        String[] steps = pointer.trim().split("/", -1);
        Node at;
        int first;
        if (steps[0].isEmpty()) {
            at = doc;
            first = 1;
        } else {
            at = byId(doc).get(steps[0]);
            first = 1;
        }
        for (int i = first; i < steps.length && at != null; i++) {
            int n;
            try {
                n = Integer.parseInt(steps[i]);
            } catch (NumberFormatException ex) {
                return null;
            }
            List<Element> children = Ns.children(at);
            at = n >= 1 && n <= children.size() ? children.get(n - 1) : null;
        }
        return at instanceof Element el ? el : null;
    }

    private Map<String, Element> byId(Document doc) {
        return ids.computeIfAbsent(doc, d -> {
            Map<String, Element> out = new HashMap<>();
            collect(d.getDocumentElement(), out);
            return out;
        });
    }

    /** Ids: unprefixed id attributes (as XBRL schemas and linkbases declare them) and xml:id. */
    private static void collect(Element e, Map<String, Element> out) {
        NamedNodeMap attrs = e.getAttributes();
        for (int i = 0; i < attrs.getLength(); i++) {
            Node a = attrs.item(i);
            String ns = a.getNamespaceURI();
            if ("id".equals(a.getLocalName()) && (ns == null || Ns.XML.equals(ns))) {
                out.putIfAbsent(a.getNodeValue().trim(), e);
            }
        }
        for (Element c : Ns.children(e)) {
            collect(c, out);
        }
    }

    /** The QName of a global element declaration, or null when {@code e} is not one. */
    static javax.xml.namespace.QName declaredName(Element e) {
        if (e == null || !Ns.is(e, Ns.XS, "element") || !e.hasAttribute("name") || !Ns.is(e.getParentNode(), Ns.XS, "schema")) {
            return null;
        }
        Element schema = (Element) e.getParentNode();
        return new javax.xml.namespace.QName(schema.getAttribute("targetNamespace"), e.getAttribute("name"));
    }
}
