package dev.xreport.xbrl.validate;

import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import org.w3c.dom.Attr;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;
import org.xml.sax.ContentHandler;
import org.xml.sax.Locator;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.AttributesImpl;

/**
 * Plays an instance back as SAX events — its DOM and its {@link LeanItem}s, in document order —
 * so that a schema validator can check it without a DOM of every fact. While an element's events
 * are played, {@link #current()} is that element (a DOM {@link Element} or a {@link LeanItem}),
 * and the locator gives its position: where the validator's findings belong.
 */
final class InstanceEvents {
    private final String systemId;
    private Object current;
    private boolean playingText;
    private int stated;

    InstanceEvents(String systemId) {
        this.systemId = systemId;
    }

    /** The element whose events are being played. */
    Object current() {
        return current;
    }

    /** How many attributes the element being played states: a validator passing on more has added defaults. */
    int statedAttributes() {
        return stated;
    }

    /** Whether the text being passed on is the document's own (not content the validator adds, such as an element's default). */
    boolean playingText() {
        return playingText;
    }

    /** Plays the document whose root is {@code root} and whose root's child elements are {@code children}. */
    void play(Element root, List<Object> children, ContentHandler out) throws SAXException {
        out.setDocumentLocator(new Place());
        out.startDocument();
        List<String> prefixes = start(root, out);
        for (Node n = root.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n.getNodeType() == Node.TEXT_NODE || n.getNodeType() == Node.CDATA_SECTION_NODE) {
                characters(n.getNodeValue(), out);
            }
        }
        for (Object child : children) {
            if (child instanceof LeanItem item) {
                lean(item, out);
            } else {
                element((Element) child, out);
            }
            current = root;
        }
        end(root, prefixes, out);
        out.endDocument();
    }

    private void element(Element e, ContentHandler out) throws SAXException {
        List<String> prefixes = start(e, out);
        for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n.getNodeType() == Node.ELEMENT_NODE) {
                element((Element) n, out);
                current = e;
            } else if (n.getNodeType() == Node.TEXT_NODE || n.getNodeType() == Node.CDATA_SECTION_NODE) {
                characters(n.getNodeValue(), out);
            }
        }
        end(e, prefixes, out);
    }

    private List<String> start(Element e, ContentHandler out) throws SAXException {
        current = e;
        List<String> prefixes = new ArrayList<>(0);
        AttributesImpl atts = new AttributesImpl();
        NamedNodeMap map = e.getAttributes();
        for (int i = 0; i < map.getLength(); i++) {
            Attr a = (Attr) map.item(i);
            String ns = a.getNamespaceURI();
            if (XMLConstants.XMLNS_ATTRIBUTE_NS_URI.equals(ns)) {
                String prefix = a.getName().equals("xmlns") ? "" : a.getLocalName();
                out.startPrefixMapping(prefix, a.getValue());
                prefixes.add(prefix);
            } else {
                String local = a.getLocalName() == null ? a.getName() : a.getLocalName();
                atts.addAttribute(ns == null ? "" : ns, local, a.getName(), "CDATA", a.getValue());
            }
        }
        stated = atts.getLength();
        out.startElement(uri(e.getNamespaceURI()), e.getLocalName(), e.getTagName(), atts);
        return prefixes;
    }

    private void end(Element e, List<String> prefixes, ContentHandler out) throws SAXException {
        current = e;
        out.endElement(uri(e.getNamespaceURI()), e.getLocalName(), e.getTagName());
        for (String prefix : prefixes) {
            out.endPrefixMapping(prefix);
        }
    }

    private void lean(LeanItem item, ContentHandler out) throws SAXException {
        current = item;
        List<String> prefixes = new ArrayList<>(0);
        AttributesImpl atts = new AttributesImpl();
        List<String[]> declared = new ArrayList<>(0);
        item.attributes((ns, local, qname, value) -> {
            if (XMLConstants.XMLNS_ATTRIBUTE_NS_URI.equals(ns)) {
                declared.add(new String[] {qname.equals("xmlns") ? "" : local, value});
            } else {
                atts.addAttribute(uri(ns), local, qname, "CDATA", value);
            }
        });
        for (String[] d : declared) {
            out.startPrefixMapping(d[0], d[1]);
            prefixes.add(d[0]);
        }
        stated = atts.getLength();
        out.startElement(item.namespace, item.localName, item.tagName, atts);
        characters(item.text(), out);
        out.endElement(item.namespace, item.localName, item.tagName);
        for (String prefix : prefixes) {
            out.endPrefixMapping(prefix);
        }
    }

    private void characters(String text, ContentHandler out) throws SAXException {
        if (text != null && !text.isEmpty()) {
            playingText = true;
            try {
                out.characters(text.toCharArray(), 0, text.length());
            } finally {
                playingText = false;
            }
        }
    }

    private static String uri(String ns) {
        return ns == null ? "" : ns;
    }

    /** The position of the element being played. */
    private final class Place implements Locator {
        @Override
        public String getPublicId() {
            return null;
        }

        @Override
        public String getSystemId() {
            return systemId;
        }

        @Override
        public int getLineNumber() {
            return current instanceof LeanItem item ? item.line : current instanceof Node n ? XmlDocs.pos(n).line() : 0;
        }

        @Override
        public int getColumnNumber() {
            return current instanceof LeanItem item ? item.column : current instanceof Node n ? XmlDocs.pos(n).column() : 0;
        }
    }
}
