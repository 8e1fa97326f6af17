package dev.xreport.render.xlsx;

import dev.xreport.model.Fact;
import dev.xreport.model.Period;
import dev.xreport.model.Report;
import dev.xreport.taxonomy.Taxonomy;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFSheet;

/**
 * The Facts sheet: one row per fact of the XBRL instance, in the instance's order — concept, its
 * label in each language the report has ("English label", "Chinese label"), period start, period end
 * or instant, dimension members, unit, decimals, value — with an autofilter and a frozen header. The
 * headings are in English whatever the language of the rest, so that scripts find their columns.
 * Streamed: rows leave memory as they are written.
 */
final class FactsSheet {
    private FactsSheet() { }

    /** The headings of the sheet for a report with words in {@code languages}; the value is the last column. */
    static List<String> header(List<String> languages) {
        List<String> h = new ArrayList<>(List.of("Concept"));
        for (String lang : languages) {
            h.add(Locale.forLanguageTag(lang).getDisplayLanguage(Locale.ENGLISH) + " label");
        }
        h.addAll(List.of("Period start", "Period end or instant", "Dimensions", "Unit", "Decimals", "Value"));
        return h;
    }

    static void write(Report report, Taxonomy taxonomy, SXSSFSheet sheet, XlsxRenderer.Styles styles,
                      dev.xreport.render.Presentation presentation) {
        write(report, taxonomy.labels(), sheet, styles, presentation.languages());
    }

    /** With labels as concept → role → language → text (a large synthetic report passes its own). */
    static void write(Report report, Map<String, Map<String, Map<String, String>>> labels, SXSSFSheet sheet,
                      XlsxRenderer.Styles styles, List<String> languages) {
        List<String> headings = header(languages);
        int n = headings.size();
        Row header = sheet.createRow(0);
        for (int c = 0; c < n; c++) {
            Cell cell = header.createCell(c);
            cell.setCellValue(headings.get(c));
            cell.setCellStyle(c >= n - 2 ? styles.headerNum : styles.header);
        }
        int at = 1 + languages.size(); // the first column after the labels
        int r = 1;
        for (Fact f : report.facts()) {
            Row row = sheet.createRow(r++);
            Map<String, String> standard = labels.getOrDefault(f.concept(), Map.of()).getOrDefault(Taxonomy.LABEL, Map.of());
            Period p = report.periods().get(f.period());
            styles.text(row.createCell(0), f.concept(), styles.text);
            for (int i = 0; i < languages.size(); i++) {
                styles.text(row.createCell(1 + i), standard.getOrDefault(languages.get(i), ""), styles.text);
            }
            styles.text(row.createCell(at), p == null || p.isInstant() ? "" : p.start().toString(), styles.text);
            styles.text(row.createCell(at + 1), p == null ? "" : p.end().toString(), styles.text);
            styles.text(row.createCell(at + 2), f.dims().members().entrySet().stream()
                    .map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining("; ")), styles.text);
            if (f.isNumeric()) {
                styles.text(row.createCell(at + 3), report.units().get(f.unit()).measure(), styles.text);
                Cell d = row.createCell(at + 4);
                d.setCellValue(f.decimals());
                Cell v = row.createCell(at + 5);
                // a double holds every amount of the report exactly (below 2^53); ratios to their digits
                v.setCellValue(f.value().doubleValue());
                v.setCellStyle(report.units().get(f.unit()).isPure() ? styles.percent : styles.plain);
            } else {
                styles.text(row.createCell(at + 3), "", styles.text);
                styles.text(row.createCell(at + 5), f.text(), styles.text);
            }
        }
        sheet.createFreezePane(1, 1);
        sheet.setAutoFilter(new CellRangeAddress(0, Math.max(r - 1, 0), 0, n - 1));
        sheet.setColumnWidth(0, 38 * 256);
        for (int i = 0; i < languages.size(); i++) {
            sheet.setColumnWidth(1 + i, (i == 0 ? 44 : 24) * 256);
        }
        int[] widths = {12, 14, 40, 14, 9, 20};
        for (int c = 0; c < widths.length; c++) {
            sheet.setColumnWidth(at + c, widths[c] * 256);
        }
        sheet.setRepeatingRows(new CellRangeAddress(0, 0, -1, -1));
        sheet.getPrintSetup().setLandscape(true);
        sheet.setFitToPage(true);
        sheet.getPrintSetup().setFitWidth((short) 1);
        sheet.getPrintSetup().setFitHeight((short) 0);
    }
}
