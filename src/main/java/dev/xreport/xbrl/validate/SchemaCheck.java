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
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;
import javax.xml.validation.ValidatorHandler;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.ls.LSInput;
import org.w3c.dom.ls.LSResourceResolver;
import org.xml.sax.Attributes;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.helpers.DefaultHandler;

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

    /**
     * {@code laxClean}: the lax validation of the schema documents themselves (appinfo content, attributes
     * of other namespaces) found nothing, so it need not run again for the same documents.
     */
    private record Compiled(Schema schema, List<SAXParseException> errors, java.util.concurrent.atomic.AtomicBoolean laxClean) {
        Compiled(Schema schema, List<SAXParseException> errors) {
            this(schema, errors, new java.util.concurrent.atomic.AtomicBoolean());
        }
    }

    /**
     * Validates the instance in place (schema defaults such as a fixed decimals are added) and the DTS
     * linkbases. {@code parsed} is the instance as read, with its lean items; null when {@code
     * instance} is not an instance.
     */
    void validate(Dts dts, Dts.Doc instance, XmlDocs.Parsed parsed, Sink sink) {
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
            if (d == instance && d.kind() == Dts.Kind.INSTANCE) {
                validateInstance(compiled.schema(), dts, d, parsed, sink);
            } else if (d.kind() == Dts.Kind.LINKBASE) {
                validate(compiled.schema(), dts, d, sink);
            }
        }
        if (compiled.laxClean().get()) {
            return; // the same schema documents (the cache key holds their bytes) were found valid before
        }
        int before = sink.findings().all().size();
        foreignAttributes(compiled.schema(), dts, schemas, sink);
        laxAppinfo(compiled.schema(), dts, schemas, sink);
        if (sink.findings().all().size() == before) {
            compiled.laxClean().set(true);
        }
    }

    /** The children of xs:appinfo that the DTS declares, each validated (XBRL 2.1 5.1). */
    private void laxAppinfo(Schema schema, Dts dts, List<Dts.Doc> schemas, Sink sink) {
        java.util.Set<String> declared = null;
        for (Dts.Doc d : schemas) {
            List<Element> appinfo = new ArrayList<>();
            appinfo(d.dom().getDocumentElement(), appinfo);
            if (appinfo.isEmpty()) {
                continue;
            }
            if (declared == null) {
                declared = globalDeclarations(schemas, "element");
            }
            for (Element e : appinfo) {
                // xs:appinfo is laxly validated: an element the DTS declares must be valid (XBRL 2.1 5.1:
                // linkbaseRef, roleType, arcroleType and embedded linkbases are validated so)
                if (declared.contains(XmlDocs.Parsed.nameKey(e.getNamespaceURI(), e.getLocalName()))) {
                    validateElement(schema, dts, d, e, sink);
                }
            }
        }
    }

    /**
     * Attributes of other namespaces on the XML Schema elements of a taxonomy schema (xbrli:periodType,
     * xbrli:balance, xbrldt:typedDomainRef, a taxonomy's own) are laxly validated by the schema for
     * schemas (114-03): each attribute the DTS declares must be valid. They are checked on a probe, a
     * link:definitionArc (whose xl:arcType admits attributes of other namespaces laxly) carrying them,
     * all the probes of one schema document in one validation.
     */
    private void foreignAttributes(Schema schema, Dts dts, List<Dts.Doc> schemas, Sink sink) {
        java.util.Set<String> declared = null;
        for (Dts.Doc d : schemas) {
            if (!d.uri().startsWith("file:")) {
                continue; // the specifications' own schemas, served by the catalog
            }
            List<Element> carriers = new ArrayList<>();
            if (declared == null) {
                declared = globalDeclarations(schemas, "attribute"); // those of no namespace are never probed
            }
            carriers(d.dom().getDocumentElement(), declared, carriers);
            if (carriers.isEmpty()) {
                continue;
            }
            org.w3c.dom.Document probe = XmlDocs.newDocument();
            Element link = probe.createElementNS(Ns.LINK, "link:definitionLink");
            link.setAttributeNS(Ns.XLINK, "xlink:type", "extended");
            link.setAttributeNS(Ns.XLINK, "xlink:role", "http://www.xbrl.org/2003/role/link");
            probe.appendChild(link);
            Map<Node, Element> origin = new java.util.IdentityHashMap<>();
            for (Element carrier : carriers) {
                Element arc = probe.createElementNS(Ns.LINK, "link:definitionArc");
                arc.setAttributeNS(Ns.XLINK, "xlink:type", "arc");
                arc.setAttributeNS(Ns.XLINK, "xlink:from", "a");
                arc.setAttributeNS(Ns.XLINK, "xlink:to", "b");
                arc.setAttributeNS(Ns.XLINK, "xlink:arcrole", "urn:xreport:probe");
                org.w3c.dom.NamedNodeMap attrs = carrier.getAttributes();
                for (int i = 0; i < attrs.getLength(); i++) {
                    Node a = attrs.item(i);
                    if (probed(a, declared)) {
                        String prefix = Ns.XML.equals(a.getNamespaceURI()) ? "xml" : "p" + i;
                        arc.setAttributeNS(a.getNamespaceURI(), prefix + ":" + a.getLocalName(), a.getNodeValue());
                    }
                }
                link.appendChild(arc);
                origin.put(arc, carrier);
            }
            Validator v = offlineValidator(schema, dts);
            v.setErrorHandler(errors(ex -> {
                Node node = currentNode(v);
                Element at = node == null ? null : origin.get(node);
                sink.add(Code.XBRL_SCHEMA_INVALID, at != null ? at : d.dom().getDocumentElement(), ex.getMessage());
            }));
            try {
                v.validate(new DOMSource(probe, d.uri()));
            } catch (SAXException | java.io.IOException ex) {
                sink.add(Code.XBRL_SCHEMA_INVALID, d.dom().getDocumentElement(), ex.getMessage());
            }
        }
    }

    /** The XML Schema elements under {@code e} with an attribute of another namespace that {@code declared} holds. */
    private static void carriers(Element e, java.util.Set<String> declared, List<Element> out) {
        org.w3c.dom.NamedNodeMap attrs = e.getAttributes();
        for (int i = 0; i < attrs.getLength(); i++) {
            if (probed(attrs.item(i), declared)) {
                out.add(e);
                break;
            }
        }
        for (Element c : Ns.children(e)) {
            if (Ns.XS.equals(c.getNamespaceURI()) && !"appinfo".equals(c.getLocalName()) && !"documentation".equals(c.getLocalName())) {
                carriers(c, declared, out);
            }
        }
    }

    /** Whether an attribute of a schema element is checked on the probe: of another namespace (not XLink's, which the probe uses), declared. */
    private static boolean probed(Node a, java.util.Set<String> declared) {
        String ns = a.getNamespaceURI();
        return ns != null && !ns.equals(Ns.XS) && !ns.equals(XMLConstants.XMLNS_ATTRIBUTE_NS_URI) && !ns.equals(Ns.XLINK)
                && declared.contains(XmlDocs.Parsed.nameKey(ns, a.getLocalName()));
    }


    /** The children of every xs:appinfo under {@code e}. */
    private static void appinfo(Element e, List<Element> out) {
        for (Element c : Ns.children(e)) {
            if (Ns.is(c, Ns.XS, "appinfo")) {
                out.addAll(Ns.children(c));
            } else if (Ns.XS.equals(c.getNamespaceURI())) {
                appinfo(c, out);
            }
        }
    }

    /** {namespace}name of every global declaration of kind {@code kind} (xs:element, xs:attribute) of the schemas. */
    private static java.util.Set<String> globalDeclarations(List<Dts.Doc> schemas, String kind) {
        java.util.Set<String> out = new java.util.HashSet<>();
        for (Dts.Doc d : schemas) {
            Element root = d.dom().getDocumentElement();
            String tns = root.getAttribute("targetNamespace");
            for (Element c : Ns.children(root)) {
                if (Ns.is(c, Ns.XS, kind) && c.hasAttribute("name")) {
                    out.add(XmlDocs.Parsed.nameKey(tns.isEmpty() ? null : tns, c.getAttribute("name")));
                }
            }
        }
        return out;
    }

    /** A validator of the DTS schemas that reads nothing from the network and resolves through the DTS. */
    private Validator offlineValidator(Schema schema, Dts dts) {
        Validator v = schema.newValidator();
        offline(v::setProperty);
        v.setResourceResolver(resolver(dts, new ArrayList<>()));
        return v;
    }

    /** The DOM node a validator is at when it reports, or null. */
    private static Node currentNode(Validator v) {
        try {
            return v.getProperty(CURRENT_NODE) instanceof Node n ? n : null;
        } catch (SAXException ignored) {
            return null; // the JDK's validator knows the property
        }
    }

    /** Validates one element of a schema document (an appinfo child) against the DTS schemas. */
    private void validateElement(Schema schema, Dts dts, Dts.Doc doc, Element e, Sink sink) {
        Validator v = offlineValidator(schema, dts);
        v.setErrorHandler(errors(ex -> {
            Node node = currentNode(v);
            sink.add(Code.XBRL_SCHEMA_INVALID, node != null ? node : e, ex.getMessage());
        }));
        try {
            v.validate(new DOMSource(e, doc.uri()));
        } catch (SAXException | java.io.IOException ex) {
            sink.add(Code.XBRL_SCHEMA_INVALID, e, ex.getMessage());
        }
    }

    /**
     * Validates an instance from its events ({@link InstanceEvents}), not from a DOM: most of its
     * facts have none. Each finding is placed at the element being validated; attributes the
     * schema gives by default are added to the element or lean item that lacks them.
     */
    private void validateInstance(Schema schema, Dts dts, Dts.Doc doc, XmlDocs.Parsed parsed, Sink sink) {
        Element root = doc.dom().getDocumentElement();
        InstanceEvents events = new InstanceEvents(doc.uri());
        ValidatorHandler v = schema.newValidatorHandler();
        offline(v::setProperty);
        v.setResourceResolver(resolver(dts, new ArrayList<>()));
        v.setErrorHandler(errors(e -> {
            if (events.current() instanceof LeanItem item) {
                sink.add(Code.XBRL_SCHEMA_INVALID, Sink.source(item, root, parsed.counts()), e.getMessage());
            } else {
                sink.add(Code.XBRL_SCHEMA_INVALID, events.current() instanceof Node n ? n : root, e.getMessage());
            }
        }));
        v.setContentHandler(new DefaultHandler() {
            @Override
            public void startElement(String uri, String localName, String qName, Attributes atts) {
                if (atts.getLength() > events.statedAttributes()) {
                    addDefaults(events.current(), atts);
                }
            }

            @Override
            public void characters(char[] ch, int start, int length) {
                if (!events.playingText()) {
                    addDefault(events.current(), new String(ch, start, length));
                }
            }
        });
        try {
            events.play(root, parsed.children(), v);
        } catch (SAXException e) {
            sink.add(Code.XBRL_SCHEMA_INVALID, root, e.getMessage());
        }
    }

    /** Gives the empty element {@code at} the default value the schema declares for it. */
    private static void addDefault(Object at, String value) {
        if (at instanceof LeanItem item) {
            item.text(item.text() + value);
        } else if (at instanceof Element e) {
            e.appendChild(e.getOwnerDocument().createTextNode(value));
        }
    }

    /** Gives {@code at} the attributes of {@code atts} it lacks: those the schema validator added as defaults. */
    private static void addDefaults(Object at, Attributes atts) {
        for (int i = 0; i < atts.getLength(); i++) {
            String ns = atts.getURI(i).isEmpty() ? null : atts.getURI(i);
            String local = atts.getLocalName(i);
            if (at instanceof LeanItem item) {
                if (item.attr(ns, local) == null) {
                    item.addDefault(ns, local, atts.getQName(i), atts.getValue(i));
                }
            } else if (at instanceof Element e && !e.hasAttributeNS(ns, local)) {
                e.setAttributeNS(ns, atts.getQName(i), atts.getValue(i));
            }
        }
    }

    private void validate(Schema schema, Dts dts, Dts.Doc doc, Sink sink) {
        Validator v = schema.newValidator();
        offline(v::setProperty);
        v.setResourceResolver(resolver(dts, new ArrayList<>()));
        v.setErrorHandler(errors(e -> report(v, doc, e, sink)));
        try {
            DOMSource source = new DOMSource(doc.dom(), doc.uri());
            v.validate(source);
        } catch (SAXException e) {
            sink.add(Code.XBRL_SCHEMA_INVALID, doc.dom().getDocumentElement(), e.getMessage());
        } catch (java.io.IOException e) {
            sink.add(Code.XBRL_MALFORMED, doc.dom().getDocumentElement(), e.getMessage());
        }
    }

    /** Sets a property of a validator. */
    private interface Property {
        void set(String name, Object value) throws SAXException;
    }

    /** No DTD and no schema is fetched from outside the DTS. */
    private static void offline(Property property) {
        try {
            property.set(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            property.set(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        } catch (SAXException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Passes errors and fatal errors to {@code report}; warnings are not findings. */
    private static ErrorHandler errors(java.util.function.Consumer<SAXParseException> report) {
        return new ErrorHandler() {
            @Override
            public void warning(SAXParseException e) { }

            @Override
            public void error(SAXParseException e) {
                report.accept(e);
            }

            @Override
            public void fatalError(SAXParseException e) {
                report.accept(e);
            }
        };
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
        java.util.Set<String> included = new java.util.HashSet<>();
        for (Dts.Doc d : schemas) {
            for (Element c : Ns.children(d.dom().getDocumentElement())) {
                if (Ns.is(c, Ns.XS, "include") && c.hasAttribute("schemaLocation")) {
                    included.add(dts.resolve(d.uri(), c.getAttribute("schemaLocation")));
                }
            }
        }
        for (Dts.Doc d : schemas) {
            String tns = d.dom().getDocumentElement().getAttribute("targetNamespace");
            if (!d.dom().getDocumentElement().hasAttribute("targetNamespace")) {
                // a schema without a namespace: part of its includer's namespace (a chameleon include), or
                // else included here, since a schema without a namespace cannot import one without either
                if (!included.contains(d.uri())) {
                    root.append("<xs:include schemaLocation=\"").append(escape(d.uri())).append("\"/>\n");
                }
                continue;
            }
            root.append("<xs:import namespace=\"").append(escape(tns)).append("\" ");
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
            if (d.bytes() == null) {
                errors.add(new SAXParseException("schema document " + uri + " is the instance being validated, not a schema",
                        null, baseUri, 0, 0));
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
