package dev.xreport.xbrl.validate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.xreport.diag.Code;
import dev.xreport.diag.Finding;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

class XbrlValidatorTest {
    private static final Path TAXONOMY = Path.of("src/test/resources/xbrl/taxonomy");
    private static final XbrlValidator VALIDATOR = new XbrlValidator();

    @Test
    void aValidInstanceHasNoFindings() {
        assertThat(VALIDATOR.validate(TAXONOMY.resolve("valid.xbrl"))).isEmpty();
    }

    @Test
    void validatesFromAStreamWithASystemId() throws IOException {
        Path file = TAXONOMY.resolve("valid.xbrl").toAbsolutePath();
        try (InputStream in = Files.newInputStream(file)) {
            assertThat(VALIDATOR.validate(in, file.toUri().toString())).isEmpty();
        }
    }

    @Test
    void aSchemaAloneIsValidatedAsADts() {
        assertThat(VALIDATOR.validate(TAXONOMY.resolve("xr-test.xsd"))).isEmpty();
    }

    @Test
    void findingsPointAtTheElement() {
        List<Finding> findings = VALIDATOR.validate(
                Path.of("src/test/resources/invalid/XR-XBRL-607/instant-context-for-duration-concept/instance.xbrl"));
        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.code()).isEqualTo(Code.XBRL_PERIOD_TYPE);
            assertThat(f.source().file()).endsWith("instance.xbrl");
            assertThat(f.source().line()).isEqualTo(20);
            assertThat(f.source().path()).isEqualTo("/xbrli:xbrl/t:Revenue");
        });
    }

    @Test
    void anExternalEntityIsNeverRead(@TempDir Path tmp) throws IOException {
        Path secret = tmp.resolve("secret.txt");
        Files.writeString(secret, "TOP-SECRET");
        String xml = "<?xml version=\"1.0\"?>\n<!DOCTYPE x [<!ENTITY s SYSTEM \"" + secret.toUri() + "\">]>\n<x>&s;</x>";
        List<Finding> findings = VALIDATOR.validate(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)),
                tmp.resolve("x.xbrl").toUri().toString());
        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.code()).isEqualTo(Code.XBRL_MALFORMED);
            assertThat(f.message()).doesNotContain("TOP-SECRET");
        });
    }

    @Test
    void anUnknownUrlIsAFindingNotAConnection(@TempDir Path tmp) throws IOException {
        // a port nobody listens on: were the URL fetched, the finding would say "cannot be read"
        String xml = "<xbrli:xbrl xmlns:xbrli=\"http://www.xbrl.org/2003/instance\" xmlns:link=\"http://www.xbrl.org/2003/linkbase\""
                + " xmlns:xlink=\"http://www.w3.org/1999/xlink\">"
                + "<link:schemaRef xlink:type=\"simple\" xlink:href=\"http://127.0.0.1:9/taxonomy.xsd\"/></xbrli:xbrl>";
        Path file = tmp.resolve("remote.xbrl");
        Files.writeString(file, xml);
        List<Finding> findings = VALIDATOR.validate(file);
        assertThat(findings).extracting(Finding::code).containsExactly(Code.XBRL_DTS_UNRESOLVED);
        assertThat(findings.get(0).message()).contains("not in the catalog").contains("not fetched");
    }

    @Test
    void everyCatalogEntryIsServedAndTheSchemasCompileTogether(@TempDir Path tmp) throws Exception {
        URL catalog = XbrlCatalog.class.getResource("/xbrl/catalog.xml");
        Document doc = XmlDocs.parse(catalog.openStream().readAllBytes(), catalog.toString());
        List<String> urls = new ArrayList<>();
        for (Element e : Ns.children(doc.getDocumentElement())) {
            urls.add(e.getAttribute("name"));
        }
        assertThat(urls).hasSizeGreaterThanOrEqualTo(10);
        StringBuilder schema = new StringBuilder("<xs:schema xmlns:xs=\"http://www.w3.org/2001/XMLSchema\""
                + " xmlns:link=\"http://www.xbrl.org/2003/linkbase\" xmlns:xlink=\"http://www.w3.org/1999/xlink\""
                + " targetNamespace=\"https://xreport.dev/all\"><xs:annotation><xs:appinfo>\n");
        for (String url : urls) {
            assertThat(XbrlCatalog.builtin().lookup(url)).as(url).isPresent();
            schema.append("<link:linkbaseRef xlink:type=\"simple\" xlink:arcrole=\"http://www.w3.org/1999/xlink/properties/linkbase\""
                    + " xlink:href=\"").append(url).append("\"/>\n");
        }
        schema.append("</xs:appinfo></xs:annotation></xs:schema>");
        Path all = tmp.resolve("all.xsd");
        Files.writeString(all, schema);
        assertThat(VALIDATOR.validate(all)).isEmpty();
    }

    @Test
    void isValidIgnoresWarnings() {
        List<Finding> findings = VALIDATOR.validate(
                Path.of("src/test/resources/invalid/XR-XBRL-615/unused-context/instance.xbrl"));
        assertThat(findings).extracting(Finding::code).containsExactly(Code.XBRL_UNUSED_CONTEXT);
        assertThat(XbrlValidator.isValid(findings)).isTrue();
    }

    /** What the DOM cannot hold, or the validator's recursive walks could not take, is a finding at its place. */
    @Test
    void unusableXmlIsAFindingAtItsPlace() throws IOException {
        String root = "<xbrli:xbrl xmlns:xbrli=\"http://www.xbrl.org/2003/instance\"";
        List<Finding> colon = VALIDATOR.validate(new ByteArrayInputStream((root + " :link=\"x\"/>").getBytes(StandardCharsets.UTF_8)),
                "file:/tmp/colon.xbrl");
        assertThat(colon).singleElement().satisfies(f -> {
            assertThat(f.code()).isEqualTo(Code.XBRL_MALFORMED);
            assertThat(f.source().line()).isEqualTo(1);
            assertThat(f.message()).isEqualTo("\":link\" is not a name Namespaces in XML 1.0 allows");
        });
        String deep = root + ">\n" + "<a>".repeat(XmlDocs.MAX_DEPTH) + "</a>".repeat(XmlDocs.MAX_DEPTH) + "</xbrli:xbrl>";
        List<Finding> nested = VALIDATOR.validate(new ByteArrayInputStream(deep.getBytes(StandardCharsets.UTF_8)), "file:/tmp/deep.xbrl");
        assertThat(nested).singleElement().satisfies(f -> {
            assertThat(f.code()).isEqualTo(Code.XBRL_MALFORMED);
            assertThat(f.source().line()).isEqualTo(2);
            assertThat(f.source().column()).isEqualTo(3 * XmlDocs.MAX_DEPTH + 1); // after the last <a>, one too deep under the root
            assertThat(f.message()).isEqualTo("elements are nested more than 1000 deep");
        });
    }
}
