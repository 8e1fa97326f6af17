package dev.xreport.xbrl.validate;

import java.io.ByteArrayInputStream;
import java.io.IOException;
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
    /** The DOM user-data key under which each element keeps its {@link Pos}. */
    static final String POS = "xreport.pos";

    /** 1-based line and column where an element's start tag ends (what a SAX locator reports). */
    record Pos(int line, int column) { }

    private XmlDocs() { }

    /** Parses {@code bytes}; {@code systemId} names the document in messages and resolves nothing. */
    static Document parse(byte[] bytes, String systemId) throws IOException, SAXException {
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
            DomBuilder builder = new DomBuilder(newDocument());
            reader.setContentHandler(builder);
            reader.setErrorHandler(new DefaultHandler() {
                @Override
                public void fatalError(org.xml.sax.SAXParseException e) throws SAXException {
                    throw e;
                }
            });
            InputSource in = new InputSource(new ByteArrayInputStream(bytes));
            in.setSystemId(systemId);
            reader.parse(in);
            Document doc = builder.doc;
            doc.setDocumentURI(systemId);
            return doc;
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
        for (Node n = node; n != null; n = n.getParentNode()) {
            Object p = n.getUserData(POS);
            if (p instanceof Pos pos) {
                return pos;
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

        DomBuilder(Document doc) {
            this.doc = doc;
            this.current = doc;
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
                e.setUserData(POS, new Pos(locator.getLineNumber(), locator.getColumnNumber()), null);
            }
            current.appendChild(e);
            current = e;
        }

        @Override
        public void endElement(String uri, String localName, String qName) {
            depth--;
            current = current.getParentNode();
        }

        @Override
        public void characters(char[] ch, int start, int length) {
            if (current == doc) {
                return;
            }
            Node last = current.getLastChild();
            if (last instanceof Text t) {
                t.appendData(new String(ch, start, length));
            } else {
                current.appendChild(doc.createTextNode(new String(ch, start, length)));
            }
        }

        @Override
        public void ignorableWhitespace(char[] ch, int start, int length) {
            characters(ch, start, length);
        }
    }
}
