package dev.xreport.xbrl.inline;

import dev.xreport.TestSupport;
import java.io.InputStream;
import java.io.Reader;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;
import org.w3c.dom.ls.LSInput;
import org.xml.sax.SAXParseException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * The Inline XBRL 1.1 schema (XHTML 1.1 with the ix elements) from the official copies under
 * ../shared/xbrl-base-schemas; absent on a user's machine, where the tests using it skip.
 */
final class InlineSchema {
    private static final String ENTRY = "www.xbrl.org/2013/inlineXBRL/xhtml-inlinexbrl-1_1.xsd";

    private InlineSchema() { }

    static Optional<Path> base() {
        return TestSupport.shared().map(s -> s.resolve("xbrl-base-schemas")).filter(p -> Files.isRegularFile(p.resolve(ENTRY)));
    }

    /** Every schema-validity error of the document, as line:column message. */
    static List<String> errors(Path base, Path document) throws Exception {
        SchemaFactory sf = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
        sf.setResourceResolver((type, ns, publicId, systemId, baseUri) -> {
            if (systemId == null) {
                return null;
            }
            URI u = baseUri == null ? URI.create(systemId) : URI.create(baseUri).resolve(systemId);
            if (u.getScheme().startsWith("http")) {
                u = base.resolve(u.getHost() + u.getPath()).toUri(); // the local copy; nothing reaches the network
            }
            return input(u);
        });
        Validator v = sf.newSchema(base.resolve(ENTRY).toFile()).newValidator();
        v.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        List<String> errors = new ArrayList<>();
        v.setErrorHandler(new DefaultHandler() {
            @Override public void error(SAXParseException e) {
                errors.add(e.getLineNumber() + ":" + e.getColumnNumber() + " " + e.getMessage());
            }
        });
        v.validate(new StreamSource(document.toFile()));
        return errors;
    }

    private static LSInput input(URI uri) {
        return new LSInput() {
            @Override public InputStream getByteStream() {
                try {
                    return Files.newInputStream(Path.of(uri));
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }
            @Override public String getSystemId() { return uri.toString(); }
            @Override public Reader getCharacterStream() { return null; }
            @Override public void setCharacterStream(Reader r) { }
            @Override public void setByteStream(InputStream in) { }
            @Override public String getStringData() { return null; }
            @Override public void setStringData(String s) { }
            @Override public void setSystemId(String s) { }
            @Override public String getPublicId() { return null; }
            @Override public void setPublicId(String s) { }
            @Override public String getBaseURI() { return null; }
            @Override public void setBaseURI(String s) { }
            @Override public String getEncoding() { return null; }
            @Override public void setEncoding(String s) { }
            @Override public boolean getCertifiedText() { return false; }
            @Override public void setCertifiedText(boolean b) { }
        };
    }
}
