package dev.xreport.render.xlsx;

import static org.assertj.core.api.Assertions.assertThat;

import dev.xreport.TestSupport;
import dev.xreport.derive.Cells;
import dev.xreport.diag.Findings;
import dev.xreport.load.ReportLoader;
import dev.xreport.model.Column;
import dev.xreport.model.FactTable;
import dev.xreport.model.Report;
import dev.xreport.model.Row;
import dev.xreport.model.Table;
import dev.xreport.xbrl.instance.InstanceWriter;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamReader;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.FormulaEvaluator;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The analyst's workbook, opened with POI: live totals, numeric cells, the Facts sheet equal to the instance. */
class XlsxRendererTest {
    private static final Report REPORT = TestSupport.webank();
    private static XSSFWorkbook workbook;
    private static Path file;

    @BeforeAll
    static void render() throws Exception {
        Path dir = Files.createTempDirectory("xreport-xlsx-");
        file = new XlsxRenderer("en").render(REPORT, new Cells(REPORT), new Findings(), dir);
        workbook = new XSSFWorkbook(Files.newInputStream(file));
    }

    private static XSSFSheet sheetOf(String tableId) {
        List<Table> order = XlsxRenderer.tablesInOrder(REPORT);
        int index = 1 + order.stream().map(Table::id).toList().indexOf(tableId);
        return workbook.getSheetAt(index);
    }

    /** Row of a table row on its sheet: the label in column A, in the table's order after the header. */
    private static XSSFRow rowOf(XSSFSheet sheet, FactTable t, Row r, int nth) {
        // the body starts under the frozen header, one sheet row per table row, in order
        int first = sheet.getPaneInformation().getHorizontalSplitTopRow();
        XSSFRow row = sheet.getRow(first + t.rows().indexOf(r));
        assertThat(row.getCell(0).getStringCellValue()).isEqualTo(r.label());
        return row;
    }

    /** Every total is a formula; evaluated, it equals the reported fact. */
    @Test
    void everyTotalIsALiveFormulaThatEqualsItsFact() {
        FormulaEvaluator evaluator = workbook.getCreationHelper().createFormulaEvaluator();
        evaluator.evaluateAll();
        Cells cells = new Cells(REPORT);
        int totals = 0;
        for (Table t : REPORT.tables()) {
            if (!(t instanceof FactTable table)) {
                continue;
            }
            XSSFSheet sheet = sheetOf(table.id());
            Map<String, Integer> seen = new HashMap<>();
            for (Row r : table.rows()) {
                int nth = seen.merge(r.label(), 1, Integer::sum) - 1;
                if (r.sum().isEmpty()) {
                    continue;
                }
                XSSFRow row = rowOf(sheet, table, r, nth);
                int first = 1 + (table.noteHeader() == null ? 0 : 1);
                for (int c = 0; c < table.columns().size(); c++) {
                    Column col = table.columns().get(c);
                    if (col.isDerived() || r.blank().contains(col.id())) {
                        continue;
                    }
                    var fact = cells.fact(table, r, col);
                    if (fact.isEmpty()) {
                        continue;
                    }
                    XSSFCell cell = row.getCell(first + c);
                    assertThat(cell.getCellType()).as("%s / %s / %s", table.id(), r.label(), col.label()).isEqualTo(CellType.FORMULA);
                    BigDecimal evaluated = BigDecimal.valueOf(evaluator.evaluate(cell).getNumberValue());
                    assertThat(evaluated).as("%s / %s / %s = %s", table.id(), r.label(), col.label(), cell.getCellFormula())
                            .isEqualByComparingTo(fact.get().value());
                    totals++;
                }
            }
        }
        // 152 total cells in the tables' value columns, of which 21 are the equity statements' dashes (no fact)
        assertThat(totals).isEqualTo(131);
    }

    /** Amounts are numbers (full CNY, shown in thousands), never text. */
    @Test
    void amountsAreNumericCellsShownInThousands() {
        XSSFSheet bs = sheetOf("balance-sheet");
        FactTable t = (FactTable) REPORT.table("balance-sheet").orElseThrow();
        XSSFRow cash = rowOf(bs, t, t.row("CashAndBalancesWithCentralBank").orElseThrow(), 0);
        XSSFCell cell = cash.getCell(2);
        assertThat(cell.getCellType()).isEqualTo(CellType.NUMERIC);
        assertThat(cell.getNumericCellValue()).isEqualTo(86_318_005_000d);
        assertThat(new org.apache.poi.ss.usermodel.DataFormatter().formatCellValue(cell)).isEqualTo("86,318,005");
        XSSFSheet is = sheetOf("income-statement");
        FactTable ist = (FactTable) REPORT.table("income-statement").orElseThrow();
        XSSFCell expense = rowOf(is, ist, ist.row("InterestExpense").orElseThrow(), 0).getCell(2);
        assertThat(expense.getNumericCellValue()).isEqualTo(8_034_866_000d); // the fact, positive
        assertThat(new org.apache.poi.ss.usermodel.DataFormatter().formatCellValue(expense)).isEqualTo("(8,034,866)");
    }

    /** The Facts sheet and the XBRL instance: the same facts, one for one. */
    @Test
    void theFactsSheetEqualsTheInstance() throws Exception {
        ByteArrayOutputStream xml = new ByteArrayOutputStream();
        new InstanceWriter(REPORT).write(xml, "taxonomy/webank-2022.xsd");
        XMLInputFactory f = XMLInputFactory.newFactory();
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        XMLStreamReader r = f.createXMLStreamReader(new ByteArrayInputStream(xml.toByteArray()));
        Map<String, String> contexts = new HashMap<>();
        Map<String, String> units = new HashMap<>();
        List<String> instance = new ArrayList<>();
        String ns = REPORT.vocabulary().namespace();
        String context = null;
        String unit = null;
        StringBuilder parts = new StringBuilder();
        Map<String, String> dims = new TreeMap<>();
        String start = "";
        while (r.hasNext()) {
            int e = r.next();
            if (e == XMLStreamConstants.START_ELEMENT) {
                String name = r.getLocalName();
                if (name.equals("context")) {
                    context = r.getAttributeValue(null, "id");
                    dims.clear();
                    start = "";
                } else if (name.equals("startDate")) {
                    start = r.getElementText();
                } else if (name.equals("endDate") || name.equals("instant")) {
                    parts.setLength(0);
                    parts.append(start).append('|').append(r.getElementText());
                } else if (name.equals("explicitMember")) {
                    String axis = r.getAttributeValue(null, "dimension").replaceAll(".*:", "");
                    dims.put(axis, r.getElementText().replaceAll(".*:", ""));
                } else if (name.equals("unit")) {
                    unit = r.getAttributeValue(null, "id");
                } else if (name.equals("measure")) {
                    units.put(unit, r.getElementText());
                } else if (ns.equals(r.getNamespaceURI())) {
                    String u = r.getAttributeValue(null, "unitRef");
                    String d = r.getAttributeValue(null, "decimals");
                    String key = name + "|" + contexts.get(r.getAttributeValue(null, "contextRef")) + "|"
                            + (u == null ? "" : units.get(u)) + "|" + (d == null ? "" : d) + "|";
                    String value = r.getElementText();
                    instance.add(key + (u == null ? value : new BigDecimal(value).stripTrailingZeros().toPlainString()));
                }
            } else if (e == XMLStreamConstants.END_ELEMENT && r.getLocalName().equals("context")) {
                contexts.put(context, parts + "|" + String.join("; ", dims.entrySet().stream()
                        .map(x -> x.getKey() + "=" + x.getValue()).toList()));
            }
        }
        XSSFSheet facts = workbook.getSheet("Facts");
        assertThat(facts.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Concept");
        List<String> sheet = new ArrayList<>();
        for (int i = 1; i <= facts.getLastRowNum(); i++) {
            XSSFRow row = facts.getRow(i);
            String key = row.getCell(0).getStringCellValue() + "|" + row.getCell(3).getStringCellValue() + "|"
                    + row.getCell(4).getStringCellValue() + "|" + row.getCell(5).getStringCellValue() + "|"
                    + row.getCell(6).getStringCellValue() + "|"
                    + (row.getCell(7) == null ? "" : String.valueOf((int) row.getCell(7).getNumericCellValue())) + "|";
            XSSFCell v = row.getCell(8);
            sheet.add(key + (v.getCellType() == CellType.NUMERIC
                    ? BigDecimal.valueOf(v.getNumericCellValue()).stripTrailingZeros().toPlainString() : v.getStringCellValue()));
        }
        assertThat(sheet).hasSize(instance.size()).hasSize(REPORT.facts().size());
        assertThat(new HashSet<>(sheet)).isEqualTo(new HashSet<>(instance));
        assertThat(facts.getCTWorksheet().isSetAutoFilter()).isTrue();
        assertThat(facts.getPaneInformation().isFreezePane()).isTrue();
    }

    @Test
    void aCoverLinksToEverySheetAndNamesFitExcel() {
        XSSFSheet cover = workbook.getSheetAt(0);
        Set<String> links = new HashSet<>();
        for (int i = 0; i <= cover.getLastRowNum(); i++) {
            var row = cover.getRow(i);
            if (row != null && row.getCell(0) != null && row.getCell(0).getHyperlink() != null) {
                links.add(row.getCell(0).getStringCellValue());
            }
        }
        Set<String> names = new HashSet<>();
        for (int i = 1; i < workbook.getNumberOfSheets(); i++) {
            String name = workbook.getSheetName(i);
            assertThat(name.length()).isLessThanOrEqualTo(31);
            assertThat(names.add(name.toLowerCase())).as("unique: %s", name).isTrue();
        }
        assertThat(links).isEqualTo(new HashSet<>(names.stream().map(n -> workbook.getSheet(n).getSheetName()).toList()));
        assertThat(workbook.getNumberOfSheets()).isEqualTo(1 + REPORT.tables().size() + 1);
        assertThat(workbook.getProperties().getCoreProperties().getTitle()).contains("WeBank");
        assertThat(new org.apache.poi.ss.usermodel.DataFormatter().formatCellValue(cover.getRow(0).getCell(0))).isEqualTo("WeBank Co., Ltd.");
        assertThat(cover.getRow(1).getCell(0).getStringCellValue()).isEqualTo("深圳前海微众银行股份有限公司");
    }

    /** The cover states the report's date, not the time of the run, and which xreport wrote it. */
    @Test
    void theCoverIsDatedWithTheDocumentDate() {
        XSSFSheet cover = workbook.getSheetAt(0);
        Map<String, String> lines = new HashMap<>();
        for (int i = 0; i <= cover.getLastRowNum(); i++) {
            var row = cover.getRow(i);
            if (row != null && row.getCell(0) != null && row.getCell(1) != null) {
                lines.put(row.getCell(0).getStringCellValue(), row.getCell(1).getStringCellValue());
            }
        }
        java.time.ZonedDateTime date = dev.xreport.render.DocumentDate.of(REPORT);
        assertThat(lines).containsEntry("Dated", XlsxRenderer.shown(date)).doesNotContainKey("Generated");
        assertThat(lines.get("Generated by")).startsWith("xreport ");
        assertThat(XlsxRenderer.shown(java.time.ZonedDateTime.parse("2023-03-23T00:00:00Z"))).isEqualTo("2023-03-23");
        assertThat(XlsxRenderer.shown(java.time.ZonedDateTime.parse("2023-11-14T22:13:20Z"))).isEqualTo("2023-11-14T22:13:20Z");
    }

    @Test
    void theLinesOfATotalCollapseUnderIt() {
        XSSFSheet bs = sheetOf("balance-sheet");
        FactTable t = (FactTable) REPORT.table("balance-sheet").orElseThrow();
        XSSFRow line = rowOf(bs, t, t.row("BorrowingsFromCentralBank").orElseThrow(), 0);
        XSSFRow total = rowOf(bs, t, t.row("Liabilities").orElseThrow(), 0);
        assertThat(line.getCTRow().getOutlineLevel()).isGreaterThan(total.getCTRow().getOutlineLevel());
        assertThat(bs.getPaneInformation().isFreezePane()).isTrue();
        assertThat(bs.getRepeatingRows()).isNotNull();
    }

    /** Words that look like a formula are stored as words. */
    @Test
    void aHostileTextIsStoredAsText(@org.junit.jupiter.api.io.TempDir Path tmp) throws Exception {
        String minimal = Files.readString(Path.of("src/test/resources/reports/minimal/report.yaml"));
        Files.writeString(tmp.resolve("report.yaml"), minimal.replace("text: Example Auditors LLP",
                "text: \"=HYPERLINK(\\\"http://x\\\",\\\"y\\\")\"").replace("tables:",
                "tables:\n  - id: auditor\n    kind: facts\n    title: Auditor\n    columns: [{id: v, label: \"\", period: FY2024}]\n    rows: [{concept: AuditorName, label: Auditor}]"));
        Report report = ReportLoader.load(tmp).report();
        Path out = new XlsxRenderer("en").render(report, new Cells(report), new Findings(), tmp);
        try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(out))) {
            int hostile = 0;
            for (var sheet : wb) {
                for (var row : sheet) {
                    for (var cell : row) {
                        if (cell.getCellType() == CellType.STRING && cell.getStringCellValue().startsWith("=HYPERLINK")) {
                            assertThat(cell.getCellStyle().getQuotePrefixed()).isTrue();
                            hostile++;
                        }
                        assertThat(cell.getCellType() == CellType.FORMULA && cell.getCellFormula().contains("HYPERLINK")).isFalse();
                    }
                }
            }
            assertThat(hostile).isEqualTo(2); // on the auditor sheet and on the Facts sheet
        }
    }
}
