package dev.xreport.agree;

import dev.xreport.derive.Cells;
import dev.xreport.diag.Code;
import dev.xreport.diag.Finding;
import dev.xreport.model.Fact;
import dev.xreport.model.Report;
import dev.xreport.model.Source;
import dev.xreport.derive.NumberStyle;
import dev.xreport.render.Presentation;
import dev.xreport.render.RenderOptions;
import dev.xreport.render.xlsx.XlsxRenderer;
import dev.xreport.xbrl.inline.InlineExtractor;
import dev.xreport.xbrl.instance.InstanceWriter;
import dev.xreport.xbrl.XmlIn;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.FormulaEvaluator;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * One number, everywhere: reads back the deliverables a run wrote and compares every figure with the
 * report's canonical fact.
 * <ul>
 * <li>the XBRL instance: every fact, both ways (none missing, none added, none different);</li>
 * <li>the Inline XBRL document: the instance extracted from it, the same way, at the line of each tag;</li>
 * <li>the workbook: every numeric fact cell of the table sheets (totals evaluated as the formulas they
 *     are) and every value of the Facts sheet;</li>
 * <li>the PDF: every figure the Inline XBRL document prints in a table, as printed (thousands, parentheses),
 *     must appear in the PDF's text in the same order.</li>
 * </ul>
 * A disagreement is an ERROR naming the deliverable and the place.
 */
public final class DeliverableCheck {
    private final Report report;
    private final Cells cells;
    private final String lang;
    private final Map<String, Fact> canonical = new LinkedHashMap<>();
    private final List<Finding> findings = new ArrayList<>();

    private DeliverableCheck(Report report, Cells cells, String lang) {
        this.report = report;
        this.cells = cells;
        this.lang = lang;
        for (Fact f : report.facts()) {
            canonical.put(f.concept() + "|" + InstanceWriter.contextId(f.period(), f.dims()), f);
        }
    }

    /** What was compared, for the progress line. */
    public record Outcome(List<Finding> findings, List<String> compared) { }

    /** Compares the deliverables present in {@code dir}; those absent (not asked for) are skipped. */
    public static Outcome check(Report report, Cells cells, String lang, Path dir) {
        DeliverableCheck c = new DeliverableCheck(report, cells, lang);
        String suffix = Presentation.suffix(report, lang);
        List<String> compared = new ArrayList<>();
        Path instance = dir.resolve(report.id() + ".xbrl");
        if (Files.isRegularFile(instance)) {
            compared.add("instance (" + c.instance(instance) + " facts)");
        }
        Path xhtml = dir.resolve(report.id() + suffix + ".xhtml");
        if (Files.isRegularFile(xhtml)) {
            compared.add("Inline XBRL (" + c.inline(xhtml) + " facts)");
        }
        Path xlsx = dir.resolve(report.id() + suffix + ".xlsx");
        if (Files.isRegularFile(xlsx)) {
            compared.add("workbook (" + c.workbook(xlsx) + " cells)");
        }
        Path pdf = dir.resolve(report.id() + suffix + ".pdf");
        if (Files.isRegularFile(pdf) && Files.isRegularFile(xhtml)) {
            compared.add("PDF (" + c.pdf(pdf, xhtml) + " figures)");
        }
        return new Outcome(c.findings, compared);
    }

    // ---- XBRL instance and Inline XBRL ----------------------------------------------------------

    private record Stated(String key, String value, boolean numeric, int line, int column) { }

    private int instance(Path file) {
        try {
            return compareFacts("the XBRL instance", file.toString(), stated(Files.readAllBytes(file)), line -> null);
        } catch (IOException | XMLStreamException e) {
            findings.add(Finding.of(Code.AGREE_MISSING, new Source(file.toString(), 0, 0, ""), "cannot be read back: " + e.getMessage()));
            return 0;
        }
    }

    private int inline(Path file) {
        try {
            InlineExtractor.Extraction x = InlineExtractor.extract(file);
            findings.addAll(x.findings());
            return compareFacts("the Inline XBRL document", file.toString(), stated(x.instance()), x::place);
        } catch (IOException | XMLStreamException e) {
            findings.add(Finding.of(Code.AGREE_MISSING, new Source(file.toString(), 0, 0, ""), "cannot be read back: " + e.getMessage()));
            return 0;
        }
    }

    private int compareFacts(String deliverable, String file, List<Stated> facts, java.util.function.IntFunction<Source> place) {
        Map<String, Fact> unseen = new LinkedHashMap<>(canonical);
        for (Stated s : facts) {
            Source at = place.apply(s.line());
            if (at == null) {
                at = new Source(file, s.line(), s.column(), s.key().replace('|', '@'));
            }
            Fact f = canonical.get(s.key());
            unseen.remove(s.key());
            if (f == null) {
                findings.add(Finding.of(Code.AGREE_MISSING, at, deliverable + " states " + s.key().replace('|', '@') + " = " + s.value()
                        + ", which is not a fact of the report"));
            } else if (!agrees(f, s.value())) {
                findings.add(Finding.of(Code.AGREE_DIFFERENT, at, deliverable + " shows " + s.value() + " for " + f.key()
                        + "; the report states " + canonical(f)).with(List.of(new Finding.Related(f.key() + " in the report", f.source()))));
            }
        }
        for (Fact f : unseen.values()) {
            findings.add(Finding.of(Code.AGREE_MISSING, new Source(file, 0, 0, ""), deliverable + " leaves out " + f.key()
                    + " = " + canonical(f)).with(List.of(new Finding.Related(f.key() + " in the report", f.source()))));
        }
        return facts.size();
    }

    private static boolean agrees(Fact f, String value) {
        if (!f.isNumeric()) {
            return f.text().equals(value);
        }
        try {
            return f.value().compareTo(new BigDecimal(value.strip())) == 0;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private static String canonical(Fact f) {
        return f.isNumeric() ? f.value().toPlainString() : "\"" + f.text() + "\"";
    }

    /** The facts of an instance: concept|contextRef, value and where each starts. */
    private static List<Stated> stated(byte[] xml) throws XMLStreamException {
        XMLStreamReader r = XmlIn.reader(xml);
        List<Stated> out = new ArrayList<>();
        int depth = 0;
        while (r.hasNext()) {
            int e = r.next();
            if (e == XMLStreamConstants.START_ELEMENT) {
                depth++;
                String context = r.getAttributeValue(null, "contextRef");
                if (depth == 2 && context != null) {
                    int line = r.getLocation().getLineNumber();
                    int column = r.getLocation().getColumnNumber();
                    String key = r.getLocalName() + "|" + context;
                    boolean numeric = r.getAttributeValue(null, "unitRef") != null;
                    out.add(new Stated(key, r.getElementText(), numeric, line, column));
                    depth--;
                }
            } else if (e == XMLStreamConstants.END_ELEMENT) {
                depth--;
            }
        }
        return out;
    }

    // ---- workbook -----------------------------------------------------------------------------

    private int workbook(Path file) {
        int n = 0;
        try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ); XSSFWorkbook wb = new XSSFWorkbook(pkg)) {
            FormulaEvaluator eval = wb.getCreationHelper().createFormulaEvaluator();
            for (XlsxRenderer.Placement p : new XlsxRenderer(new RenderOptions(lang, null, null)).placements(report, cells)) {
                Sheet sheet = wb.getSheet(p.sheet());
                Cell cell = sheet == null || sheet.getRow(p.row()) == null ? null : sheet.getRow(p.row()).getCell(p.column());
                String ref = "'" + p.sheet() + "'!" + new org.apache.poi.ss.util.CellReference(p.row(), p.column()).formatAsString(false);
                compareCell(file, ref, cell, eval, p.fact());
                n++;
            }
            Sheet facts = wb.getSheet("Facts");
            List<Fact> all = report.facts();
            int value = XlsxRenderer.factsValueColumn(report);
            for (int i = 0; i < all.size(); i++) {
                Fact f = all.get(i);
                var row = facts == null ? null : facts.getRow(i + 1);
                String ref = "'Facts'!" + new org.apache.poi.ss.util.CellReference(i + 1, value).formatAsString(false);
                if (row == null || row.getCell(0) == null || !f.concept().equals(row.getCell(0).getStringCellValue())) {
                    findings.add(Finding.of(Code.AGREE_MISSING, new Source(file.toString(), i + 2, 1, "'Facts'!A" + (i + 2)),
                            "the workbook's Facts sheet does not show " + f.key() + " on row " + (i + 2)));
                } else if (f.isNumeric()) {
                    compareCell(file, ref, row.getCell(value), eval, f);
                    n++;
                }
            }
        } catch (Exception e) {
            findings.add(Finding.of(Code.AGREE_MISSING, new Source(file.toString(), 0, 0, ""), "cannot be read back: " + e.getMessage()));
        }
        return n;
    }

    private void compareCell(Path file, String ref, Cell cell, FormulaEvaluator eval, Fact f) {
        Source at = new Source(file.toString(), cell == null ? 0 : cell.getRowIndex() + 1, cell == null ? 0 : cell.getColumnIndex() + 1, ref);
        if (cell == null || (cell.getCellType() != CellType.NUMERIC && cell.getCellType() != CellType.FORMULA)) {
            findings.add(Finding.of(Code.AGREE_MISSING, at, "the workbook shows no number at " + ref + " for " + f.key()));
            return;
        }
        double shown = cell.getCellType() == CellType.FORMULA ? eval.evaluate(cell).getNumberValue() : cell.getNumericCellValue();
        // an exact decimal within a double's precision: whole amounts below 2^53 are exact
        if (Math.abs(shown - f.value().doubleValue()) > Math.ulp(f.value().doubleValue()) * 4) {
            findings.add(Finding.of(Code.AGREE_DIFFERENT, at, "the workbook shows " + BigDecimal.valueOf(shown).toPlainString() + " at " + ref
                    + " for " + f.key() + "; the report states " + f.value().toPlainString())
                    .with(List.of(new Finding.Related(f.key() + " in the report", f.source()))));
        }
    }

    // ---- PDF ----------------------------------------------------------------------------------

    private int pdf(Path pdf, Path xhtml) {
        List<Printed> printed;
        List<String> tokens = new ArrayList<>();
        try {
            printed = printed(xhtml, NumberStyle.of(report).decimal());
            try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
                PDFTextStripper stripper = new PDFTextStripper();
                for (int page = 1; page <= doc.getNumberOfPages(); page++) {
                    stripper.setStartPage(page);
                    stripper.setEndPage(page);
                    for (String t : stripper.getText(doc).split("\\s+")) {
                        if (!t.isEmpty()) {
                            tokens.add(t);
                        }
                    }
                }
            }
        } catch (Exception e) {
            findings.add(Finding.of(Code.AGREE_MISSING, new Source(pdf.toString(), 0, 0, ""), "cannot be read back: " + e.getMessage()));
            return 0;
        }
        int next = 0;
        int n = 0;
        for (Printed p : printed) {
            Fact f = canonical.get(p.key());
            if (f == null || !f.isNumeric()) {
                continue; // not a fact of the report: reported against the Inline XBRL document
            }
            n++;
            String expected = p.prefix() + figure(f.value(), p, NumberStyle.of(report)) + p.suffix();
            int found = -1;
            for (int i = next; i < tokens.size(); i++) {
                if (tokens.get(i).equals(expected)) {
                    found = i;
                    break;
                }
            }
            if (found < 0) {
                findings.add(Finding.of(Code.AGREE_DIFFERENT, new Source(pdf.toString(), 0, 0, ""), "the PDF does not print \""
                        + expected + "\" for " + f.key() + " (" + f.value().toPlainString() + ") where the report's pages show it"
                        + " (looked for from word " + (next + 1) + " of the PDF's text on)")
                        .with(List.of(new Finding.Related(f.key() + " in the report", f.source()),
                                new Finding.Related("the same cell in the Inline XBRL document", p.at()))));
            } else {
                next = found + 1;
            }
        }
        return n;
    }

    /** The fact's value as the page prints it: in the tag's scale, grouped by thousands, sign outside. */
    private static String figure(BigDecimal value, Printed p, NumberStyle numbers) {
        BigDecimal v = value.movePointLeft(p.scale()).abs();
        try {
            return numbers.format(v, p.fractionDigits());
        } catch (ArithmeticException e) {
            return v.toPlainString(); // more digits than the page shows: cannot be what it printed
        }
    }

    /** A table cell holding one tagged figure: the text around the tag, and how the tag prints its number. */
    private record Printed(String prefix, String suffix, String key, int scale, int fractionDigits, Source at) { }

    /** Each table cell of the document that holds one tagged figure, in document order ({@code decimal}: the mark before decimals). */
    private static List<Printed> printed(Path xhtml, char decimal) throws IOException, XMLStreamException {
        XMLStreamReader r = XmlIn.reader(Files.readAllBytes(xhtml));
        List<Printed> out = new ArrayList<>();
        StringBuilder before = null;
        StringBuilder inside = null;
        StringBuilder after = null;
        String key = null;
        int scale = 0;
        int tags = 0;
        boolean dash = false;
        String figure = "";
        Source at = null;
        int depth = 0;
        while (r.hasNext()) {
            int e = r.next();
            if (e == XMLStreamConstants.START_ELEMENT) {
                if (before != null) {
                    depth++;
                    if ("nonFraction".equals(r.getLocalName())) {
                        tags++;
                        String name = r.getAttributeValue(null, "name");
                        key = local(name) + "|" + r.getAttributeValue(null, "contextRef");
                        String sc = r.getAttributeValue(null, "scale");
                        scale = sc == null ? 0 : Integer.parseInt(sc.trim());
                        dash = "fixed-zero".equals(local(r.getAttributeValue(null, "format")));
                        at = new Source(xhtml.toString(), r.getLocation().getLineNumber(), r.getLocation().getColumnNumber(), "ix:nonFraction");
                        inside = new StringBuilder();
                    }
                } else if ("td".equals(r.getLocalName())) {
                    before = new StringBuilder();
                    inside = null;
                    figure = "";
                    after = new StringBuilder();
                    tags = 0;
                    depth = 0;
                }
            } else if (e == XMLStreamConstants.CHARACTERS && before != null) {
                (inside == null ? (tags == 0 ? before : after) : inside).append(r.getText());
            } else if (e == XMLStreamConstants.END_ELEMENT && before != null) {
                if (depth == 0) {
                    figure = figure.strip();
                    String prefix = before.toString().strip();
                    String suffix = after.toString().strip();
                    if (tags == 1 && !dash && !figure.isEmpty() && !(prefix + figure + suffix).contains(" ")) {
                        int dot = figure.lastIndexOf(decimal);
                        out.add(new Printed(prefix, suffix, key, scale, dot < 0 ? 0 : figure.length() - dot - 1, at));
                    }
                    before = null;
                } else {
                    depth--;
                    if ("nonFraction".equals(r.getLocalName()) && inside != null) {
                        figure = inside.toString();
                        inside = null;
                    }
                }
            }
        }
        return out;
    }

    private static String local(String qname) {
        return qname == null ? null : qname.substring(qname.indexOf(':') + 1);
    }
}
