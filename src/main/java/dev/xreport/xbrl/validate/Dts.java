package dev.xreport.xbrl.validate;

import dev.xreport.diag.Code;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Collection;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.Map;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.SAXParseException;
import org.xml.sax.SAXException;

/**
 * The discoverable taxonomy set of an instance (XBRL 2.1 section 3.2), found offline: local files
 * by relative or file: URL, official URLs through the {@link XbrlCatalog}. Nothing is fetched from
 * the network; a URL that is neither is reported and left out.
 */
final class Dts {
    enum Kind { SCHEMA, LINKBASE, INSTANCE, OTHER }

    /** One document of the DTS, under the URI it is known by (its official URL when served by the catalog). */
    record Doc(String uri, byte[] bytes, Document dom, Kind kind) { }

    static final String INSTANCE_SCHEMA = "http://www.xbrl.org/2003/xbrl-instance-2003-12-31.xsd";
    /** The schema of the xml: attributes (xml:lang, xml:space), which XBRL elements admit laxly: every processor knows it. */
    static final String XML_SCHEMA = "http://www.w3.org/2001/xml.xsd";
    static final String XBRLDI = "http://xbrl.org/2006/xbrldi";
    static final String XBRLDI_SCHEMA = "http://www.xbrl.org/2006/xbrldi-2006.xsd";

    private final Map<String, Doc> docs = new LinkedHashMap<>();
    /** The URIs the DTS refers to that could not be read or parsed, each already reported (XR-XBRL-601/602). */
    private final java.util.Set<String> failed = new java.util.HashSet<>();
    private final XbrlCatalog catalog;
    private final Sink sink;
    private Locators locators;

    private Dts(XbrlCatalog catalog, Sink sink) {
        this.catalog = catalog;
        this.sink = sink;
    }

    /** Discovers everything {@code start} refers to, transitively. */
    static Dts discover(Doc start, XbrlCatalog catalog, Sink sink) {
        Dts dts = new Dts(catalog, sink);
        dts.docs.put(start.uri(), start);
        Deque<Doc> todo = new ArrayDeque<>();
        todo.add(start);
        {
            // the instance schema (which imports the linkbase schema) is part of every instance's DTS,
            // whether or not a taxonomy imports it; a taxonomy is read with it too (when the catalog has
            // it), so that its roleTypes, arcroleTypes and embedded linkbases are validated against their
            // declarations; so is the schema of the xml: attributes, which XBRL elements admit laxly
            boolean instance = start.kind() == Kind.INSTANCE;
            List<String> implicit = new ArrayList<>(List.of(INSTANCE_SCHEMA));
            if (instance && usesNamespace(start.dom().getDocumentElement(), XBRLDI)) {
                // dimensional contexts: explicit and typed members are validated against XBRL Dimensions' schema
                implicit.add(XBRLDI_SCHEMA);
            }
            implicit.add(XML_SCHEMA);
            for (String uri : implicit) {
                boolean required = instance && !uri.equals(XML_SCHEMA);
                if (!required && !dts.available(uri)) {
                    continue;
                }
                Doc d = dts.load(uri, start.dom().getDocumentElement());
                if (d != null) {
                    dts.docs.put(uri, d);
                    todo.add(d);
                }
            }
        }
        while (!todo.isEmpty()) {
            Doc d = todo.poll();
            dts.follow(d, d.dom().getDocumentElement(), todo);
        }
        return dts;
    }

    Collection<Doc> docs() {
        return docs.values();
    }

    Doc doc(String uri) {
        return docs.get(canonical(uri));
    }

    /** Whether the DTS refers to {@code uri} but could not read or parse it (and has said so). */
    boolean failed(String uri) {
        return failed.contains(canonical(uri));
    }

    /** One spelling per file URI ({@code file:/x}, as {@link URI#resolve} writes it, not {@code file:///x}). */
    static String canonical(String uri) {
        return uri != null && uri.startsWith("file:///") ? "file:/" + uri.substring("file:///".length()) : uri;
    }

    /** The pointer resolver of this DTS (its id index is made once a document). */
    synchronized Locators locators() {
        if (locators == null) {
            locators = new Locators(this);
        }
        return locators;
    }

    XbrlCatalog catalog() {
        return catalog;
    }

    private void follow(Doc from, Element e, Deque<Doc> todo) {
        if (e == from.dom().getDocumentElement() || Ns.is(e, Ns.LINK, "linkbase")) {
            // not DTS discovery (3.2), but the schemas a linkbase or instance names for elements and
            // attributes of other specifications (generic links, custom links, lax attributes) are
            // needed to validate it: they are read when available offline, and silently left out if not
            String locations = Ns.attr(e, Ns.XSI, "schemaLocation");
            if (locations != null) {
                String[] tokens = locations.trim().split("\\s+");
                for (int i = 1; i < tokens.length; i += 2) {
                    String target = resolve(base(e, from.uri()), tokens[i]);
                    if (target != null && !docs.containsKey(target) && !failed.contains(target) && available(target)) {
                        Doc d = load(target, e);
                        if (d != null && d.kind() == Kind.SCHEMA) {
                            docs.put(target, d);
                            todo.add(d);
                        }
                    }
                }
            }
        }
        String href = null;
        if (Ns.XS.equals(e.getNamespaceURI())
                && ("import".equals(e.getLocalName()) || "include".equals(e.getLocalName()) || "redefine".equals(e.getLocalName()))) {
            href = Ns.attr(e, "schemaLocation");
        } else if (e.hasAttributeNS(Ns.XLINK, "href")) {
            String type = e.getAttributeNS(Ns.XLINK, "type");
            // 3.2: discovery follows link:loc locators and the XBRL simple links (schemaRef, linkbaseRef,
            // roleRef, arcroleRef), not the locators of custom links (230-02)
            if (("simple".equals(type) || "locator".equals(type)) && Ns.LINK.equals(e.getNamespaceURI())) {
                href = e.getAttributeNS(Ns.XLINK, "href");
            }
        }
        if (href != null && !href.isBlank()) {
            String target = resolve(base(e, from.uri()), href);
            if (target != null && !docs.containsKey(target) && !failed.contains(target)) {
                Doc d = load(target, e);
                if (d != null) {
                    docs.put(target, d);
                    todo.add(d);
                }
            }
            Doc d = target == null ? null : docs.get(target);
            if (d != null) {
                checkKind(e, target, d);
            }
        }
        for (Element c : Ns.children(e)) {
            follow(from, c, todo);
        }
    }

    /** 4.2.2, 4.3.2: a schemaRef points to a schema, a linkbaseRef to a linkbase (or a schema holding linkbases). */
    private void checkKind(Element ref, String uri, Doc d) {
        String target = ref.getAttributeNS(Ns.XLINK, "href").trim();
        if (Ns.is(ref, Ns.LINK, "schemaRef") && d.kind() != Kind.SCHEMA) {
            sink.add(Code.XBRL_DTS_REFERENCE, ref, "link:schemaRef \"" + target + "\" is not an XML Schema (4.2.2)");
        } else if (Ns.is(ref, Ns.LINK, "linkbaseRef") && d.kind() != Kind.LINKBASE && d.kind() != Kind.SCHEMA) {
            sink.add(Code.XBRL_DTS_REFERENCE, ref, "link:linkbaseRef \"" + target + "\" is not a linkbase (4.3.2)");
        } else if (Ns.is(ref, Ns.LINK, "linkbaseRef")) {
            String role = ref.getAttributeNS(Ns.XLINK, "role").trim();
            String link = role.startsWith(ROLE) && role.endsWith("LinkbaseRef")
                    ? role.substring(ROLE.length(), role.length() - "LinkbaseRef".length()) + "Link" : null;
            if (link != null && LINK_KINDS.contains(link)) {
                String other = otherLink(d.dom().getDocumentElement(), link);
                if (other != null) {
                    sink.add(Code.XBRL_DTS_REFERENCE, ref, "link:linkbaseRef with role \"" + role + "\" points to \""
                            + target + "\", which holds a link:" + other + "; only link:" + link + " is allowed (4.3.3)");
                }
            }
        }
    }

    private static final String ROLE = "http://www.xbrl.org/2003/role/";
    private static final java.util.Set<String> LINK_KINDS = java.util.Set.of(
            "labelLink", "referenceLink", "calculationLink", "definitionLink", "presentationLink");

    /** The local name of an extended link in a link:linkbase under {@code e} that is not link:{@code allowed}, or null. */
    private static String otherLink(Element e, String allowed) {
        if (Ns.is(e, Ns.LINK, "linkbase")) {
            for (Element c : Ns.children(e)) {
                if ("extended".equals(c.getAttributeNS(Ns.XLINK, "type")) && !Ns.is(c, Ns.LINK, allowed)) {
                    return c.getLocalName();
                }
            }
            return null;
        }
        for (Element c : Ns.children(e)) {
            String found = otherLink(c, allowed);
            if (found != null) {
                return found;
            }
        }
        return null;
    }

    /**
     * The base URI of {@code e} in the document {@code docUri}: the document's URI as changed by the
     * xml:base attributes of {@code e} and its ancestors (XML Base; XBRL 2.1 3.5.1.2, 4.2.2, 4.3.2).
     */
    static String base(Element e, String docUri) {
        List<String> bases = null;
        for (Node n = e; n instanceof Element el; n = n.getParentNode()) {
            if (el.hasAttributeNS(Ns.XML, "base")) {
                if (bases == null) {
                    bases = new ArrayList<>();
                }
                bases.add(el.getAttributeNS(Ns.XML, "base"));
            }
        }
        if (bases == null) {
            return docUri;
        }
        String base = docUri;
        for (int i = bases.size() - 1; i >= 0; i--) {
            try {
                base = URI.create(base).resolve(bases.get(i).trim().replace(" ", "%20")).toString();
            } catch (IllegalArgumentException ex) {
                return docUri;
            }
        }
        return canonical(base);
    }

    /** The absolute URI without fragment that the href of {@code e} (in {@code docUri}) names, xml:base applied. */
    String resolveHref(Element e, String docUri, String href) {
        return resolve(base(e, docUri), href);
    }

    /** The absolute URI without fragment that {@code href} names, or null when it is not a URI. */
    String resolve(String base, String href) {
        try {
            URI u = URI.create(base).resolve(href.trim().replace(" ", "%20"));
            String s = canonical(u.toString());
            int hash = s.indexOf('#');
            return hash < 0 ? s : s.substring(0, hash);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** Reads and parses a document by URI; reports and returns null when it is not available offline. */
    Doc load(String uri, Node referrer) {
        byte[] bytes = read(uri, referrer);
        if (bytes == null) {
            failed.add(canonical(uri));
            return null;
        }
        try {
            Document dom = XmlDocs.parse(bytes, uri);
            return new Doc(uri, bytes, dom, kindOf(dom));
        } catch (SAXParseException e) {
            sink.add(Code.XBRL_MALFORMED, uri, e.getLineNumber(), e.getColumnNumber(), dev.xreport.xbrl.XmlIn.explain(e));
        } catch (SAXException | IOException e) {
            sink.add(Code.XBRL_MALFORMED, uri, 0, 0, String.valueOf(e.getMessage()));
        }
        failed.add(canonical(uri));
        return null;
    }

    /** Whether {@code uri} is a local file or in the catalog (read without a finding when it is neither). */
    private boolean available(String uri) {
        try {
            URI u = URI.create(uri);
            String scheme = u.getScheme() == null ? "" : u.getScheme().toLowerCase(java.util.Locale.ROOT);
            if (scheme.equals("file")) {
                return Files.isRegularFile(Path.of(u));
            }
            return (scheme.equals("http") || scheme.equals("https")) && catalog.lookup(uri).isPresent();
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    byte[] read(String uri, Node referrer) {
        URI u = URI.create(uri);
        String scheme = u.getScheme() == null ? "" : u.getScheme().toLowerCase(java.util.Locale.ROOT);
        try {
            if (scheme.equals("file")) {
                return Files.readAllBytes(Path.of(u));
            }
            if (scheme.equals("http") || scheme.equals("https")) {
                URL local = catalog.lookup(uri).orElse(null);
                if (local != null && (local.getProtocol().equals("file") || local.getProtocol().equals("jar"))) {
                    try (InputStream in = local.openStream()) {
                        return in.readAllBytes();
                    }
                }
            }
            sink.add(Code.XBRL_DTS_UNRESOLVED, referrer,
                    "\"" + uri + "\" is not in the catalog and is not a local file; it is not fetched");
        } catch (NoSuchFileException e) {
            sink.add(Code.XBRL_DTS_UNRESOLVED, referrer, "\"" + uri + "\" does not exist");
        } catch (IOException | IllegalArgumentException e) {
            sink.add(Code.XBRL_DTS_UNRESOLVED, referrer, "\"" + uri + "\" cannot be read: " + e.getMessage());
        }
        return null;
    }

    private static boolean usesNamespace(Element e, String ns) {
        if (ns.equals(e.getNamespaceURI())) {
            return true;
        }
        for (Element c : Ns.children(e)) {
            if (usesNamespace(c, ns)) {
                return true;
            }
        }
        return false;
    }

    static Kind kindOf(Document dom) {
        Element root = dom.getDocumentElement();
        if (Ns.is(root, Ns.XS, "schema")) {
            return Kind.SCHEMA;
        }
        if (Ns.is(root, Ns.LINK, "linkbase")) {
            return Kind.LINKBASE;
        }
        if (Ns.is(root, Ns.XBRLI, "xbrl")) {
            return Kind.INSTANCE;
        }
        return Kind.OTHER;
    }
}
