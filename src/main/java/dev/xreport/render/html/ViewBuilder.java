package dev.xreport.render.html;

import dev.xreport.derive.Amounts;
import dev.xreport.derive.Cells;
import dev.xreport.model.Block;
import dev.xreport.model.Citation;
import dev.xreport.model.Column;
import dev.xreport.model.Correction;
import dev.xreport.model.Fact;
import dev.xreport.model.FactTable;
import dev.xreport.model.Period;
import dev.xreport.model.Report;
import dev.xreport.model.Row;
import dev.xreport.model.RowRole;
import dev.xreport.model.Section;
import dev.xreport.model.Table;
import dev.xreport.model.TableKind;
import dev.xreport.model.Text;
import dev.xreport.model.TextTable;
import dev.xreport.model.Unit;
import dev.xreport.model.Vocabulary;
import dev.xreport.taxonomy.Taxonomy;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Resolves a report into the {@link View} its templates show, in one output language: row words
 * from the taxonomy's labels (English as authored, or the Chinese labels), figures from the facts
 * as the printed report shows them, derived percentages from the one shared computation, and the
 * page's own words from the message bundles. The narrative stays as authored.
 */
final class ViewBuilder {
    private final Report report;
    private final Cells cells;
    private final Taxonomy taxonomy;
    private final Messages messages;
    private final String lang;
    private final InlineTags inline;

    /** @param inline tags for an Inline XBRL page, or null for a plain page */
    ViewBuilder(Report report, Cells cells, Taxonomy taxonomy, Messages messages, String lang, InlineTags inline) {
        this.report = report;
        this.cells = cells;
        this.taxonomy = taxonomy;
        this.messages = messages;
        this.lang = lang;
        this.inline = inline;
    }

    View.Document build(String css) {
        List<View.Chapter> chapters = new ArrayList<>();
        Set<String> placed = new LinkedHashSet<>();
        for (Section s : report.sections()) {
            chapters.add(chapter(s, 1, placed));
        }
        List<View.Block> unplaced = new ArrayList<>();
        for (Table t : report.tables()) {
            if (!placed.contains(t.id())) {
                unplaced.add(new View.Block("table", null, null, table(t), null));
            }
        }
        if (!unplaced.isEmpty()) {
            chapters.add(new View.Chapter("tables", messages.get("tables"), 1, unplaced));
        }
        List<View.Correction> corrections = new ArrayList<>();
        for (Correction c : report.corrections()) {
            corrections.add(new View.Correction(c.target().toString(), c.printed(), c.reason()));
        }
        String entity = report.entity() == null ? "" : report.entity().name().in(lang);
        String other = report.entity() == null ? "" : report.entity().name().in(lang.equals("zh") ? "en" : "zh");
        Period period = report.periods().get(report.reportingPeriod());
        return new View.Document(lang, report.title().in(lang), entity, other.equals(entity) ? "" : other,
                period == null ? "" : periodWords(period), report.source(), chapters, corrections, css, false, downloads(),
                inlineHeader(), report.vocabulary().namespace());
    }

    private String inlineHeader() {
        try {
            return inline == null ? null : inline.header();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** The other deliverables, beside the page in the same folder. */
    private List<View.Download> downloads() {
        String suffix = lang.equals("en") ? "" : "-" + lang;
        return List.of(
                new View.Download(messages.get("download.pdf"), report.id() + suffix + ".pdf"),
                new View.Download(messages.get("download.xlsx"), report.id() + suffix + ".xlsx"),
                new View.Download(messages.get("download.xbrl"), report.id() + ".xbrl"),
                new View.Download(messages.get("download.ixbrl"), report.id() + suffix + ".xhtml"),
                new View.Download(messages.get("download.package"), report.id() + suffix + ".zip"),
                new View.Download(messages.get("download.taxonomy"), report.id() + "-taxonomy.zip"),
                new View.Download(messages.get("download.facts"), report.id() + ".facts.json"));
    }

    private View.Chapter chapter(Section s, int level, Set<String> placed) {
        List<View.Block> blocks = new ArrayList<>();
        for (Block b : s.blocks()) {
            if (b instanceof Block.Paragraph p) {
                blocks.add(new View.Block("paragraph", segments(p), null, null, null));
            } else if (b instanceof Block.Bullets l) {
                blocks.add(new View.Block("list", null, l.items().stream().map(this::segments).toList(), null, null));
            } else if (b instanceof Block.Footnote f) {
                blocks.add(new View.Block("footnote", segments(f.text()), null, null, null));
            } else if (b instanceof Block.TableRef ref) {
                report.table(ref.table()).ifPresent(t -> {
                    placed.add(t.id());
                    blocks.add(new View.Block("table", null, null, table(t), null));
                });
            } else if (b instanceof Block.SubSection sub) {
                blocks.add(new View.Block("section", null, null, null, chapter(sub.section(), level + 1, placed)));
            }
        }
        return new View.Chapter(s.id(), s.heading(), level, blocks);
    }

    /** A paragraph as runs of words and cited figures. */
    private List<View.Segment> segments(Block.Paragraph p) {
        List<View.Segment> out = new ArrayList<>();
        String text = p.text();
        int at = 0;
        for (Citation c : p.citations()) {
            int i = text.indexOf(c.raw(), at);
            if (i < 0) {
                continue;
            }
            if (i > at) {
                out.add(new View.Segment(text.substring(at, i), null));
            }
            Optional<Fact> fact = cells.facts().get(c.fact());
            out.add(new View.Segment(fact.map(f -> cited(f, c.format())).orElse(c.raw()), c.fact().toString()));
            at = i + c.raw().length();
        }
        if (at < text.length()) {
            out.add(new View.Segment(text.substring(at), null));
        }
        return out;
    }

    /** A cited figure in the narrative's words: RMB8.94 billion, 1.47%, RMB473,861,630 thousand. */
    private String cited(Fact f, String format) {
        if (!f.isNumeric()) {
            return f.text();
        }
        Unit unit = report.units().get(f.unit());
        String currency = unit != null && unit.isMonetary() ? unit.measure().substring(unit.measure().indexOf(':') + 1) : "";
        String symbol = currency.equals("CNY") ? "RMB" : currency;
        if ("percent".equals(format) || (format == null && unit != null && unit.isPure())) {
            return Amounts.percent(f.value(), Math.max(f.decimals() - 2, 0));
        }
        if ("billions".equals(format)) {
            return symbol + f.value().movePointLeft(9).setScale(2, RoundingMode.HALF_UP).toPlainString() + " billion";
        }
        if ("millions".equals(format)) {
            return symbol + f.value().movePointLeft(6).setScale(2, RoundingMode.HALF_UP).toPlainString() + " million";
        }
        return symbol + Amounts.grouped(f.value(), report.scale()) + (report.scale() == 3 ? " thousand" : "");
    }

    private View.Table table(Table t) {
        String title = tableTitle(t);
        if (t instanceof FactTable ft) {
            return factTable(ft, title);
        }
        TextTable tt = (TextTable) t;
        List<List<View.HeaderCell>> header = List.of(tt.header().stream().map(h -> new View.HeaderCell(h, 1, false)).toList());
        List<View.TableRow> rows = new ArrayList<>();
        for (TextTable.Record r : tt.records()) {
            if (r.isGroup()) {
                rows.add(new View.TableRow(r.group(), null, 0, "group", List.of()));
            } else {
                List<View.Cell> rest = r.cells().subList(1, r.cells().size()).stream().map(c -> new View.Cell(c, "text")).toList();
                rows.add(new View.TableRow(r.cells().isEmpty() ? "" : r.cells().get(0), null, 0, "item", rest));
            }
        }
        return new View.Table(tt.id(), tt.kind().name().toLowerCase(), title, null, null, header, rows, tt.notes(), false,
                Math.max(tt.header().size(), 1));
    }

    private String tableTitle(Table t) {
        Text words = report.vocabulary().tables().get(t.id());
        if (words != null && words.byLanguage().containsKey(lang)) {
            return words.byLanguage().get(lang);
        }
        return t.title() == null ? "" : t.title();
    }

    private View.Table factTable(FactTable t, String title) {
        boolean facts = t.kind() == TableKind.FACTS;
        List<List<View.HeaderCell>> header = new ArrayList<>();
        if (!facts) {
            boolean groups = t.columns().stream().anyMatch(c -> c.group() != null);
            List<View.HeaderCell> top = new ArrayList<>();
            List<View.HeaderCell> second = new ArrayList<>();
            top.add(new View.HeaderCell(messages.get("item"), 1, false));
            second.add(new View.HeaderCell("", 1, false));
            if (t.noteHeader() != null) {
                top.add(new View.HeaderCell(lang.equals("en") ? t.noteHeader() : messages.get("note"), 1, false));
                second.add(new View.HeaderCell("", 1, false));
            }
            for (int i = 0; i < t.columns().size(); i++) {
                Column c = t.columns().get(i);
                if (groups && c.group() != null) {
                    int span = 1;
                    while (i + span < t.columns().size() && c.group().equals(t.columns().get(i + span).group())) {
                        span++;
                    }
                    top.add(new View.HeaderCell(groupWords(t, i), span, true));
                    for (int j = i; j < i + span; j++) {
                        second.add(new View.HeaderCell(columnWords(t.columns().get(j)), 1, true));
                    }
                    i += span - 1;
                } else {
                    top.add(new View.HeaderCell(columnWords(c), 1, true));
                    second.add(new View.HeaderCell("", 1, true));
                }
            }
            header.add(top);
            if (groups) {
                header.add(second);
            }
        }
        List<View.TableRow> rows = new ArrayList<>();
        for (Row r : t.rows()) {
            String label = lang.equals("en") ? r.label() : taxonomy.rowLabel(t.id(), r.id(), lang).orElse(r.label());
            List<View.Cell> cellsOfRow = new ArrayList<>();
            if (r.hasFigures()) {
                for (Column c : t.columns()) {
                    cellsOfRow.add(cell(t, r, c, facts));
                }
            }
            String role = r.role() == RowRole.HEADING ? "heading" : r.role().name().toLowerCase();
            String note = t.noteHeader() == null ? null : r.note() == null ? "" : r.note();
            rows.add(new View.TableRow(label, note, r.depth(), role, cellsOfRow));
        }
        String unit = facts ? null : unitCaption(t);
        boolean wide = t.columns().size() > 6;
        int columns = 1 + (t.noteHeader() == null ? 0 : 1) + t.columns().size();
        return new View.Table(t.id(), t.kind().name().toLowerCase(), title, lang.equals("en") ? t.subtitle() : null,
                unit, header, rows, t.notes(), wide, columns);
    }

    private View.Cell cell(FactTable t, Row r, Column c, boolean facts) {
        View.Cell plain = plainCell(t, r, c, facts);
        if (inline == null || c.isDerived()) {
            return plain;
        }
        Optional<Fact> fact = cells.fact(t, r, c);
        return fact.map(f -> new View.Cell(plain.text(), plain.kind(), inline.tag(f, plain.text(), r.negated())))
                .orElse(plain);
    }

    private View.Cell plainCell(FactTable t, Row r, Column c, boolean facts) {
        String text = cells.text(t, r, c);
        if (facts) {
            Optional<Fact> f = cells.fact(t, r, c);
            String date = f.filter(x -> !x.isNumeric()).map(Fact::text).filter(s -> s.matches("\\d{4}-\\d{2}-\\d{2}"))
                    .map(this::dateWords).orElse(null);
            return new View.Cell(date != null ? date : text, "text");
        }
        if (text.isEmpty()) {
            return new View.Cell("", "blank");
        }
        if (text.equals(Cells.NIL)) {
            return new View.Cell(text, "nil");
        }
        if (c.isDerived() || text.endsWith("%")) {
            return new View.Cell(text, "pct");
        }
        return new View.Cell(text, text.startsWith("(") ? "neg" : "num");
    }

    private String unitCaption(FactTable t) {
        if (lang.equals("en") && t.unitCaption() != null) {
            return t.unitCaption();
        }
        return report.scale() == 3 ? messages.get("unit.thousands") : messages.get("unit.units");
    }

    private String groupWords(FactTable t, int index) {
        String group = t.columns().get(index).group();
        return group;
    }

    /** A column's words: as authored in English; else from its period, member or derivation. */
    private String columnWords(Column c) {
        if (lang.equals("en")) {
            return c.label();
        }
        if (c.derivation() instanceof Column.Share) {
            return messages.get("share");
        }
        if (c.derivation() instanceof Column.Change) {
            return messages.get("change");
        }
        if (!c.dims().isEmpty()) {
            Map.Entry<String, String> m = c.dims().members().entrySet().iterator().next();
            Vocabulary.AxisInfo axis = report.vocabulary().axes().get(m.getKey());
            Text words = axis == null ? null : axis.members().get(m.getValue());
            return words == null ? c.label() : words.in(lang);
        }
        if (c.period() == null) {
            return c.label().isEmpty() ? "" : messages.get("total");
        }
        Period p = report.periods().get(c.period());
        return p == null ? c.label() : periodWords(p);
    }

    private String periodWords(Period p) {
        if (lang.equals("zh")) {
            return p.isInstant() ? p.instant().getYear() + "年" + p.instant().getMonthValue() + "月" + p.instant().getDayOfMonth() + "日"
                    : p.end().getYear() + "年度";
        }
        return p.isInstant() ? dateWords(p.instant().toString()) : p.end().getYear() + "";
    }

    private String dateWords(String iso) {
        java.time.LocalDate d = java.time.LocalDate.parse(iso);
        if (lang.equals("zh")) {
            return d.getYear() + "年" + d.getMonthValue() + "月" + d.getDayOfMonth() + "日";
        }
        return d.getDayOfMonth() + " " + d.getMonth().getDisplayName(java.time.format.TextStyle.FULL, java.util.Locale.ENGLISH)
                + " " + d.getYear();
    }
}
