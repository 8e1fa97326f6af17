package dev.xreport.xbrl.validate;

import dev.xreport.diag.Code;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.xml.XMLConstants;
import javax.xml.transform.dom.DOMResult;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;
import org.w3c.dom.Node;
import org.w3c.dom.ls.LSInput;
import org.w3c.dom.ls.LSResourceResolver;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * XML Schema validation of an instance and its linkbases against the schemas of its DTS
 * (XBRL 2.1 section 3.1), with javax.xml.validation. Schema documents are served only from the
 * DTS (local files and the catalog); external access is switched off, so nothing is fetched.
 */
final class SchemaCheck {
    private static final int MAX_CACHED = 256;
    private static final String CURRENT_NODE = "http://apache.org/xml/properties/dom/current-element-node";

    /** Compiled schemas by the DTS schema documents they were compiled from; compile errors kept with them. */
    private final Map<String, Compiled> cache = new ConcurrentHashMap<>();

    private record Compiled(Schema schema, List<SAXParseException> errors) { }

    /** Validates the instance DOM in place (schema defaults such as a fixed decimals are added) and the DTS linkbases. */
    void validate(Dts dts, Dts.Doc instance, Sink sink) {
        List<Dts.Doc> schemas = dts.docs().stream().filter(d -> d.kind() == Dts.Kind.SCHEMA).toList();
        StringBuilder key = new StringBuilder();
        for (Dts.Doc d : schemas) {
            key.append(d.uri()).append('#').append(java.util.Arrays.hashCode(d.bytes())).append('\n');
        }
        if (cache.size() > MAX_CACHED) {
            cache.clear();
        }
        Compiled compiled = cache.computeIfAbsent(key.toString(), k -> compile(dts, schemas));
        for (SAXParseException e : compiled.errors()) {
            sink.add(Code.XBRL_SCHEMA_INVALID, e.getSystemId(), e.getLineNumber(), e.getColumnNumber(), e.getMessage());
        }
        if (compiled.schema() == null) {
            return;
        }
        for (Dts.Doc d : dts.docs()) {
            if ((d == instance && d.kind() == Dts.Kind.INSTANCE) || d.kind() == Dts.Kind.LINKBASE) {
                validate(compiled.schema(), dts, d, d == instance, sink);
            }
        }
    }

    private void validate(Schema schema, Dts dts, Dts.Doc doc, boolean inPlace, Sink sink) {
        Validator v = schema.newValidator();
        try {
            v.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            v.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        } catch (SAXException e) {
            throw new IllegalStateException(e);
        }
        v.setResourceResolver(resolver(dts, new ArrayList<>()));
        v.setErrorHandler(new ErrorHandler() {
            @Override
            public void warning(SAXParseException e) { }

            @Override
            public void error(SAXParseException e) {
                report(v, doc, e, sink);
            }

            @Override
            public void fatalError(SAXParseException e) {
                report(v, doc, e, sink);
            }
        });
        try {
            DOMSource source = new DOMSource(doc.dom(), doc.uri());
            if (inPlace) {
                v.validate(source, new DOMResult(doc.dom()));
            } else {
                v.validate(source);
            }
        } catch (SAXException e) {
            sink.add(Code.XBRL_SCHEMA_INVALID, doc.dom().getDocumentElement(), e.getMessage());
        } catch (java.io.IOException e) {
            sink.add(Code.XBRL_MALFORMED, doc.dom().getDocumentElement(), e.getMessage());
        }
    }

    private static void report(Validator v, Dts.Doc doc, SAXParseException e, Sink sink) {
        Node node = null;
        try {
            Object o = v.getProperty(CURRENT_NODE);
            node = o instanceof Node n ? n : null;
        } catch (SAXException ignored) {
            // the JDK's validator knows the property; another implementation may not
        }
        sink.add(Code.XBRL_SCHEMA_INVALID, node != null ? node : doc.dom().getDocumentElement(), e.getMessage());
    }

    /** One schema for the whole DTS: a document that imports every DTS schema by its URI. */
    private Compiled compile(Dts dts, List<Dts.Doc> schemas) {
        List<SAXParseException> errors = new ArrayList<>();
        StringBuilder root = new StringBuilder("<xs:schema xmlns:xs=\"" + Ns.XS + "\">\n");
        for (Dts.Doc d : schemas) {
            String tns = d.dom().getDocumentElement().getAttribute("targetNamespace");
            root.append("<xs:import ");
            if (!tns.isEmpty()) {
                root.append("namespace=\"").append(escape(tns)).append("\" ");
            }
            root.append("schemaLocation=\"").append(escape(d.uri())).append("\"/>\n");
        }
        root.append("</xs:schema>");
        try {
            SchemaFactory f = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            f.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            f.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            f.setFeature("http://apache.org/xml/features/honour-all-schemaLocations", true);
            f.setResourceResolver(resolver(dts, errors));
            f.setErrorHandler(new ErrorHandler() {
                @Override
                public void warning(SAXParseException e) {
                    if (String.valueOf(e.getMessage()).contains("schema_reference")) {
                        errors.add(e);
                    }
                }

                @Override
                public void error(SAXParseException e) {
                    errors.add(e);
                }

                @Override
                public void fatalError(SAXParseException e) {
                    errors.add(e);
                }
            });
            Schema schema = f.newSchema(new StreamSource(new StringReader(root.toString()), "xreport:dts-root.xsd"));
            return new Compiled(schema, List.copyOf(errors));
        } catch (SAXParseException e) {
            if (!errors.contains(e)) {
                errors.add(e);
            }
            return new Compiled(null, List.copyOf(errors));
        } catch (SAXException e) {
            errors.add(new SAXParseException(e.getMessage(), null, null, 0, 0));
            return new Compiled(null, List.copyOf(errors));
        }
    }

    /**
     * Serves schema documents from the DTS only; anything else is served as an empty schema of its
     * namespace, never read. A document the DTS could not read or parse has been reported where it is
     * referred to (XR-XBRL-601/602), so it is left out silently: only what the rest of the DTS takes
     * from it fails to resolve.
     */
    private static LSResourceResolver resolver(Dts dts, List<SAXParseException> errors) {
        return (type, namespace, publicId, systemId, baseUri) -> {
            if (systemId == null) {
                return null;
            }
            String uri;
            try {
                uri = baseUri == null || baseUri.startsWith("xreport:") ? URI.create(systemId).toString()
                        : URI.create(baseUri).resolve(systemId).toString();
            } catch (IllegalArgumentException e) {
                return null;
            }
            Dts.Doc d = dts.doc(uri);
            if (d == null) {
                if (!dts.failed(uri)) {
                    errors.add(new SAXParseException("schema document " + uri + " is not part of the DTS and is not fetched",
                            null, baseUri, 0, 0));
                }
                return new Input(uri, emptySchema(namespace));
            }
            return new Input(d.uri(), d.bytes());
        };
    }

    /** A schema document that declares nothing, in {@code namespace} (none when null or empty). */
    private static byte[] emptySchema(String namespace) {
        String tns = namespace == null || namespace.isEmpty() ? "" : " targetNamespace=\"" + escape(namespace) + "\"";
        return ("<xs:schema xmlns:xs=\"" + Ns.XS + "\"" + tns + "/>").getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("\"", "&quot;").replace("<", "&lt;");
    }

    /** A resolved schema document. */
    private static final class Input implements LSInput {
        private final String systemId;
        private final byte[] bytes;

        Input(String systemId, byte[] bytes) {
            this.systemId = systemId;
            this.bytes = bytes;
        }

        @Override public Reader getCharacterStream() { return null; }
        @Override public void setCharacterStream(Reader r) { }
        @Override public InputStream getByteStream() { return new ByteArrayInputStream(bytes); }
        @Override public void setByteStream(InputStream s) { }
        @Override public String getStringData() { return null; }
        @Override public void setStringData(String s) { }
        @Override public String getSystemId() { return systemId; }
        @Override public void setSystemId(String s) { }
        @Override public String getPublicId() { return null; }
        @Override public void setPublicId(String s) { }
        @Override public String getBaseURI() { return systemId; }
        @Override public void setBaseURI(String s) { }
        @Override public String getEncoding() { return null; }
        @Override public void setEncoding(String s) { }
        @Override public boolean getCertifiedText() { return false; }
        @Override public void setCertifiedText(boolean b) { }
    }
}
