package dev.xreport.render.html;

import java.util.List;

/**
 * What the templates show, resolved from the model, the taxonomy and the message bundles: plain
 * words and figures, in the report's order. Templates read these records and compute nothing.
 */
public final class View {
    private View() { }

    /** The whole report. */
    public record Document(String lang, String title, String entity, String entityOther, String period,
                           String source, List<Chapter> chapters, List<Correction> corrections, String css, boolean pdf,
                           List<Download> downloads, String inlineHeader, String taxonomyNamespace) {

        /** The same document laid out for paper (running header, page references, bookmarks), with its own stylesheet. */
        public Document forPdf(String printCss) {
            return new Document(lang, title, entity, entityOther, period, source, chapters, corrections, printCss, true,
                    downloads, null, taxonomyNamespace);
        }
    }

    /** A deliverable beside the page, linked relatively: the page's words for it and its file name. */
    public record Download(String words, String href) { }

    /** A chapter or sub-section; {@code level} 1 for chapters. */
    public record Chapter(String id, String heading, int level, List<Block> blocks) { }

    /**
     * A block of a chapter; exactly one of its parts is set, as {@code kind} says:
     * paragraph (segments), list (items), footnote (segments), table, section.
     */
    public record Block(String kind, List<Segment> segments, List<List<Segment>> items, Table table, Chapter section) { }

    /** A run of a paragraph: plain words, or a cited figure (with the fact it shows). */
    public record Segment(String text, String fact) {
        public boolean cited() {
            return fact != null;
        }
    }

    /** A table ready to print: caption, header rows, body rows, notes. */
    public record Table(String id, String kind, String title, String subtitle, String unitCaption,
                        List<List<HeaderCell>> header, List<TableRow> rows, List<String> notes, boolean wide,
                        int columnCount) {
        /** The most rows one table body holds. */
        static final int BODY_ROWS = 100;

        /**
         * The rows as table bodies ({@code tbody}): one for a table of up to {@value #BODY_ROWS} rows;
         * a longer table gets a body per heading and at most {@value #BODY_ROWS} rows a body. Flying
         * Saucer finds a row's next sibling by searching its body's rows, so one body of many thousand
         * rows made the PDF's layout grow with the square of its length.
         */
        public List<List<TableRow>> bodies() {
            if (rows.size() <= BODY_ROWS) {
                return List.of(rows);
            }
            List<List<TableRow>> bodies = new java.util.ArrayList<>();
            List<TableRow> body = new java.util.ArrayList<>();
            for (TableRow r : rows) {
                if (!body.isEmpty() && (body.size() >= BODY_ROWS || r.heading())) {
                    bodies.add(body);
                    body = new java.util.ArrayList<>();
                }
                body.add(r);
            }
            bodies.add(body);
            return bodies;
        }
    }

    /** A header cell; {@code span} columns wide; {@code numeric} when it heads figures. */
    public record HeaderCell(String text, int span, boolean numeric) { }

    /** A body row: the words, the note, the indentation, its role (item, total, heading…) and the cells. */
    public record TableRow(String label, String note, int depth, String role, List<Cell> cells) {
        public boolean heading() {
            return "heading".equals(role) || "group".equals(role);
        }
    }

    /**
     * A cell as printed; {@code kind} is num, neg, nil, pct or text (for the stylesheet). In an Inline
     * XBRL page, {@code tag} says how the figure is tagged; otherwise it is null.
     */
    public record Cell(String text, String kind, Tag tag) {
        public Cell(String text, String kind) {
            this(text, kind, null);
        }
    }

    /**
     * An Inline XBRL tag around the shown figure: {@code before} + the tagged {@code content} + {@code after}
     * is the cell's text ("(" "8,034,866" ")"). Attributes that do not apply are null.
     *
     * @param element nonFraction or nonNumeric
     */
    public record Tag(String element, String name, String contextRef, String unitRef, String decimals, String scale,
                      String format, String sign, String lang, String before, String content, String after) {
        public boolean numeric() {
            return "nonFraction".equals(element);
        }
    }

    /** A figure the printed report gets wrong, and what the data says instead. */
    public record Correction(String where, String printed, String reason) { }
}
