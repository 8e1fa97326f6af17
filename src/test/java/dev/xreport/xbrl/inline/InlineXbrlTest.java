package dev.xreport.xbrl.inline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.xreport.diag.Finding;
import dev.xreport.diag.Severity;
import dev.xreport.generate.Generator;
import dev.xreport.generate.Request;
import dev.xreport.generate.Result;
import dev.xreport.xbrl.validate.XbrlValidator;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/** The WeBank Inline XBRL document carries exactly the facts of the XML instance, and validates. */
class InlineXbrlTest {
    @TempDir
    static Path out;
    static Path folder;

    @BeforeAll
    static void generate() {
        Result r = new Generator(line -> { }).generate(Request.defaults(out));
        assertThat(r.exitCode()).isZero();
        folder = r.outputDir();
    }

    @Test
    void theExtractedInstanceHasExactlyTheFactsOfTheXmlInstance() throws Exception {
        InlineExtractor.Extraction x = InlineExtractor.extract(folder.resolve("webank-2022.xhtml"));
        assertThat(x.findings()).isEmpty();
        Set<String> extracted = facts(x.instance());
        Set<String> written = facts(Files.readAllBytes(folder.resolve("webank-2022.xbrl")));
        assertThat(written).hasSizeGreaterThan(300);
        assertThat(extracted).as("in the Inline XBRL document, not in the instance").isSubsetOf(written);
        assertThat(written).as("in the instance, not in the Inline XBRL document").isSubsetOf(extracted);
    }

    @Test
    void theInlineDocumentValidatesWithoutFindings() throws Exception {
        List<Finding> findings = new InlineValidator(new XbrlValidator().withCalculationMode(
                XbrlValidator.CalculationMode.CALCULATIONS_1_1)).validate(folder.resolve("webank-2022.xhtml"));
        assertThat(findings).filteredOn(f -> f.severity() != Severity.INFO).isEmpty();
    }

    /** Both pages are valid against the Inline XBRL 1.1 schema (XHTML 1.1 with the ix elements). */
    @Test
    void theDocumentIsValidAgainstTheInlineXbrlSchema() throws Exception {
        var base = InlineSchema.base();
        org.junit.jupiter.api.Assumptions.assumeTrue(base.isPresent(), "../shared/xbrl-base-schemas is not present");
        assertThat(InlineSchema.errors(base.get(), folder.resolve("webank-2022.xhtml"))).isEmpty();
        // and the schema does find what a browser would forgive: an HTML5 attribute
        Path html5 = out.resolve("html5.xhtml");
        Files.writeString(html5, Files.readString(folder.resolve("webank-2022.xhtml"))
                .replace("<div class=\"contents\" id=\"contents\">", "<div class=\"contents\" id=\"contents\" data-x=\"1\">"));
        assertThat(InlineSchema.errors(base.get(), html5)).singleElement().asString().contains("data-x");
    }

    /**
     * The Chinese page prints its dates as 2023年3月23日: tagged with TR4 date-year-month-day, they extract
     * to the same facts as the English page's "23 March 2023" (date-day-monthname-year-en).
     */
    @Test
    void theChineseDocumentTagsItsDatesInTheirOwnFormat(@TempDir Path zhOut) throws Exception {
        Result r = new Generator(line -> { }).generate(new Request(null, zhOut, List.of("xbrl", "ixbrl"), Severity.INCONSISTENCY, "zh", null));
        assertThat(r.exitCode()).isZero();
        Path zh = r.outputDir().resolve("webank-2022-zh.xhtml");
        assertThat(Files.readString(zh)).contains("format=\"ixt:date-year-month-day\">2023年3月23日<");
        assertThat(Files.readString(folder.resolve("webank-2022.xhtml"))).contains("format=\"ixt:date-day-monthname-year-en\">23 March 2023<");
        InlineExtractor.Extraction x = InlineExtractor.extract(zh);
        assertThat(x.findings()).isEmpty();
        assertThat(facts(x.instance())).isEqualTo(facts(Files.readAllBytes(folder.resolve("webank-2022.xbrl"))));
        assertThat(validator().validate(zh)).filteredOn(f -> f.severity() != Severity.INFO).isEmpty();
        var base = InlineSchema.base();
        if (base.isPresent()) {
            assertThat(InlineSchema.errors(base.get(), zh)).isEmpty();
        }
    }

    /**
     * The report package holds META-INF/reportPackage.json and the document under reports/ with the
     * taxonomy beside it: unpacked anywhere, the document validates without anything else.
     */
    @Test
    void theReportPackageCarriesTheDocumentAndItsTaxonomy(@TempDir Path unpacked) throws Exception {
        List<String> names = new java.util.ArrayList<>();
        try (var zip = new java.util.zip.ZipInputStream(Files.newInputStream(folder.resolve("webank-2022.zip")))) {
            for (var e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                names.add(e.getName());
                Path to = unpacked.resolve(e.getName());
                Files.createDirectories(to.getParent());
                Files.copy(zip, to);
            }
        }
        assertThat(names).contains("webank-2022/META-INF/reportPackage.json", "webank-2022/reports/webank-2022.xhtml",
                "webank-2022/reports/taxonomy/webank-2022.xsd").allMatch(n -> n.startsWith("webank-2022/"));
        assertThat(Files.readString(unpacked.resolve("webank-2022/META-INF/reportPackage.json")))
                .contains("\"documentType\": \"https://xbrl.org/report-package/2023\"");
        Path doc = unpacked.resolve("webank-2022/reports/webank-2022.xhtml");
        assertThat(Files.mismatch(doc, folder.resolve("webank-2022.xhtml"))).isEqualTo(-1L);
        assertThat(validator().validate(doc)).filteredOn(f -> f.severity() != Severity.INFO).isEmpty();
    }

    /**
     * The second of the two tags of treasury stock at the end of 2021 loses its sign: the figure tagged
     * twice now disagrees with itself, and the finding stands at the line of the changed tag.
     */
    @Test
    void aLostSignIsReportedAtTheLineOfItsTag(@TempDir Path broken) throws Exception {
        String signed = "<ix:nonFraction name=\"xr:Equity\" contextRef=\"C_I2021_TreasuryStockMember\"";
        String doc = Files.readString(folder.resolve("webank-2022.xhtml"));
        int second = doc.indexOf(signed, doc.indexOf(signed) + 1);
        assertThat(second).isPositive();
        int end = doc.indexOf('>', second);
        String tag = doc.substring(second, end);
        assertThat(tag).contains(" sign=\"-\"");
        Path file = copy(broken, doc.substring(0, second) + tag.replace(" sign=\"-\"", "") + doc.substring(end));

        List<Finding> findings = validator().validate(file);
        assertThat(findings).filteredOn(f -> f.severity().reaches(Severity.INCONSISTENCY)).singleElement().satisfies(f -> {
            assertThat(f.code().id()).isEqualTo("XR-IX-853");
            assertThat(f.source().file()).isEqualTo(file.toAbsolutePath().toString());
            assertThat(f.source().line()).isEqualTo(lineOf(doc, second));
            assertThat(f.message()).contains("1134284000").contains("-1134284000");
        });
    }

    /** A tag whose context is not among the ix:resources: the finding stands at the line of the tag. */
    @Test
    void aMissingContextIsReportedAtTheLineOfItsTag(@TempDir Path broken) throws Exception {
        String assets = "<ix:nonFraction name=\"xr:Assets\" contextRef=\"C_I2022\"";
        String doc = Files.readString(folder.resolve("webank-2022.xhtml"));
        int at = doc.indexOf(assets);
        assertThat(at).isPositive();
        Path file = copy(broken, doc.substring(0, at) + assets.replace("C_I2022", "C_I2099") + doc.substring(at + assets.length()));

        List<Finding> findings = validator().validate(file);
        assertThat(findings).filteredOn(f -> f.severity() == Severity.ERROR).allSatisfy(f -> assertThat(f.message()).contains("C_I2099"));
        assertThat(findings).anySatisfy(f -> {
            assertThat(f.code().id()).isEqualTo("XR-XBRL-604");
            assertThat(f.source().file()).isEqualTo(file.toAbsolutePath().toString());
            assertThat(f.source().line()).isEqualTo(lineOf(doc, at));
        });
    }

    private static InlineValidator validator() {
        return new InlineValidator(new XbrlValidator().withCalculationMode(XbrlValidator.CalculationMode.CALCULATIONS_1_1));
    }

    /** The document beside a copy of the taxonomy, as the generator writes them. */
    private static Path copy(Path dir, String xhtml) throws Exception {
        try (var files = Files.walk(folder.resolve("taxonomy"))) {
            for (Path p : (Iterable<Path>) files::iterator) {
                Path to = dir.resolve(folder.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(to);
                } else {
                    Files.copy(p, to);
                }
            }
        }
        Path file = dir.resolve("webank-2022.xhtml");
        Files.writeString(file, xhtml);
        return file;
    }

    private static int lineOf(String text, int offset) {
        return (int) text.substring(0, offset).chars().filter(c -> c == '\n').count() + 1;
    }

    /** concept | context | unit | decimals | value (numbers compared as numbers) for every fact. */
    static Set<String> facts(byte[] xml) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        Element root = f.newDocumentBuilder().parse(new ByteArrayInputStream(xml)).getDocumentElement();
        Set<String> facts = new HashSet<>();
        for (Node n = root.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (!(n instanceof Element e) || !e.hasAttribute("contextRef")) {
                continue;
            }
            String value = e.getTextContent();
            if (e.hasAttribute("unitRef")) {
                value = new BigDecimal(value.strip()).stripTrailingZeros().toPlainString();
            }
            String key = "{" + e.getNamespaceURI() + "}" + e.getLocalName() + " | " + e.getAttribute("contextRef") + " | "
                    + e.getAttribute("unitRef") + " | " + e.getAttribute("decimals") + " | " + value;
            assertThat(facts.add(key)).as("stated once: " + key).isTrue();
        }
        return facts;
    }
}
