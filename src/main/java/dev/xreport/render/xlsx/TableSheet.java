package dev.xreport.render.xlsx;

import dev.xreport.derive.Cells;
import dev.xreport.model.Column;
import dev.xreport.model.Correction;
import dev.xreport.model.Fact;
import dev.xreport.model.FactTable;
import dev.xreport.model.Report;
import dev.xreport.model.Row;
import dev.xreport.model.RowRole;
import dev.xreport.model.TableKind;
import dev.xreport.model.Unit;
import dev.xreport.render.Presentation;
import dev.xreport.taxonomy.Taxonomy;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.ClientAnchor;
import org.apache.poi.ss.usermodel.Comment;
import org.apache.poi.ss.usermodel.Drawing;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.streaming.SXSSFSheet;

/**
 * One table as a sheet: title, subtitle and unit caption; the header rows (frozen and repeated on
 * every printed page); one row per table row with its label indented by depth; amounts as numbers
 * (full CNY, shown in thousands); every total a live formula of its lines with their weights; the
 * share and change columns as formulas; the lines of a total grouped so they collapse under it.
 */
final class TableSheet {
    private final Report report;
    private final Cells cells;
    private final Taxonomy taxonomy;
    private final FactTable table;
    private final SXSSFSheet sheet;
    private final XlsxRenderer.Styles styles;
    private final Presentation presentation;
    private final String lang;
    private final Map<String, Integer> rowIndex = new HashMap<>();
    private final Map<String, Integer> columnIndex = new HashMap<>();
    private Drawing<?> drawing;

    TableSheet(Report report, Cells cells, Taxonomy taxonomy, FactTable table, SXSSFSheet sheet,
               XlsxRenderer.Styles styles, Presentation presentation) {
        this.report = report;
        this.cells = cells;
        this.taxonomy = taxonomy;
        this.table = table;
        this.sheet = sheet;
        this.styles = styles;
        this.presentation = presentation;
        this.lang = presentation.lang();
    }

    /** Where the rows and columns of a table stand on its sheet (0-based): the writer's and the checker's map. */
    record Layout(int headerTop, int headerRows, int firstColumn, Map<String, Integer> rows, Map<String, Integer> columns) { }

    static Layout layout(FactTable table, Presentation presentation, Cells cells) {
        boolean facts = table.kind() == TableKind.FACTS;
        int r = 1 + (table.subtitle() != null && presentation.authored() ? 1 : 0)
                + (facts || presentation.unitCaption(table, cells) == null ? 0 : 1);
        int first = 1 + (table.noteHeader() == null ? 0 : 1);
        Map<String, Integer> columns = new HashMap<>();
        for (int i = 0; i < table.columns().size(); i++) {
            columns.put(table.columns().get(i).id(), first + i);
        }
        int headerRows = facts ? 0 : table.columns().stream().anyMatch(c -> c.group() != null) ? 2 : 1;
        Map<String, Integer> rows = new HashMap<>();
        int body = r + headerRows;
        for (Row row : table.rows()) {
            rows.put(row.id(), body++);
        }
        return new Layout(r, headerRows, first, rows, columns);
    }

    void write() {
        boolean facts = table.kind() == TableKind.FACTS;
        Layout layout = layout(table, presentation, cells);
        int r = 0;
        styles.cell(sheet, r++, 0, title(), styles.title);
        if (table.subtitle() != null && presentation.authored()) {
            styles.cell(sheet, r++, 0, table.subtitle(), styles.note);
        }
        String caption = presentation.unitCaption(table, cells);
        if (!facts && caption != null) {
            styles.cell(sheet, r++, 0, caption, styles.note);
        }
        int first = layout.firstColumn();
        columnIndex.putAll(layout.columns());
        int headerTop = r;
        if (!facts) {
            r = header(r, first);
        }
        int headerBottom = r - 1;
        if (headerTop != layout.headerTop() || r - headerTop != layout.headerRows()) {
            throw new IllegalStateException("the layout of " + table.id() + " disagrees with its header");
        }
        rowIndex.putAll(layout.rows());
        r += table.rows().size();
        for (Row row : table.rows()) {
            body(row, rowIndex.get(row.id()), first, facts);
        }
        int n = r;
        for (String note : table.notes()) {
            styles.cell(sheet, ++n, 0, note, styles.note);
        }
        groups();
        sheet.setRowSumsBelow(true);
        if (!facts) {
            sheet.createFreezePane(1, headerBottom + 1);
            sheet.setRepeatingRows(new CellRangeAddress(headerTop, headerBottom, -1, -1));
        }
        sheet.setColumnWidth(0, 58 * 256);
        if (table.noteHeader() != null) {
            sheet.setColumnWidth(1, 9 * 256);
        }
        for (int i = 0; i < table.columns().size(); i++) {
            sheet.setColumnWidth(first + i, (facts ? 90 : 16) * 256);
        }
        boolean wide = table.columns().size() > 4;
        sheet.getPrintSetup().setLandscape(wide);
        sheet.setFitToPage(true);
        sheet.getPrintSetup().setFitWidth((short) 1);
        sheet.getPrintSetup().setFitHeight((short) 0);
    }

    private String title() {
        var words = report.vocabulary().tables().get(table.id());
        return words != null && words.byLanguage().containsKey(lang) ? words.byLanguage().get(lang)
                : table.title() == null ? table.id() : table.title();
    }

    private int header(int r, int first) {
        boolean groups = table.columns().stream().anyMatch(c -> c.group() != null);
        org.apache.poi.ss.usermodel.Row top = sheet.createRow(r);
        org.apache.poi.ss.usermodel.Row second = groups ? sheet.createRow(r + 1) : null;
        styles.text(top.createCell(0), presentation.labelHeader(table), styles.header);
        if (table.noteHeader() != null) {
            styles.text(top.createCell(1), presentation.authored() ? table.noteHeader() : presentation.word("note"),
                    styles.header);
        }
        for (int i = 0; i < table.columns().size(); i++) {
            Column c = table.columns().get(i);
            String words = columnWords(c);
            if (groups && c.group() != null) {
                styles.text(top.createCell(first + i), c.group(), styles.headerNum);
                styles.text(second.createCell(first + i), words, styles.headerNum);
            } else {
                styles.text(top.createCell(first + i), words, styles.headerNum);
            }
        }
        return r + (groups ? 2 : 1);
    }

    private String columnWords(Column c) {
        if (presentation.authored()) {
            return c.label();
        }
        if (c.derivation() instanceof Column.Share) {
            return presentation.word("share");
        }
        if (c.derivation() instanceof Column.Change) {
            return presentation.word("change");
        }
        if (!c.dims().isEmpty()) {
            var m = c.dims().members().entrySet().iterator().next();
            var axis = report.vocabulary().axes().get(m.getKey());
            var words = axis == null ? null : axis.members().get(m.getValue());
            return words == null ? c.label() : words.in(lang);
        }
        var p = c.period() == null ? null : report.periods().get(c.period());
        if (p == null) {
            return c.label().isEmpty() ? "" : presentation.word("total");
        }
        return presentation.periodWords(p);
    }

    private void body(Row row, int r, int first, boolean facts) {
        org.apache.poi.ss.usermodel.Row out = sheet.getRow(r) == null ? sheet.createRow(r) : sheet.getRow(r);
        String label = presentation.authored() ? row.label() : taxonomy.rowLabel(table.id(), row.id(), lang).orElse(row.label());
        boolean strong = row.role() == RowRole.TOTAL || row.role() == RowRole.SUBTOTAL || row.role() == RowRole.HEADING;
        int indent = Math.min(row.depth(), 5);
        styles.text(out.createCell(0), label, strong ? styles.boldLabels[indent] : styles.labels[indent]);
        if (table.noteHeader() != null && row.note() != null) {
            styles.text(out.createCell(1), row.note(), styles.text);
        }
        if (!row.hasFigures()) {
            return;
        }
        for (Column c : table.columns()) {
            if (row.blank().contains(c.id())) {
                continue;
            }
            int col = columnIndex.get(c.id());
            if (c.isDerived()) {
                derived(out, row, c, col);
            } else {
                value(out, row, c, col, facts, strong);
            }
        }
    }

    private void value(org.apache.poi.ss.usermodel.Row out, Row row, Column c, int col, boolean facts, boolean strong) {
        Optional<Fact> fact = cells.fact(table, row, c);
        if (fact.isEmpty()) {
            return;
        }
        Fact f = fact.get();
        Cell cell = out.createCell(col);
        if (!f.isNumeric()) {
            styles.text(cell, f.text(), styles.text);
            return;
        }
        Unit unit = report.units().get(f.unit());
        CellStyle style = unit != null && unit.isPure() ? (strong ? styles.ratioBold : styles.ratio)
                : unit != null && unit.isMonetary()
                ? styles.amount(presentation.scale(table),
                        f.decimals() == null ? 0 : Math.max(f.decimals() + presentation.scale(table), 0), row.negated(), strong)
                : styles.plain;
        cell.setCellStyle(style);
        String formula = row.sum().isEmpty() ? null : formula(row, col);
        if (formula != null && sumOfLines(row, c).compareTo(f.value()) == 0) {
            cell.setCellFormula(formula);
        } else {
            cell.setCellValue(f.value().doubleValue());
            if (formula != null) {
                comment(cell, "The report states " + f.value().toPlainString() + "; its lines add up to "
                        + sumOfLines(row, c).toPlainString() + ", so the cell holds the reported figure, not " + formula);
            }
        }
        for (Correction corr : report.corrections()) {
            if (corr.target() instanceof Correction.FactTarget t && t.fact().equals(f.key())) {
                comment(cell, "Printed " + corr.printed() + ". " + corr.reason());
            }
        }
    }

    /** The total's formula from the lines it adds up, with their weights: C12+C13-C14. */
    private String formula(Row row, int col) {
        StringBuilder sb = new StringBuilder();
        for (Row.Term t : row.sum()) {
            Integer line = rowIndex.get(t.row());
            if (line == null) {
                return null;
            }
            String ref = new CellReference(line, col).formatAsString();
            sb.append(t.weight() < 0 ? "-" : sb.length() == 0 ? "" : "+").append(ref);
        }
        return sb.toString();
    }

    private BigDecimal sumOfLines(Row row, Column c) {
        BigDecimal sum = BigDecimal.ZERO;
        for (Row.Term t : row.sum()) {
            Optional<BigDecimal> v = table.row(t.row()).flatMap(r -> cells.value(table, r, c));
            if (v.isPresent()) {
                sum = sum.add(t.weight() < 0 ? v.get().negate() : v.get());
            }
        }
        return sum;
    }

    /** Share of total and year-on-year change as formulas over the value cells. */
    private void derived(org.apache.poi.ss.usermodel.Row out, Row row, Column c, int col) {
        if (cells.derived(table, row, c).isEmpty()) {
            return;
        }
        Cell cell = out.createCell(col);
        cell.setCellStyle(styles.ratio);
        int r = rowIndex.get(row.id());
        if (c.derivation() instanceof Column.Share s) {
            int of = columnIndex.get(s.of());
            Row base = table.row(s.baseRow()).orElseThrow();
            String part = (row.negated() ? "-" : "") + new CellReference(r, of).formatAsString();
            String whole = (base.negated() ? "-" : "") + new CellReference(rowIndex.get(base.id()), of, true, true).formatAsString();
            cell.setCellFormula(part + "/" + whole);
        } else if (c.derivation() instanceof Column.Change ch) {
            String from = new CellReference(r, columnIndex.get(ch.from())).formatAsString();
            String to = new CellReference(r, columnIndex.get(ch.to())).formatAsString();
            cell.setCellFormula("(" + to + "-" + from + ")/ABS(" + from + ")");
        }
        for (Correction corr : report.corrections()) {
            if (corr.target() instanceof Correction.CellTarget t && t.table().equals(table.id())
                    && t.row().equals(row.id()) && t.column().equals(c.id())) {
                comment(cell, "Printed " + corr.printed() + ". " + corr.reason());
            }
        }
    }

    /**
     * The lines of each total grouped under it, where they stand together just above it; a line
     * that is itself a total brings its own lines into the group, so groups nest.
     */
    private void groups() {
        List<int[]> ranges = new ArrayList<>();
        Map<String, Integer> starts = new HashMap<>();
        for (Row row : table.rows()) {
            if (row.sum().isEmpty()) {
                continue;
            }
            int total = rowIndex.get(row.id());
            int min = Integer.MAX_VALUE;
            int max = -1;
            for (Row.Term t : row.sum()) {
                Integer i = rowIndex.get(t.row());
                if (i == null) {
                    min = -1;
                    break;
                }
                min = Math.min(min, starts.getOrDefault(t.row(), i));
                max = Math.max(max, i);
            }
            if (min >= 0 && max == total - 1 && min < total) {
                ranges.add(new int[] {min, max});
                starts.put(row.id(), min);
            }
        }
        for (int[] range : ranges) {
            sheet.groupRow(range[0], range[1]);
        }
    }

    private void comment(Cell cell, String words) {
        if (drawing == null) {
            drawing = sheet.createDrawingPatriarch();
        }
        ClientAnchor anchor = sheet.getWorkbook().getCreationHelper().createClientAnchor();
        anchor.setCol1(cell.getColumnIndex() + 1);
        anchor.setCol2(cell.getColumnIndex() + 5);
        anchor.setRow1(cell.getRowIndex());
        anchor.setRow2(cell.getRowIndex() + 4);
        Comment comment = drawing.createCellComment(anchor);
        comment.setString(sheet.getWorkbook().getCreationHelper().createRichTextString(words));
        comment.setAuthor("xreport");
        cell.setCellComment(comment);
    }
}
