package dev.xreport.xbrl;

import java.io.ByteArrayInputStream;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import javax.xml.stream.util.StreamReaderDelegate;
import org.xml.sax.SAXParseException;

/**
 * XML reading with every external access off: a document with a DOCTYPE declaration is refused
 * (so no DTD and no entity, internal or external, is ever expanded or fetched), and parser
 * messages are put in words a report author can act on.
 */
public final class XmlIn {
    /** What every refusal of a DOCTYPE says, whichever parser met it. */
    public static final String DOCTYPE_REFUSED =
            "a DOCTYPE declaration is refused: xreport reads no DTDs and expands no entities (remove the <!DOCTYPE ...>)";

    private XmlIn() { }

    /** A streaming reader that throws at a DOCTYPE declaration, before any entity it declares is used. */
    public static XMLStreamReader reader(byte[] xml) throws XMLStreamException {
        return reader(xml, true);
    }

    /** The same, for XML whose prefixes are not declared (a Thymeleaf template's th:). */
    public static XMLStreamReader readerWithoutNamespaces(byte[] xml) throws XMLStreamException {
        return reader(xml, false);
    }

    private static XMLStreamReader reader(byte[] xml, boolean namespaces) throws XMLStreamException {
        XMLInputFactory xf = XMLInputFactory.newFactory();
        xf.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, namespaces);
        xf.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        xf.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        xf.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
        return new StreamReaderDelegate(xf.createXMLStreamReader(new ByteArrayInputStream(xml))) {
            @Override
            public int next() throws XMLStreamException {
                int event = super.next();
                if (event == XMLStreamConstants.DTD) {
                    throw new XMLStreamException(DOCTYPE_REFUSED, getLocation());
                }
                return event;
            }
        };
    }

    /** Where in {@code file} a streaming parser stopped (line 0 when it does not say). */
    public static dev.xreport.model.Source place(String file, XMLStreamException e) {
        javax.xml.stream.Location at = e.getLocation();
        return at == null ? new dev.xreport.model.Source(file, 0, 0, "")
                : new dev.xreport.model.Source(file, Math.max(at.getLineNumber(), 0), Math.max(at.getColumnNumber(), 0), "");
    }

    /** Where in {@code file} a SAX parser stopped (line 0 when it does not say). */
    public static dev.xreport.model.Source place(String file, SAXParseException e) {
        return new dev.xreport.model.Source(file, Math.max(e.getLineNumber(), 0), Math.max(e.getColumnNumber(), 0), "");
    }

    /** A streaming parser's message without the position it repeats (the finding has it). */
    public static String explain(XMLStreamException e) {
        String m = String.valueOf(e.getMessage());
        return m.replaceFirst("(?s)^ParseError at \\[row,col\\]:\\[\\d+,\\d+\\]\\s*Message: ", "").strip();
    }

    /**
     * A SAX parser's message in a reader's words (the JDK's own for anything but a refused DOCTYPE,
     * without the doubled spaces some of its messages have).
     */
    public static String explain(SAXParseException e) {
        String m = String.valueOf(e.getMessage());
        return m.contains("disallow-doctype-decl") || m.contains("DOCTYPE is disallowed") ? DOCTYPE_REFUSED
                : m.replaceAll(" {2,}", " ");
    }
}
