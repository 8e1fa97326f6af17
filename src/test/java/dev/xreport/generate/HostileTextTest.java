package dev.xreport.generate;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.cos.COSObjectKey;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackageRelationship;
import org.apache.poi.openxml4j.opc.TargetMode;
import org.apache.poi.common.usermodel.HyperlinkType;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFHyperlink;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * A report's words stay words in every deliverable: markup in them is shown, never parsed; a label
 * that begins like a spreadsheet formula is a text cell; no script reaches the PDF. The report is
 * the minimal one with hostile words in every place a report author writes them: the entity's
 * name, a table's title, row labels, a text table's header and records, text facts and the narrative.
 */
class HostileTextTest {
    static final String SCRIPT = "<script>alert(1)</script> & <b>bold</b>";
    static final String ENTITY = "=HYPERLINK(\"http://x\",\"y\")";
    static final String TITLE = "=1+2 <i>Balance</i> & sheet";
    static final String CASH = "=1+1";
    static final String RECEIVABLES = "@SUM(A1)";
    static final String HEADING = "-2+3 <assets> & more";
    static final String AUDITOR = "Example <Auditors> & Co. ]]> \"LLP\" 'x' &amp;";
    static final String DDE = "=cmd|' /C calc'!A0";
    static final String PLUS = "+1+1";
    static final List<String> FORMULA_LIKE = List.of(ENTITY, CASH, RECEIVABLES, HEADING, DDE, PLUS, "=Name", "+Role", "@SUM(B2)", "-1");

    @TempDir
    static Path tmp;
    static Path folder;

    @BeforeAll
    static void generate() throws Exception {
        String yaml = Files.readString(Path.of("src/test/resources/reports/minimal/report.yaml"));
        yaml = replace(yaml, "name: {en: Example Co.}", "name: {en: " + q(ENTITY) + "}");
        yaml = replace(yaml, "title: Balance sheet", "title: " + q(TITLE));
        yaml = replace(yaml, "      - {concept: Cash, label: Cash}", "      - {label: " + q(HEADING) + ", role: heading}\n"
                + "      - {concept: Cash, label: " + q(CASH) + "}");
        yaml = replace(yaml, "{concept: Receivables, label: Receivables}", "{concept: Receivables, label: " + q(RECEIVABLES) + "}");
        yaml = replace(yaml, "{concept: AuditorName, text: Example Auditors LLP}", "{concept: AuditorName, text: " + q(AUDITOR) + "}\n"
                + "  - {concept: AuditorOpinionText, text: " + q(DDE) + "}\n"
                + "  - {concept: AuditorPhoneText, text: " + q(PLUS) + "}");
        yaml = replace(yaml, "\"Total assets were {Assets@I2024}.\"", q(SCRIPT + " {Assets@I2024}"));
        yaml = replace(yaml, "      - table: balance-sheet\n", "      - table: balance-sheet\n      - table: signatories\n");
        yaml = replace(yaml, "checks:", "  - id: signatories\n    kind: people\n    title: Signatories\n"
                + "    header: [\"=Name\", \"+Role\"]\n    records:\n      - [\"@SUM(B2)\", \"-1\"]\nchecks:");
        Path report = tmp.resolve("hostile");
        Files.createDirectories(report);
        Files.writeString(report.resolve("report.yaml"), yaml);
        Result r = new Generator(line -> { }).generate(new Request(report, tmp.resolve("output"), List.of(), null));
        assertThat(r.exitCode()).as("%s", r.findings().all()).isZero();
        folder = r.outputDir();
    }

    private static String replace(String s, String what, String with) {
        assertThat(s).contains(what);
        return s.replace(what, with);
    }

    /** A YAML double-quoted scalar. */
    private static String q(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    // ---- PDF ------------------------------------------------------------------------------------

    @Test
    void thePdfShowsTheWordsLiterallyAndHoldsNoScript() throws Exception {
        Path pdf = folder.resolve("minimal.pdf");
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            String text = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
            assertThat(text).contains(SCRIPT, ENTITY, CASH, RECEIVABLES, HEADING);

            List<String> scripts = new ArrayList<>();
            Set<COSBase> seen = Collections.newSetFromMap(new IdentityHashMap<>());
            walk(doc.getDocument().getTrailer(), "trailer", seen, scripts);
            for (COSObjectKey key : doc.getDocument().getXrefTable().keySet()) {
                COSObject o = doc.getDocument().getObjectFromPool(key);
                walk(o, "object " + key, seen, scripts);
            }
            assertThat(seen).hasSizeGreaterThan(doc.getNumberOfPages() * 3);
            assertThat(scripts).as("JavaScript in the PDF").isEmpty();
            assertThat(doc.getDocumentCatalog().getNames() == null ? null : doc.getDocumentCatalog().getNames().getJavaScript()).isNull();
            assertThat(doc.getDocumentCatalog().getOpenAction()).isNull();
        }
        assertThat(new String(Files.readAllBytes(pdf), StandardCharsets.ISO_8859_1)).doesNotContain("/JavaScript");
    }

    /** Every dictionary reachable from {@code node}: a /JS or /JavaScript key, or a /JavaScript name, is a script. */
    private static void walk(COSBase node, String where, Set<COSBase> seen, List<String> scripts) {
        if (node == null || !seen.add(node)) {
            return;
        }
        if (node instanceof COSObject o) {
            walk(o.getObject(), where, seen, scripts);
        } else if (node instanceof COSDictionary d) {
            for (COSName k : d.keySet()) {
                if (k.getName().equals("JS") || k.getName().equals("JavaScript")) {
                    scripts.add(where + " has /" + k.getName());
                }
                walk(d.getItem(k), where, seen, scripts);
            }
        } else if (node instanceof COSArray a) {
            for (int i = 0; i < a.size(); i++) {
                walk(a.get(i), where, seen, scripts);
            }
        } else if (node instanceof COSName n && n.getName().equals("JavaScript")) {
            scripts.add(where + " names /JavaScript");
        }
    }

    // ---- workbook -------------------------------------------------------------------------------

    /** The formulas the workbook writes itself: cell references, + - /, parentheses and ABS. */
    private static final Pattern OWN_FORMULA = Pattern.compile("(?:[-+/()]|ABS|\\$?[A-Z]{1,3}\\$?[0-9]+)+");

    @Test
    void wordsThatBeginLikeAFormulaAreTextCellsAndTheWorkbookLinksNowhereOutside() throws Exception {
        Path xlsx = folder.resolve("minimal.xlsx");
        List<String> strings = new ArrayList<>();
        try (OPCPackage pkg = OPCPackage.open(xlsx.toFile(), PackageAccess.READ); XSSFWorkbook wb = new XSSFWorkbook(pkg)) {
            int formulas = 0;
            for (Sheet sheet : wb) {
                for (var row : sheet) {
                    for (Cell cell : row) {
                        String at = sheet.getSheetName() + "!" + cell.getAddress();
                        if (cell.getCellType() == CellType.FORMULA) {
                            formulas++;
                            assertThat(cell.getCellFormula()).as("the formula in %s", at).matches(OWN_FORMULA);
                        } else if (cell.getCellType() == CellType.STRING) {
                            strings.add(cell.getStringCellValue());
                            // words of the report written as text cells also carry the quote prefix, so
                            // editing the cell in a spreadsheet does not turn them into a formula either
                            if (!cell.getStringCellValue().isEmpty() && "=+-@".indexOf(cell.getStringCellValue().charAt(0)) >= 0) {
                                assertThat(cell.getCellStyle().getQuotePrefixed()).as("the quote prefix of %s", at).isTrue();
                            }
                        }
                    }
                }
            }
            assertThat(formulas).as("the workbook's own formulas (the total of the balance sheet)").isPositive();
            assertThat(strings).containsAll(FORMULA_LIKE);
            assertThat(strings).anyMatch(s -> s.startsWith("=1+2 <i>Balance"));

            // no link to another workbook, file or site: no external link part, no external relationship
            assertThat(wb.getExternalLinksTable()).isEmpty();
            for (PackagePart part : pkg.getParts()) {
                assertThat(part.getPartName().getName()).doesNotContainIgnoringCase("externalLink");
                if (!part.isRelationshipPart()) {
                    for (PackageRelationship rel : part.getRelationships()) {
                        assertThat(rel.getTargetMode()).as("%s → %s", part.getPartName(), rel.getTargetURI()).isEqualTo(TargetMode.INTERNAL);
                    }
                }
            }
            for (Sheet sheet : wb) {
                for (XSSFHyperlink link : ((XSSFSheet) sheet).getHyperlinkList()) {
                    assertThat(link.getType()).as("the link in %s to %s", sheet.getSheetName(), link.getAddress())
                            .isEqualTo(HyperlinkType.DOCUMENT);
                }
            }
        }
    }

    // ---- XBRL instance and Inline XBRL ---------------------------------------------------------

    @Test
    void theInstanceEscapesTextFacts() throws Exception {
        Path xbrl = folder.resolve("minimal.xbrl");
        Document doc = parse(xbrl);
        assertThat(text(doc, "AuditorName")).containsExactly(AUDITOR);
        assertThat(text(doc, "AuditorOpinionText")).containsExactly(DDE);
        assertThat(Files.readString(xbrl)).contains("&lt;Auditors", "&amp; Co.", "&amp;amp;")
                .doesNotContain("<Auditors>").doesNotContain("CDATA");
    }

    @Test
    void theInlineXbrlDocumentEscapesTextFactsAndTheNarrative() throws Exception {
        Path xhtml = folder.resolve("minimal.xhtml");
        Document doc = parse(xhtml);
        List<String> auditor = new ArrayList<>();
        NodeList tagged = doc.getElementsByTagNameNS("http://www.xbrl.org/2013/inlineXBRL", "nonNumeric");
        for (int i = 0; i < tagged.getLength(); i++) {
            Element e = (Element) tagged.item(i);
            if (e.getAttribute("name").endsWith(":AuditorName")) {
                auditor.add(e.getTextContent());
            }
        }
        assertThat(auditor).isNotEmpty().allSatisfy(t -> assertThat(t).isEqualTo(AUDITOR));
        assertThat(doc.getElementsByTagNameNS("*", "script").getLength()).isZero();
        assertThat(doc.getElementsByTagNameNS("*", "Auditors").getLength()).isZero();
        assertThat(doc.getElementsByTagNameNS("*", "assets").getLength()).isZero();
        assertThat(doc.getDocumentElement().getTextContent()).contains(SCRIPT, HEADING, TITLE);
        assertThat(Files.readString(xhtml)).doesNotContain("<script").doesNotContain("<b>bold");
    }

    /** Well-formed XML, read by a parser that refuses any DOCTYPE (so no entity can stand in for markup). */
    private static Document parse(Path file) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        f.setXIncludeAware(false);
        f.setExpandEntityReferences(false);
        return f.newDocumentBuilder().parse(file.toFile());
    }

    private static List<String> text(Document doc, String localName) {
        NodeList l = doc.getElementsByTagNameNS("*", localName);
        List<String> out = new ArrayList<>();
        for (int i = 0; i < l.getLength(); i++) {
            out.add(l.item(i).getTextContent());
        }
        return out;
    }
}
