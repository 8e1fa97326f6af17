package dev.xreport.xbrl.validate;

import dev.xreport.diag.Code;
import dev.xreport.diag.Finding;
import dev.xreport.diag.Severity;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.w3c.dom.Document;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * Validates an XBRL 2.1 instance offline: discovers its DTS through local files and the
 * {@link XbrlCatalog}, validates the instance and linkbases against the DTS schemas, then applies
 * the XBRL 2.1 rules on contexts, units, items, footnotes and calculations. A schema or linkbase
 * given instead of an instance is validated as the entry point of a DTS.
 *
 * <pre>{@code
 * List<Finding> findings = new XbrlValidator().validate(Path.of("output/webank-2022/webank-2022.xbrl"));
 * boolean ok = XbrlValidator.isValid(findings);
 * }</pre>
 *
 * <p>One validator may be reused, and from several threads: it keeps the compiled schemas of the
 * DTSes it has seen.
 */
public final class XbrlValidator {
    private final XbrlCatalog catalog;
    private final SchemaCheck schemas = new SchemaCheck();

    /** A validator that serves the XBRL specification schemas from xreport's own copies. */
    public XbrlValidator() {
        this(XbrlCatalog.builtin());
    }

    public XbrlValidator(XbrlCatalog catalog) {
        this.catalog = catalog;
    }

    /** Validates the instance (or DTS entry point) in {@code file}. */
    public List<Finding> validate(Path file) {
        Path abs = file.toAbsolutePath().normalize();
        try {
            return validate(Files.readAllBytes(abs), abs.toUri().toString());
        } catch (IOException e) {
            Sink sink = new Sink();
            sink.add(Code.XBRL_MALFORMED, abs.toUri().toString(), 0, 0, "cannot be read: " + e.getMessage());
            return sink.findings().sorted();
        }
    }

    /** Validates a document read from {@code in}; {@code systemId} (an absolute URI) resolves its relative references. */
    public List<Finding> validate(InputStream in, String systemId) throws IOException {
        return validate(in.readAllBytes(), systemId);
    }

    /** True when no finding is an error or an inconsistency (the conformance suite's "valid"). */
    public static boolean isValid(List<Finding> findings) {
        return findings.stream().noneMatch(f -> f.severity().reaches(Severity.INCONSISTENCY));
    }

    private List<Finding> validate(byte[] bytes, String uri) {
        Sink sink = new Sink();
        Document dom;
        try {
            dom = XmlDocs.parse(bytes, uri);
        } catch (SAXParseException e) {
            sink.add(Code.XBRL_MALFORMED, uri, e.getLineNumber(), e.getColumnNumber(), e.getMessage());
            return sink.findings().sorted();
        } catch (SAXException | IOException e) {
            sink.add(Code.XBRL_MALFORMED, uri, 0, 0, String.valueOf(e.getMessage()));
            return sink.findings().sorted();
        }
        Dts.Doc start = new Dts.Doc(Dts.canonical(uri), bytes, dom, Dts.kindOf(dom));
        if (start.kind() == Dts.Kind.OTHER) {
            sink.add(Code.XBRL_SCHEMA_INVALID, dom.getDocumentElement(), "the document element "
                    + dom.getDocumentElement().getTagName() + " is not xbrli:xbrl, xs:schema or link:linkbase");
            return sink.findings().sorted();
        }
        Dts dts = Dts.discover(start, catalog, sink);
        schemas.validate(dts, start, sink);
        Taxonomy taxonomy = Taxonomy.of(dts);
        taxonomy.check(sink);
        Networks networks = Networks.of(dts, taxonomy, sink);
        Calculations.checkArcs(networks, taxonomy, sink);
        if (start.kind() == Dts.Kind.INSTANCE) {
            InstanceModel model = new InstanceModel(dom.getDocumentElement(), taxonomy);
            new InstanceRules(model, taxonomy, sink).check();
            Footnotes.check(start, model, dts, sink);
            Dimensions.check(model, taxonomy, networks, sink);
            Calculations.checkFacts(networks, model, sink);
            EssenceAlias.check(networks, model, sink);
        }
        return sink.findings().sorted();
    }
}
