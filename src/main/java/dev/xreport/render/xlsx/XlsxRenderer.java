package dev.xreport.render.xlsx;

import dev.xreport.internal.Version;
import dev.xreport.derive.Cells;
import dev.xreport.diag.Findings;
import dev.xreport.model.Block;
import dev.xreport.model.FactTable;
import dev.xreport.model.Period;
import dev.xreport.model.Fact;
import dev.xreport.model.Report;
import dev.xreport.model.Section;
import dev.xreport.model.Table;
import dev.xreport.model.TextTable;
import dev.xreport.model.Unit;
import dev.xreport.render.DocumentDate;
import dev.xreport.render.Presentation;
import dev.xreport.render.RenderOptions;
import dev.xreport.render.Renderer;
import dev.xreport.taxonomy.Taxonomy;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.poi.common.usermodel.HyperlinkType;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CreationHelper;
import org.apache.poi.ss.usermodel.DataFormat;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Hyperlink;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * {@code <id>.xlsx}: the workbook an analyst downloads. A cover sheet (who, what period, currency
 * and scale, source, the report's {@link DocumentDate} and the xreport that wrote it, the validation
 * result, links to every sheet); one sheet per table in the report's order, with numeric cells
 * holding full CNY shown in thousands, totals as live formulas, derived percentages as formulas,
 * labels indented, outline groups and frozen headers; and a Facts sheet with every fact of the XBRL
 * instance, streamed. Two runs on the same report write the same bytes: no date comes from the clock.
 */
public final class XlsxRenderer implements Renderer {
    /** The name of the sheet of every fact, in every language: what analysts' scripts look for. */
    static final String FACTS_SHEET = "Facts";
    /** Rows kept in memory while the Facts sheet streams. */
    private static final int WINDOW = 200;
    private final RenderOptions options;

    public XlsxRenderer(String lang) {
        this(new RenderOptions(lang, null, null));
    }

    public XlsxRenderer(RenderOptions options) {
        this.options = options;
    }

    @Override
    public String format() {
        return "xlsx";
    }

    @Override
    public Path render(Report report, Cells cells, Taxonomy taxonomy, Findings findings, Path dir) throws IOException {
        Presentation presentation = Presentation.of(report, options);
        String lang = presentation.lang();
        Path file = dir.resolve(report.id() + presentation.fileSuffix() + ".xlsx");
        try (SXSSFWorkbook wb = new SXSSFWorkbook(WINDOW)) {
            Styles styles = new Styles(wb);
            Sheet cover = wb.createSheet(presentation.word("cover"));
            List<Table> order = tablesInOrder(report);
            Map<String, String> sheetNames = sheetNames(report, order, presentation);
            for (Table t : order) {
                SXSSFSheet sheet = wb.createSheet(sheetNames.get(t.id()));
                sheet.setRandomAccessWindowSize(-1); // small: kept whole for outlines and formulas
                if (t instanceof FactTable ft) {
                    new TableSheet(report, cells, taxonomy, ft, sheet, styles, presentation).write();
                } else {
                    textSheet(report, (TextTable) t, sheet, styles, lang);
                }
            }
            SXSSFSheet facts = wb.createSheet(FACTS_SHEET);
            FactsSheet.write(report, taxonomy, facts, styles, presentation);
            ZonedDateTime date = DocumentDate.of(report);
            coverSheet(report, findings, date, cover, sheetNames, styles, wb.getCreationHelper(), presentation);
            var props = wb.getXSSFWorkbook().getProperties().getCoreProperties();
            props.setCreated(Optional.of(Date.from(date.toInstant())));
            props.setTitle(presentation.entityName() + " — " + report.title().in(lang));
            props.setCreator(report.entity().name().in(lang));
            props.setSubjectProperty(report.title().in(lang) + ": statements, tables and facts");
            props.setKeywords("annual report, financial statements, XBRL");
            try (OutputStream out = new java.io.BufferedOutputStream(Files.newOutputStream(file))) {
                wb.write(out);
            }
            wb.dispose();
        }
        return file;
    }

    /** The tables in the order the narrative places them, then any it does not place. */
    private Map<String, String> sheetNames(Report report, List<Table> order, Presentation presentation) {
        Map<String, String> sheetNames = new LinkedHashMap<>();
        Set<String> used = new LinkedHashSet<>(List.of(presentation.word("cover").toLowerCase(), FACTS_SHEET.toLowerCase()));
        for (Table t : order) {
            sheetNames.put(t.id(), uniqueName(title(report, t, presentation.lang()), used));
        }
        return sheetNames;
    }

    /** The column (0-based) of the Facts sheet that holds the facts' values. */
    public static int factsValueColumn(Report report) {
        return FactsSheet.header(report.languages()).size() - 1;
    }

    /** A numeric cell of a table sheet and the fact it shows (row and column 0-based). */
    public record Placement(String sheet, int row, int column, Fact fact) { }

    /** Every numeric fact cell of the table sheets this renderer writes, with the fact it shows. */
    public List<Placement> placements(Report report, Cells cells) throws IOException {
        Presentation presentation = Presentation.of(report, options);
        List<Table> order = tablesInOrder(report);
        Map<String, String> names = sheetNames(report, order, presentation);
        List<Placement> out = new java.util.ArrayList<>();
        for (Table t : order) {
            if (!(t instanceof FactTable ft)) {
                continue;
            }
            TableSheet.Layout layout = TableSheet.layout(ft, presentation, cells);
            for (dev.xreport.model.Row row : ft.rows()) {
                if (!row.hasFigures()) {
                    continue;
                }
                for (dev.xreport.model.Column c : ft.columns()) {
                    if (c.isDerived() || row.blank().contains(c.id())) {
                        continue;
                    }
                    cells.fact(ft, row, c).filter(Fact::isNumeric).ifPresent(f -> out.add(
                            new Placement(names.get(t.id()), layout.rows().get(row.id()), layout.columns().get(c.id()), f)));
                }
            }
        }
        return out;
    }

    static List<Table> tablesInOrder(Report report) {
        List<Table> out = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        for (Section s : report.sections()) {
            collect(report, s, out, seen);
        }
        for (Table t : report.tables()) {
            if (seen.add(t.id())) {
                out.add(t);
            }
        }
        return out;
    }

    private static void collect(Report report, Section s, List<Table> out, Set<String> seen) {
        for (Block b : s.blocks()) {
            if (b instanceof Block.TableRef ref && seen.add(ref.table())) {
                report.table(ref.table()).ifPresent(out::add);
            } else if (b instanceof Block.SubSection sub) {
                collect(report, sub.section(), out, seen);
            }
        }
    }

    private static String title(Report report, Table t, String lang) {
        var words = report.vocabulary().tables().get(t.id());
        if (words != null && words.byLanguage().containsKey(lang)) {
            String title = words.byLanguage().get(lang);
            if (t.id().endsWith("2021") && !title.contains("2021")) {
                title += " 2021";
            }
            return title;
        }
        String title = t.title() == null ? t.id() : t.title();
        if (t instanceof FactTable ft && ft.subtitle() != null && t.id().matches(".*\\d{4}$")) {
            title += " " + t.id().substring(t.id().length() - 4);
        }
        return title;
    }

    /** A sheet name a person reads: the table's title, at most 31 characters, unique, no forbidden characters. */
    static String uniqueName(String title, Set<String> used) {
        String base = WorkbookUtil.createSafeSheetName(title.replace('\'', ' ').strip(), ' ');
        if (base.length() > 31) {
            base = base.substring(0, 31).strip();
        }
        String name = base;
        for (int i = 2; used.contains(name.toLowerCase()); i++) {
            String suffix = " (" + i + ")";
            name = (base.length() + suffix.length() > 31 ? base.substring(0, 31 - suffix.length()).strip() : base) + suffix;
        }
        used.add(name.toLowerCase());
        return name;
    }

    private static void textSheet(Report report, TextTable t, Sheet sheet, Styles styles, String lang) {
        int r = 0;
        styles.cell(sheet, r++, 0, title(report, t, lang), styles.title);
        org.apache.poi.ss.usermodel.Row header = sheet.createRow(r++);
        for (int c = 0; c < t.header().size(); c++) {
            styles.text(header.createCell(c), t.header().get(c), styles.header);
        }
        int headerRow = r - 1;
        for (TextTable.Record rec : t.records()) {
            org.apache.poi.ss.usermodel.Row row = sheet.createRow(r++);
            if (rec.isGroup()) {
                styles.text(row.createCell(0), rec.group(), styles.heading);
            } else {
                for (int c = 0; c < rec.cells().size(); c++) {
                    styles.text(row.createCell(c), rec.cells().get(c), styles.text);
                }
            }
        }
        for (String note : t.notes()) {
            styles.text(sheet.createRow(++r).createCell(0), note, styles.note);
        }
        sheet.createFreezePane(0, headerRow + 1);
        sheet.setRepeatingRows(new CellRangeAddress(headerRow, headerRow, -1, -1));
        for (int c = 0; c < Math.max(t.header().size(), 1); c++) {
            sheet.setColumnWidth(c, c == 0 ? 40 * 256 : 36 * 256);
        }
        sheet.getPrintSetup().setLandscape(true);
        sheet.setFitToPage(true);
        sheet.getPrintSetup().setFitWidth((short) 1);
        sheet.getPrintSetup().setFitHeight((short) 0);
    }

    private void coverSheet(Report report, Findings findings, ZonedDateTime date, Sheet sheet, Map<String, String> names,
                            Styles styles, CreationHelper helper, Presentation presentation) {
        Period period = report.periods().get(report.reportingPeriod());
        Unit money = report.units().values().stream().filter(Unit::isMonetary).findFirst().orElse(null);
        int r = 0;
        styles.cell(sheet, r++, 0, presentation.entityName(), styles.title);
        if (!presentation.entityNameElsewhere().isEmpty()) {
            styles.cell(sheet, r++, 0, presentation.entityNameElsewhere(), styles.title);
        }
        styles.cell(sheet, r++, 0, report.title().in(presentation.lang()), styles.heading);
        r++;
        String shownIn = money == null ? "" : presentation.caption(money, report.scale());
        String[][] info = {
            {presentation.word("cover.period"), period == null ? "" : period.isInstant() ? period.instant().toString()
                    : period.start() + " – " + period.end()},
            {presentation.word("cover.currency"), money == null ? "" : money.code() + "; "
                    + java.text.MessageFormat.format(presentation.word("cover.cells"), shownIn)},
            {presentation.word("cover.source"), report.source() == null ? "" : report.source()},
            {presentation.word("cover.dated"), shown(date)},
            {presentation.word("cover.generator"), "xreport " + Version.current()},
            {presentation.word("cover.validation"), findings.summary()},
        };
        for (String[] line : info) {
            org.apache.poi.ss.usermodel.Row row = sheet.createRow(r++);
            styles.text(row.createCell(0), line[0], styles.label);
            styles.text(row.createCell(1), line[1], styles.text);
        }
        r++;
        styles.cell(sheet, r++, 0, presentation.word("contents"), styles.heading);
        List<String> sheets = new ArrayList<>(names.values());
        sheets.add(FACTS_SHEET);
        for (String name : sheets) {
            Cell link = sheet.createRow(r++).createCell(0);
            styles.text(link, name, styles.link);
            Hyperlink h = helper.createHyperlink(HyperlinkType.DOCUMENT);
            h.setAddress("'" + name.replace("'", "''") + "'!A1");
            link.setHyperlink(h);
        }
        sheet.setColumnWidth(0, 44 * 256);
        sheet.setColumnWidth(1, 90 * 256);
    }


    /** The document date as the cover shows it: the day alone when it is a report's date (midnight UTC). */
    static String shown(ZonedDateTime date) {
        return date.toLocalTime().equals(LocalTime.MIDNIGHT) ? date.toLocalDate().toString()
                : date.format(DateTimeFormatter.ISO_INSTANT);
    }

    /** The cell styles of the workbook, made once. */
    static final class Styles {
        final SXSSFWorkbook wb;
        final CellStyle title;
        final CellStyle heading;
        final CellStyle header;
        final CellStyle headerNum;
        final CellStyle text;
        final CellStyle label;
        final CellStyle note;
        final CellStyle link;
        final CellStyle[] labels = new CellStyle[6];
        final CellStyle[] boldLabels = new CellStyle[6];
        private final DataFormat df;
        private final Font bold;
        private final Map<List<Object>, CellStyle> amounts = new HashMap<>();
        final CellStyle ratio;
        final CellStyle ratioBold;
        final CellStyle plain;
        final CellStyle percent;
        private final Map<CellStyle, CellStyle> quoted = new HashMap<>();

        Styles(SXSSFWorkbook wb) {
            this.wb = wb;
            DataFormat df = wb.createDataFormat();
            Font bold = wb.createFont();
            bold.setBold(true);
            Font big = wb.createFont();
            big.setBold(true);
            big.setFontHeightInPoints((short) 14);
            Font blue = wb.createFont();
            blue.setUnderline(Font.U_SINGLE);
            blue.setColor(org.apache.poi.ss.usermodel.IndexedColors.BLUE.getIndex());
            title = style(big, null);
            heading = style(bold, null);
            header = style(bold, null);
            header.setBorderBottom(BorderStyle.THIN);
            header.setWrapText(true);
            headerNum = style(bold, null);
            headerNum.setBorderBottom(BorderStyle.THIN);
            headerNum.setAlignment(org.apache.poi.ss.usermodel.HorizontalAlignment.RIGHT);
            headerNum.setWrapText(true);
            text = style(null, null);
            text.setWrapText(true);
            text.setVerticalAlignment(org.apache.poi.ss.usermodel.VerticalAlignment.TOP);
            label = style(bold, null);
            label.setVerticalAlignment(org.apache.poi.ss.usermodel.VerticalAlignment.TOP);
            note = style(null, null);
            link = style(blue, null);
            for (int i = 0; i < labels.length; i++) {
                labels[i] = style(null, null);
                labels[i].setIndention((short) i);
                boldLabels[i] = style(bold, null);
                boldLabels[i].setIndention((short) i);
            }
            this.df = df;
            this.bold = bold;
            ratio = style(null, df.getFormat("0.00%;-0.00%;\"–\""));
            ratioBold = style(bold, df.getFormat("0.00%;-0.00%;\"–\""));
            plain = style(null, df.getFormat("#,##0;(#,##0);\"–\""));
            percent = style(null, df.getFormat("0.00%"));
        }

        /**
         * An amount cell's style: full units shown in 10^scale (a thousands comma per power of a
         * thousand: "#,##0," for thousands) to {@code places} decimals ("#,##0.0,," for a tenth of
         * a million), nil as a dash, negatives in parentheses, a total bold and
         * ruled above; a negated row shows the opposite sign.
         */
        CellStyle amount(int scale, int places, boolean negated, boolean strong) {
            return amounts.computeIfAbsent(List.of(scale, places, negated, strong), k -> {
                String shown = "#,##0" + (places > 0 ? "." + "0".repeat(places) : "")
                        + ",".repeat(scale % 3 == 0 ? scale / 3 : 0);
                String format = negated ? "(" + shown + ");" + shown + ";\"–\"" : shown + ";(" + shown + ");\"–\"";
                CellStyle s = style(strong ? bold : null, df.getFormat(format));
                if (strong) {
                    s.setBorderTop(BorderStyle.THIN);
                }
                return s;
            });
        }

        private CellStyle style(Font font, Short format) {
            CellStyle s = wb.createCellStyle();
            if (font != null) {
                s.setFont(font);
            }
            if (format != null) {
                s.setDataFormat(format);
            }
            return s;
        }

        Cell cell(Sheet sheet, int row, int col, String value, CellStyle style) {
            org.apache.poi.ss.usermodel.Row r = sheet.getRow(row) == null ? sheet.createRow(row) : sheet.getRow(row);
            Cell c = r.createCell(col);
            text(c, value, style);
            return c;
        }

        /**
         * A text cell. Words that begin like a formula ({@code = + - @}) stay words: the cell is a
         * string and its style carries the quote prefix, so no spreadsheet evaluates them.
         */
        void text(Cell c, String value, CellStyle style) {
            c.setCellValue(value == null ? "" : value);
            boolean formulaLike = value != null && !value.isEmpty() && "=+-@".indexOf(value.charAt(0)) >= 0;
            c.setCellStyle(formulaLike ? quoted(style) : style);
        }

        /** The same style with the quote prefix: the cell's words are never read as a formula. */
        CellStyle quoted(CellStyle base) {
            return quoted.computeIfAbsent(base, b -> {
                CellStyle s = wb.createCellStyle();
                s.cloneStyleFrom(b);
                s.setQuotePrefixed(true);
                return s;
            });
        }
    }
}
