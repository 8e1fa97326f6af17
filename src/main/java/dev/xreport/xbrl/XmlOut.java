package dev.xreport.xbrl;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * A streaming XML writer (StAX underneath) that indents, so that the files xreport writes are
 * deterministic, readable and diffable. Elements are opened with {@link #start}, given attributes,
 * text or children, and closed with {@link #end}. Nothing is held in memory but the open path.
 */
public final class XmlOut implements AutoCloseable {
    private static final XMLOutputFactory FACTORY = XMLOutputFactory.newFactory();
    private final XMLStreamWriter w;
    private final java.io.Writer buffered;
    private final boolean fragment;
    private final Deque<Boolean> hasChildren = new ArrayDeque<>();

    public XmlOut(OutputStream out) throws IOException {
        this(out, false);
    }

    /**
     * @param fragment true to write elements only, with no XML declaration (to be placed inside another
     *                 document whose ancestors declare the prefixes used)
     */
    public XmlOut(OutputStream out, boolean fragment) throws IOException {
        try {
            // StAX writes an OutputStream a byte at a time; a buffered Writer takes whole strings
            buffered = new java.io.BufferedWriter(new java.io.OutputStreamWriter(out, java.nio.charset.StandardCharsets.UTF_8), 1 << 16);
            w = FACTORY.createXMLStreamWriter(buffered);
            this.fragment = fragment;
            if (!fragment) {
                w.writeStartDocument("UTF-8", "1.0");
            }
        } catch (XMLStreamException e) {
            throw new IOException(e);
        }
    }

    /** Opens element {@code qname} (prefix:local, the prefix declared by {@link #namespace} here or above). */
    public XmlOut start(String qname) throws IOException {
        try {
            if (!hasChildren.isEmpty()) {
                hasChildren.pop();
                hasChildren.push(true);
            }
            w.writeCharacters(indent(hasChildren.size()));
            w.writeStartElement(qname);
            hasChildren.push(false);
            return this;
        } catch (XMLStreamException e) {
            throw new IOException(e);
        }
    }

    private static final String[] INDENTS = new String[32];

    /** A new line and two spaces per level (the shallow ones made once). */
    private static String indent(int depth) {
        if (depth >= INDENTS.length) {
            return "\n" + "  ".repeat(depth);
        }
        String s = INDENTS[depth];
        if (s == null) {
            s = "\n" + "  ".repeat(depth);
            INDENTS[depth] = s;
        }
        return s;
    }

    public XmlOut namespace(String prefix, String uri) throws IOException {
        try {
            if (prefix.isEmpty()) {
                w.writeDefaultNamespace(uri);
            } else {
                w.writeNamespace(prefix, uri);
            }
            return this;
        } catch (XMLStreamException e) {
            throw new IOException(e);
        }
    }

    public XmlOut attr(String qname, String value) throws IOException {
        if (value == null) {
            return this;
        }
        try {
            w.writeAttribute(qname, value);
            return this;
        } catch (XMLStreamException e) {
            throw new IOException(e);
        }
    }

    public XmlOut attrs(Map<String, String> attributes) throws IOException {
        for (Map.Entry<String, String> e : attributes.entrySet()) {
            attr(e.getKey(), e.getValue());
        }
        return this;
    }

    /** Text content of the open element (escaped). */
    public XmlOut text(String text) throws IOException {
        try {
            w.writeCharacters(text);
            return this;
        } catch (XMLStreamException e) {
            throw new IOException(e);
        }
    }

    /** An element with only text: {@code <qname>text</qname>}. */
    public XmlOut leaf(String qname, String text) throws IOException {
        return start(qname).text(text).end();
    }

    public XmlOut end() throws IOException {
        try {
            boolean children = hasChildren.pop();
            if (children) {
                w.writeCharacters(indent(hasChildren.size()));
            }
            w.writeEndElement();
            return this;
        } catch (XMLStreamException e) {
            throw new IOException(e);
        }
    }

    @Override
    public void close() throws IOException {
        try {
            while (!hasChildren.isEmpty()) {
                end();
            }
            w.writeCharacters("\n");
            if (!fragment) {
                w.writeEndDocument();
            }
            w.close();
            buffered.flush();
        } catch (XMLStreamException e) {
            throw new IOException(e);
        }
    }
}
