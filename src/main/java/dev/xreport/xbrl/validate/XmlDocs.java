package dev.xreport.xbrl.validate;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParserFactory;
import org.w3c.dom.DOMException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.Text;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.Locator;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Parses XML into a DOM that remembers where each element starts, with every external access
 * switched off: no DOCTYPE, no external entities, no external DTD or schema.
 */
final class XmlDocs {
    /**
     * The user-data key under which each document keeps the {@link Pos} of its elements: one map per
     * document, since user data on every element costs the DOM a map of its own per node.
     */
    private static final String POS = "xreport.positions";

    /** 1-based line and column where an element's start tag ends (what a SAX locator reports). */
    record Pos(int line, int column) { }

    private XmlDocs() { }

    /** Parses {@code bytes}; {@code systemId} names the document in messages and resolves nothing. */
    static Document parse(byte[] bytes, String systemId) throws IOException, SAXException {
        return parse(new ByteArrayInputStream(bytes), systemId, false).dom();
    }

    /**
     * A parsed document. When its root is {@code xbrli:xbrl}, {@code children} lists the root's child
     * elements in document order: DOM elements, and {@link LeanItem}s for the text-only elements in a
     * taxonomy's namespace, which the DOM does not hold; {@code counts} gives how many children have
     * each name ({namespace}local). Otherwise both are null and the DOM is the whole document.
     */
    record Parsed(Document dom, List<Object> children, Map<String, Integer> counts) {
        /** The key of {@code counts} for an element name. */
        static String nameKey(String namespace, String localName) {
            return "{" + namespace + "}" + localName;
        }
    }

    /** Parses a document that may be an instance, keeping its items as {@link LeanItem}s. */
    static Parsed parseLean(InputStream in, String systemId) throws IOException, SAXException {
        return parse(in, systemId, true);
    }

    private static Parsed parse(InputStream bytes, String systemId, boolean lean) throws IOException, SAXException {
        try {
            SAXParserFactory f = SAXParserFactory.newInstance();
            f.setNamespaceAware(true);
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            f.setFeature("http://xml.org/sax/features/external-general-entities", false);
            f.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            f.setXIncludeAware(false);
            XMLReader reader = f.newSAXParser().getXMLReader();
            reader.setEntityResolver((publicId, sid) -> new InputSource(new ByteArrayInputStream(new byte[0])));
            DomBuilder builder = new DomBuilder(newDocument(), lean);
            reader.setContentHandler(builder);
            reader.setErrorHandler(new DefaultHandler() {
                @Override
                public void fatalError(org.xml.sax.SAXParseException e) throws SAXException {
                    throw e;
                }
            });
            InputSource in = new InputSource(bytes);
            in.setSystemId(systemId);
            reader.parse(in);
            Document doc = builder.doc;
            doc.setDocumentURI(systemId);
            return new Parsed(doc, builder.topLevel, builder.counts);
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("the JDK's SAX parser lacks a required feature", e);
        }
    }

    static Document newDocument() {
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setNamespaceAware(true);
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            return f.newDocumentBuilder().newDocument();
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException(e);
        }
    }

    static Pos pos(Node node) {
        Document doc = node.getNodeType() == Node.DOCUMENT_NODE ? (Document) node : node.getOwnerDocument();
        if (doc != null && doc.getUserData(POS) instanceof Map<?, ?> positions) {
            for (Node n = node; n != null; n = n.getParentNode()) {
                if (positions.get(n) instanceof Pos pos) {
                    return pos;
                }
            }
        }
        return new Pos(0, 0);
    }

    /**
     * How deep elements may nest. The validator walks the DOM recursively; no XBRL document nests
     * nearly this deep, and deeper input would exhaust the stack instead of giving a finding.
     */
    static final int MAX_DEPTH = 1000;

    /** Builds the DOM from SAX events, keeping namespace declarations as attributes and positions as user data. */
    private static final class DomBuilder extends DefaultHandler {
        private final Document doc;
        private Node current;
        private Locator locator;
        private int depth;
        private final java.util.List<String[]> pendingPrefixes = new java.util.ArrayList<>();
        private final boolean lean;
        /** The root's child elements when the root is xbrli:xbrl and items are kept lean; null otherwise. */
        private List<Object> topLevel;
        private Map<String, Integer> counts;
        /** The item being read, until it ends (kept lean) or a child starts (made a DOM element after all). */
        private LeanItem item;
        private final StringBuilder itemText = new StringBuilder();
        /** One String per distinct contextRef, unitRef or decimals value. */
        private final Map<String, String> shared = new HashMap<>();

        private final Map<Node, Pos> positions = new java.util.IdentityHashMap<>();

        DomBuilder(Document doc, boolean lean) {
            this.doc = doc;
            this.current = doc;
            this.lean = lean;
            doc.setUserData(POS, positions, null);
        }

        @Override
        public void setDocumentLocator(Locator locator) {
            this.locator = locator;
        }

        @Override
        public void startPrefixMapping(String prefix, String uri) {
            pendingPrefixes.add(new String[] {prefix, uri});
        }

        @Override
        public void startElement(String uri, String localName, String qName, Attributes atts) throws SAXException {
            if (++depth > MAX_DEPTH) {
                throw new SAXParseException("elements are nested more than " + MAX_DEPTH + " deep", locator);
            }
            if (item != null) {
                unlean();
            }
            if (depth == 2 && topLevel != null) {
                int ordinal = counts.merge(Parsed.nameKey(uri, localName), 1, Integer::sum);
                if (leanable(uri, atts)) {
                    item = lean(uri, localName, qName, atts, ordinal);
                    return;
                }
            }
            Element e;
            String name = qName;
            try {
                e = doc.createElementNS(uri == null || uri.isEmpty() ? null : uri, qName);
                for (String[] p : pendingPrefixes) {
                    name = p[0].isEmpty() ? "xmlns" : "xmlns:" + p[0];
                    e.setAttributeNS(XMLConstants.XMLNS_ATTRIBUTE_NS_URI, name, p[1]);
                }
                pendingPrefixes.clear();
                for (int i = 0; i < atts.getLength(); i++) {
                    String ns = atts.getURI(i);
                    name = atts.getQName(i);
                    e.setAttributeNS(ns == null || ns.isEmpty() ? null : ns, name, atts.getValue(i));
                }
            } catch (DOMException x) {
                // the parser passes names such as ":a", which XML allows and Namespaces in XML does not
                throw new SAXParseException("\"" + name + "\" is not a name Namespaces in XML 1.0 allows", locator);
            }
            if (locator != null) {
                positions.put(e, new Pos(locator.getLineNumber(), locator.getColumnNumber()));
            }
            current.appendChild(e);
            current = e;
            if (depth == 1 && lean && Ns.is(e, Ns.XBRLI, "xbrl")) {
                topLevel = new ArrayList<>();
                counts = new HashMap<>();
            } else if (depth == 2 && topLevel != null) {
                topLevel.add(e);
            }
        }

        /** Text-only children of xbrli:xbrl in a taxonomy's namespace, with no attribute that links or extends. */
        private boolean leanable(String uri, Attributes atts) {
            if (uri == null || uri.isEmpty() || uri.equals(Ns.XBRLI) || uri.equals(Ns.LINK) || uri.equals(Dts.XBRLDI)) {
                return false;
            }
            for (int i = 0; i < atts.getLength(); i++) {
                String ns = atts.getURI(i);
                if (!(ns == null || ns.isEmpty() || ns.equals(Ns.XSI) || ns.equals(Ns.XML))) {
                    return false;
                }
            }
            return true;
        }

        private LeanItem lean(String uri, String localName, String qName, Attributes atts, int ordinal) {
            String contextRef = null;
            String unitRef = null;
            String decimals = null;
            List<String> others = new ArrayList<>(0);
            for (String[] p : pendingPrefixes) {
                others.addAll(List.of(XMLConstants.XMLNS_ATTRIBUTE_NS_URI, p[0].isEmpty() ? "xmlns" : p[0],
                        p[0].isEmpty() ? "xmlns" : "xmlns:" + p[0], p[1]));
            }
            pendingPrefixes.clear();
            for (int k = 0; k < atts.getLength(); k++) {
                String ns = atts.getURI(k);
                String local = atts.getLocalName(k);
                String value = atts.getValue(k);
                if (ns.isEmpty() && local.equals("contextRef") && contextRef == null) {
                    contextRef = shared.computeIfAbsent(value, v -> v);
                } else if (ns.isEmpty() && local.equals("unitRef") && unitRef == null) {
                    unitRef = shared.computeIfAbsent(value, v -> v);
                } else if (ns.isEmpty() && local.equals("decimals") && decimals == null) {
                    decimals = shared.computeIfAbsent(value, v -> v);
                } else {
                    others.addAll(java.util.Arrays.asList(ns.isEmpty() ? null : ns, local, atts.getQName(k), value));
                }
            }
            itemText.setLength(0);
            int line = locator == null ? 0 : locator.getLineNumber();
            int column = locator == null ? 0 : locator.getColumnNumber();
            return new LeanItem(uri, localName, qName, contextRef, unitRef, decimals,
                    others.isEmpty() ? null : others.toArray(new String[0]), line, column, ordinal);
        }

        /** The item being read has a child element after all: it becomes a DOM element like any other. */
        private void unlean() throws SAXException {
            Element e;
            try {
                e = doc.createElementNS(item.namespace, item.tagName);
                item.attributes((ns, local, qname, value) -> e.setAttributeNS(ns, qname, value));
            } catch (DOMException x) {
                throw new SAXParseException("\"" + item.tagName + "\" is not a name Namespaces in XML 1.0 allows", locator);
            }
            positions.put(e, new Pos(item.line, item.column));
            if (itemText.length() > 0) {
                e.appendChild(doc.createTextNode(itemText.toString()));
            }
            current.appendChild(e);
            current = e;
            topLevel.add(e);
            item = null;
        }

        @Override
        public void endElement(String uri, String localName, String qName) {
            depth--;
            if (item != null) {
                item.text(itemText.toString());
                topLevel.add(item);
                item = null;
                return;
            }
            current = current.getParentNode();
        }

        @Override
        public void characters(char[] ch, int start, int length) {
            if (item != null) {
                itemText.append(ch, start, length);
                return;
            }
            if (current == doc) {
                return;
            }
            if (topLevel != null && current.getParentNode() == doc && blank(ch, start, length)) {
                return; // the layout between the children of xbrli:xbrl, whose content is elements only
            }
            Node last = current.getLastChild();
            if (last instanceof Text t) {
                t.appendData(new String(ch, start, length));
            } else {
                current.appendChild(doc.createTextNode(new String(ch, start, length)));
            }
        }

        private static boolean blank(char[] ch, int start, int length) {
            for (int i = start; i < start + length; i++) {
                if (ch[i] != ' ' && ch[i] != '\t' && ch[i] != '\n' && ch[i] != '\r') {
                    return false;
                }
            }
            return true;
        }

        @Override
        public void ignorableWhitespace(char[] ch, int start, int length) {
            characters(ch, start, length);
        }
    }
}
