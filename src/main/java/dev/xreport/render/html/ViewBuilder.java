package dev.xreport.render.html;

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
import dev.xreport.model.Vocabulary;
import dev.xreport.render.Presentation;
import dev.xreport.taxonomy.Taxonomy;
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
    private final Presentation presentation;
    private final String lang;
    private final InlineTags inline;

    /** @param inline tags for an Inline XBRL page, or null for a plain page */
    ViewBuilder(Report report, Cells cells, Taxonomy taxonomy, Presentation presentation, InlineTags inline) {
        this.report = report;
        this.cells = cells;
        this.taxonomy = taxonomy;
        this.presentation = presentation;
        this.lang = presentation.lang();
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
            chapters.add(new View.Chapter("tables", presentation.word("tables"), 1, unplaced));
        }
        List<View.Correction> corrections = new ArrayList<>();
        for (Correction c : report.corrections()) {
            corrections.add(new View.Correction(c.target().toString(), c.printed(), c.reason()));
        }
        Period period = report.periods().get(report.reportingPeriod());
        return new View.Document(lang, report.title().in(lang), presentation.entityName(), presentation.entityNameElsewhere(),
                period == null ? "" : presentation.reportingPeriodWords(period), report.source(), chapters, corrections, css, false, downloads(),
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
        String suffix = presentation.fileSuffix();
        return List.of(
                new View.Download(presentation.word("download.pdf"), report.id() + suffix + ".pdf"),
                new View.Download(presentation.word("download.xlsx"), report.id() + suffix + ".xlsx"),
                new View.Download(presentation.word("download.xbrl"), report.id() + ".xbrl"),
                new View.Download(presentation.word("download.ixbrl"), report.id() + suffix + ".xhtml"),
                new View.Download(presentation.word("download.package"), report.id() + suffix + ".zip"),
                new View.Download(presentation.word("download.taxonomy"), report.id() + "-taxonomy.zip"),
                new View.Download(presentation.word("download.facts"), report.id() + ".facts.json"));
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
            out.add(new View.Segment(fact.map(f -> presentation.cited(f, c.format())).orElse(c.raw()), c.fact().toString()));
            at = i + c.raw().length();
        }
        if (at < text.length()) {
            out.add(new View.Segment(text.substring(at), null));
        }
        return out;
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
            top.add(new View.HeaderCell(presentation.labelHeader(t), 1, false));
            second.add(new View.HeaderCell("", 1, false));
            if (t.noteHeader() != null) {
                top.add(new View.HeaderCell(presentation.authored() ? t.noteHeader() : presentation.word("note"), 1, false));
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
            String label = presentation.authored() ? r.label() : taxonomy.rowLabel(t.id(), r.id(), lang).orElse(r.label());
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
        String unit = facts ? null : presentation.unitCaption(t, cells);
        boolean wide = t.columns().size() > 6;
        int columns = 1 + (t.noteHeader() == null ? 0 : 1) + t.columns().size();
        return new View.Table(t.id(), t.kind().name().toLowerCase(), title, presentation.authored() ? t.subtitle() : null,
                unit, header, rows, t.notes(), wide, columns);
    }

    private View.Cell cell(FactTable t, Row r, Column c, boolean facts) {
        View.Cell plain = plainCell(t, r, c, facts);
        if (inline == null || c.isDerived()) {
            return plain;
        }
        Optional<Fact> fact = cells.fact(t, r, c);
        return fact.map(f -> new View.Cell(plain.text(), plain.kind(), inline.tag(f, plain.text(), r.negated(), presentation.scale(t))))
                .orElse(plain);
    }

    private View.Cell plainCell(FactTable t, Row r, Column c, boolean facts) {
        String text = cells.text(t, r, c);
        if (facts) {
            Optional<Fact> f = cells.fact(t, r, c);
            String date = f.filter(x -> !x.isNumeric()).map(Fact::text).filter(s -> s.matches("\\d{4}-\\d{2}-\\d{2}"))
                    .map(s -> presentation.date(java.time.LocalDate.parse(s))).orElse(null);
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

    private String groupWords(FactTable t, int index) {
        String group = t.columns().get(index).group();
        return group;
    }

    /** A column's words: as authored in English; else from its period, member or derivation. */
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
            Map.Entry<String, String> m = c.dims().members().entrySet().iterator().next();
            Vocabulary.AxisInfo axis = report.vocabulary().axes().get(m.getKey());
            Text words = axis == null ? null : axis.members().get(m.getValue());
            return words == null ? c.label() : words.in(lang);
        }
        if (c.period() == null) {
            return c.label().isEmpty() ? "" : presentation.word("total");
        }
        Period p = report.periods().get(c.period());
        return p == null ? c.label() : presentation.periodWords(p);
    }
}
