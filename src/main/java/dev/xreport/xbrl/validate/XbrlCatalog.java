package dev.xreport.xbrl.validate;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * Maps the official URLs of the XBRL specification schemas to copies on this machine, so that
 * a DTS is discovered without the network. {@link #builtin()} serves xreport's own schema files
 * (src/main/resources/xbrl/catalog.xml); {@link #mirror(Path)} serves a folder laid out as
 * {@code host/path} (the official copies in ../shared/xbrl-base-schemas, for tests).
 */
public final class XbrlCatalog {
    private final Map<String, URL> entries;
    private final Path mirrorRoot;

    private XbrlCatalog(Map<String, URL> entries, Path mirrorRoot) {
        this.entries = entries;
        this.mirrorRoot = mirrorRoot;
    }

    /** xreport's own schemas for the XBRL 2.1, XBRL Dimensions and DTR namespaces. */
    public static XbrlCatalog builtin() {
        XbrlCatalog c = builtin;
        if (c == null) {
            c = readBuiltin();
            builtin = c;
        }
        return c;
    }

    private static volatile XbrlCatalog builtin;

    private static XbrlCatalog readBuiltin() {
        URL catalog = XbrlCatalog.class.getResource("/xbrl/catalog.xml");
        if (catalog == null) {
            throw new IllegalStateException("xbrl/catalog.xml is missing from the classpath");
        }
        try (InputStream in = catalog.openStream()) {
            Document doc = XmlDocs.parse(in.readAllBytes(), catalog.toString());
            Map<String, URL> map = new LinkedHashMap<>();
            NodeList uris = doc.getElementsByTagNameNS("urn:oasis:names:tc:entity:xmlns:xml:catalog", "uri");
            for (int i = 0; i < uris.getLength(); i++) {
                Element e = (Element) uris.item(i);
                map.put(e.getAttribute("name"), new URL(catalog, e.getAttribute("uri")));
            }
            return new XbrlCatalog(Map.copyOf(map), null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (SAXException e) {
            throw new IllegalStateException("xbrl/catalog.xml is not well-formed", e);
        }
    }

    /** Serves {@code http(s)://host/path} from {@code root/host/path} when that file exists. */
    public static XbrlCatalog mirror(Path root) {
        return new XbrlCatalog(Map.of(), root.toAbsolutePath().normalize());
    }

    /** Where the document of an absolute http(s) URL is kept on this machine, if anywhere. */
    public Optional<URL> lookup(String absoluteUrl) {
        URL u = entries.get(absoluteUrl);
        if (u != null) {
            return Optional.of(u);
        }
        if (mirrorRoot != null) {
            URI uri = URI.create(absoluteUrl);
            if (uri.getHost() != null && uri.getPath() != null) {
                // the mirror keeps xbrl.org's documents under www.xbrl.org, whichever host form the URL uses
                String host = uri.getHost().equals("xbrl.org") ? "www.xbrl.org" : uri.getHost();
                Path p = mirrorRoot.resolve(host).resolve(uri.getPath().replaceFirst("^/+", "")).normalize();
                if (p.startsWith(mirrorRoot) && Files.isRegularFile(p)) {
                    try {
                        return Optional.of(p.toUri().toURL());
                    } catch (java.net.MalformedURLException e) {
                        return Optional.empty();
                    }
                }
            }
        }
        return Optional.empty();
    }
}
