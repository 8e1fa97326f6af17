package dev.xreport.mutate;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.Transformer;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/** The XML a mutation needs: namespaces, reading and writing documents, finding elements, picking one. */
final class Xml {
    static final String XBRLI = "http://www.xbrl.org/2003/instance";
    static final String LINK = "http://www.xbrl.org/2003/linkbase";
    static final String XLINK = "http://www.w3.org/1999/xlink";
    static final String XBRLDI = "http://xbrl.org/2006/xbrldi";
    static final String XS = "http://www.w3.org/2001/XMLSchema";
    static final String XBRLDT = "http://xbrl.org/2005/xbrldt";

    private static final DocumentBuilderFactory PARSERS = parsers();
    private static final TransformerFactory WRITERS = TransformerFactory.newInstance();

    private Xml() { }

    private static DocumentBuilderFactory parsers() {
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setNamespaceAware(true);
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            return f;
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException(e);
        }
    }

    static Document read(Path file) throws IOException {
        try {
            synchronized (PARSERS) {
                return PARSERS.newDocumentBuilder().parse(file.toFile());
            }
        } catch (ParserConfigurationException | SAXException e) {
            throw new IOException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    static void write(Document doc, Path file) throws IOException {
        try (OutputStream out = Files.newOutputStream(file)) {
            Transformer t;
            synchronized (WRITERS) {
                t = WRITERS.newTransformer();
            }
            t.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
            t.transform(new DOMSource(doc), new StreamResult(out));
        } catch (TransformerException e) {
            throw new IOException("cannot write " + file + ": " + e.getMessage(), e);
        }
    }

    /** The elements {@code {ns}local} of {@code doc}, in document order. */
    static List<Element> elements(Document doc, String ns, String local) {
        return list(doc.getElementsByTagNameNS(ns, local));
    }

    /** The elements {@code {ns}local} below {@code e}, in document order. */
    static List<Element> elements(Element e, String ns, String local) {
        return list(e.getElementsByTagNameNS(ns, local));
    }

    /** The element children of {@code e}. */
    static List<Element> children(Element e) {
        List<Element> out = new ArrayList<>();
        for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element c) {
                out.add(c);
            }
        }
        return out;
    }

    private static List<Element> list(NodeList nodes) {
        List<Element> out = new ArrayList<>(nodes.getLength());
        for (int i = 0; i < nodes.getLength(); i++) {
            out.add((Element) nodes.item(i));
        }
        return out;
    }

    /** One of {@code items}, chosen by {@code random}; empty when there are none. */
    static <T> Optional<T> pick(List<T> items, SplittableRandom random) {
        return items.isEmpty() ? Optional.empty() : Optional.of(items.get(random.nextInt(items.size())));
    }

    static String xlink(Element e, String attribute) {
        return e.getAttributeNS(XLINK, attribute);
    }

    /** {@code e} again, as its next sibling: a deep copy. */
    static Element duplicate(Element e) {
        Element copy = (Element) e.cloneNode(true);
        e.getParentNode().insertBefore(copy, e.getNextSibling());
        return copy;
    }

    static void remove(Node n) {
        n.getParentNode().removeChild(n);
    }

    /** The local part of a QName or URI fragment ({@code xr:Cash}, {@code x.xsd#xr_Cash}), for descriptions. */
    static String local(String name) {
        return name.substring(Math.max(name.lastIndexOf(':'), name.lastIndexOf('#')) + 1);
    }
}
