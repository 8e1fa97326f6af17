package dev.xreport.render.xlsx;

import dev.xreport.model.Fact;
import dev.xreport.model.Period;
import dev.xreport.model.Report;
import dev.xreport.taxonomy.Taxonomy;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFSheet;

/**
 * The Facts sheet: one row per fact of the XBRL instance, in the instance's order — concept, English
 * and Chinese label, period start, period end or instant, dimension members, unit, decimals, value —
 * with an autofilter and a frozen header. Streamed: rows leave memory as they are written.
 */
final class FactsSheet {
    static final String[] HEADER = {"Concept", "English label", "Chinese label", "Period start", "Period end or instant",
        "Dimensions", "Unit", "Decimals", "Value"};

    private FactsSheet() { }

    static void write(Report report, Taxonomy taxonomy, SXSSFSheet sheet, XlsxRenderer.Styles styles) {
        write(report, taxonomy.labels(), sheet, styles);
    }

    /** With labels as concept → role → language → text (a large synthetic report passes its own). */
    static void write(Report report, Map<String, Map<String, Map<String, String>>> labels, SXSSFSheet sheet,
                      XlsxRenderer.Styles styles) {
        Row header = sheet.createRow(0);
        for (int c = 0; c < HEADER.length; c++) {
            Cell cell = header.createCell(c);
            cell.setCellValue(HEADER[c]);
            cell.setCellStyle(c == HEADER.length - 1 || c == 7 ? styles.headerNum : styles.header);
        }
        int r = 1;
        for (Fact f : report.facts()) {
            Row row = sheet.createRow(r++);
            Map<String, String> standard = labels.getOrDefault(f.concept(), Map.of()).getOrDefault(Taxonomy.LABEL, Map.of());
            Period p = report.periods().get(f.period());
            styles.text(row.createCell(0), f.concept(), styles.text);
            styles.text(row.createCell(1), standard.getOrDefault("en", ""), styles.text);
            styles.text(row.createCell(2), standard.getOrDefault("zh", ""), styles.text);
            styles.text(row.createCell(3), p == null || p.isInstant() ? "" : p.start().toString(), styles.text);
            styles.text(row.createCell(4), p == null ? "" : p.end().toString(), styles.text);
            styles.text(row.createCell(5), f.dims().members().entrySet().stream()
                    .map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining("; ")), styles.text);
            if (f.isNumeric()) {
                styles.text(row.createCell(6), report.units().get(f.unit()).measure(), styles.text);
                Cell d = row.createCell(7);
                d.setCellValue(f.decimals());
                Cell v = row.createCell(8);
                // a double holds every amount of the report exactly (below 2^53); ratios to their digits
                v.setCellValue(f.value().doubleValue());
                v.setCellStyle(report.units().get(f.unit()).isPure() ? styles.percent : styles.plain);
            } else {
                styles.text(row.createCell(6), "", styles.text);
                styles.text(row.createCell(8), f.text(), styles.text);
            }
        }
        sheet.createFreezePane(1, 1);
        sheet.setAutoFilter(new CellRangeAddress(0, Math.max(r - 1, 0), 0, HEADER.length - 1));
        int[] widths = {38, 44, 24, 12, 14, 40, 14, 9, 20};
        for (int c = 0; c < widths.length; c++) {
            sheet.setColumnWidth(c, widths[c] * 256);
        }
        sheet.setRepeatingRows(new CellRangeAddress(0, 0, -1, -1));
        sheet.getPrintSetup().setLandscape(true);
        sheet.setFitToPage(true);
        sheet.getPrintSetup().setFitWidth((short) 1);
        sheet.getPrintSetup().setFitHeight((short) 0);
    }
}
