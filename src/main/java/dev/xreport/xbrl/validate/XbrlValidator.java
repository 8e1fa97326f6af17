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
 * the XBRL 2.1 rules on contexts, units, items, footnotes and calculations, the XBRL Dimensions 1.0
 * rules (DTS and dimensional validity of facts) and XBRL Calculations 1.1. A schema or linkbase
 * given instead of an instance is validated as the entry point of a DTS.
 *
 * <pre>{@code
 * List<Finding> findings = new XbrlValidator().validate(Path.of("output/webank-2022/webank-2022.xbrl"));
 * boolean ok = XbrlValidator.isValid(findings);
 * // the XBRL 2.1 summation-item arcrole checked with Calculations 1.1 semantics too:
 * XbrlValidator calc11 = new XbrlValidator(XbrlCatalog.builtin(), XbrlValidator.CalculationMode.CALCULATIONS_1_1);
 * }</pre>
 *
 * <p>One validator may be reused, and from several threads: it keeps the compiled schemas of the
 * DTSes it has seen.
 */
public final class XbrlValidator {
    /**
     * How summation-item relationships are checked. Relationships of the XBRL Calculations 1.1
     * arcrole ({@code https://xbrl.org/2023/arcrole/summation-item}) always follow Calculations 1.1
     * (round-to-nearest intervals); the mode decides the XBRL 2.1 arcrole
     * ({@code http://www.xbrl.org/2003/arcrole/summation-item}).
     */
    public enum CalculationMode {
        /** The XBRL 2.1 arcrole as XBRL 2.1 section 5.2.5.2 defines it (rounded values compared); the default. */
        XBRL_2_1,
        /** The XBRL 2.1 arcrole too as XBRL Calculations 1.1 defines it (intervals compared, duplicates merged). */
        CALCULATIONS_1_1
    }

    /**
     * Told how long each step of a validation took, in nanoseconds: "parse", "DTS", "XML Schema",
     * "taxonomy" (concepts, networks, their XBRL 2.1 and Dimensions rules), "XBRL 2.1 rules" (contexts,
     * units, items, duplicates, footnotes, essence-alias), "dimensions" and "calculations".
     */
    @FunctionalInterface
    public interface StepTimer {
        void took(String step, long nanos);
    }

    private final XbrlCatalog catalog;
    private final CalculationMode calculationMode;
    private final SchemaCheck schemas;
    private final StepTimer timer;

    /** A validator that serves the XBRL specification schemas from xreport's own copies. */
    public XbrlValidator() {
        this(XbrlCatalog.builtin());
    }

    public XbrlValidator(XbrlCatalog catalog) {
        this(catalog, CalculationMode.XBRL_2_1);
    }

    /** A validator whose XBRL 2.1 summation-item relationships are checked as {@code calculationMode} says. */
    public XbrlValidator(XbrlCatalog catalog, CalculationMode calculationMode) {
        this(catalog, calculationMode, new SchemaCheck(), (step, nanos) -> { });
    }

    private XbrlValidator(XbrlCatalog catalog, CalculationMode calculationMode, SchemaCheck schemas, StepTimer timer) {
        this.catalog = java.util.Objects.requireNonNull(catalog);
        this.calculationMode = java.util.Objects.requireNonNull(calculationMode);
        this.schemas = schemas;
        this.timer = java.util.Objects.requireNonNull(timer);
    }

    /** This validator with another calculation mode (sharing the compiled schemas). */
    public XbrlValidator withCalculationMode(CalculationMode mode) {
        return mode == calculationMode ? this : new XbrlValidator(catalog, mode, schemas, timer);
    }

    /** This validator telling {@code timer} how long each step takes (sharing the compiled schemas): for benchmarks. */
    public XbrlValidator withStepTimer(StepTimer timer) {
        return new XbrlValidator(catalog, calculationMode, schemas, timer);
    }

    /** Tells the timer that {@code step} ended now; {@code since[0]} is when it began, and becomes now. */
    private void lap(String step, long[] since) {
        long now = System.nanoTime();
        timer.took(step, now - since[0]);
        since[0] = now;
    }

    public CalculationMode calculationMode() {
        return calculationMode;
    }

    /** Validates the instance (or DTS entry point) in {@code file}. */
    public List<Finding> validate(Path file) {
        Path abs = file.toAbsolutePath().normalize();
        try (InputStream in = new java.io.BufferedInputStream(Files.newInputStream(abs), 1 << 16)) {
            // an instance is read as it streams in; a schema or linkbase is small and kept as bytes for the schema compiler
            return validate(in, abs.toUri().toString(), () -> Files.readAllBytes(abs));
        } catch (IOException e) {
            Sink sink = new Sink();
            sink.add(Code.XBRL_MALFORMED, abs.toUri().toString(), 0, 0, "cannot be read: " + e.getMessage());
            return sink.findings().sorted();
        }
    }

    /** Validates a document read from {@code in}; {@code systemId} (an absolute URI) resolves its relative references. */
    public List<Finding> validate(InputStream in, String systemId) throws IOException {
        byte[] bytes = in.readAllBytes();
        return validate(new java.io.ByteArrayInputStream(bytes), systemId, () -> bytes);
    }

    /** The bytes of the document being validated, read again when it is not an instance. */
    private interface Bytes {
        byte[] read() throws IOException;
    }

    /** True when no finding is an error or an inconsistency (the conformance suite's "valid"). */
    public static boolean isValid(List<Finding> findings) {
        return findings.stream().noneMatch(f -> f.severity().reaches(Severity.INCONSISTENCY));
    }

    private List<Finding> validate(InputStream in, String uri, Bytes bytes) throws IOException {
        Sink sink = new Sink();
        long[] since = {System.nanoTime()};
        XmlDocs.Parsed parsed;
        try {
            parsed = XmlDocs.parseLean(in, uri);
        } catch (SAXParseException e) {
            sink.add(Code.XBRL_MALFORMED, uri, e.getLineNumber(), e.getColumnNumber(), dev.xreport.xbrl.XmlIn.explain(e));
            return sink.findings().sorted();
        } catch (SAXException | IOException e) {
            sink.add(Code.XBRL_MALFORMED, uri, 0, 0, String.valueOf(e.getMessage()));
            return sink.findings().sorted();
        }
        lap("parse", since);
        Document dom = parsed.dom();
        Dts.Kind kind = Dts.kindOf(dom);
        Dts.Doc start = new Dts.Doc(Dts.canonical(uri), kind == Dts.Kind.INSTANCE ? null : bytes.read(), dom, kind);
        if (start.kind() == Dts.Kind.OTHER) {
            sink.add(Code.XBRL_SCHEMA_INVALID, dom.getDocumentElement(), "the document element "
                    + dom.getDocumentElement().getTagName() + " is not xbrli:xbrl, xs:schema or link:linkbase");
            return sink.findings().sorted();
        }
        Dts dts = Dts.discover(start, catalog, sink);
        lap("DTS", since);
        schemas.validate(dts, start, parsed, sink);
        lap("XML Schema", since);
        Taxonomy taxonomy = Taxonomy.of(dts);
        taxonomy.check(sink);
        ConceptRules.checkDts(dts, taxonomy, sink);
        LinkbaseRules.check(dts, sink);
        Networks networks = Networks.of(dts, taxonomy, sink);
        Cycles.check(networks, dts, sink);
        EssenceAlias.checkDts(networks, taxonomy, sink);
        Calculations.checkArcs(networks, taxonomy, sink);
        List<String> calc11 = calculationMode == CalculationMode.CALCULATIONS_1_1
                ? List.of(Ns.SUMMATION_ITEM_11, Ns.SUMMATION_ITEM) : List.of(Ns.SUMMATION_ITEM_11);
        Calculations.checkArcs11(networks, taxonomy, calc11, sink);
        Dimensions dimensions = new Dimensions(networks, taxonomy);
        dimensions.checkDts(dts, sink);
        lap("taxonomy", since);
        if (start.kind() == Dts.Kind.INSTANCE) {
            InstanceModel model = new InstanceModel(dom.getDocumentElement(), parsed.children(), parsed.counts(), taxonomy);
            new InstanceRules(model, taxonomy, sink).check();
            ConceptRules.checkFacts(model, sink);
            ConceptRules.requiresElement(networks, model, sink);
            Footnotes.check(start, model, dts, sink);
            EssenceAlias.check(networks, model, sink);
            lap("XBRL 2.1 rules", since);
            dimensions.checkContexts(model, sink);
            dimensions.checkFacts(model, sink);
            lap("dimensions", since);
            if (calculationMode == CalculationMode.XBRL_2_1) {
                Calculations.checkFacts(networks, model, sink);
            }
            Calculations.checkFacts11(networks, model, calc11, sink);
            lap("calculations", since);
        }
        return sink.findings().sorted();
    }
}
