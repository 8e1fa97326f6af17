package dev.xreport.load;

import dev.xreport.diag.Code;
import dev.xreport.diag.Findings;
import dev.xreport.model.Table;
import dev.xreport.model.Text;
import dev.xreport.model.Vocabulary;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Where a table's title comes from, decided once for every deliverable (docs/authoring.md,
 * "Table titles"): a table's own {@code title:} is its title in the report's language; the
 * vocabulary's {@code tables:} labels give the other languages, and the title when the table has
 * none. The result is the vocabulary's table titles, which the pages, the workbook and the
 * taxonomy's role definitions all read. A vocabulary label in the report's language that differs
 * from the table's own title is XR-TABLE-304: the title wins.
 */
final class TableTitles {
    private TableTitles() { }

    /** {@code vocabulary} with the table titles resolved for {@code tables}, in a report in {@code language}. */
    static Vocabulary resolve(String language, List<Table> tables, Vocabulary vocabulary, Findings findings, SourceText places) {
        Map<String, Text> titles = new LinkedHashMap<>(vocabulary.tables());
        for (Table t : tables) {
            if (t.id() == null || t.title() == null) {
                continue;
            }
            Text labels = vocabulary.tables().get(t.id());
            Map<String, String> merged = new LinkedHashMap<>(labels == null ? Map.of() : labels.byLanguage());
            String label = merged.put(language, t.title());
            if (label != null && !label.strip().equals(t.title().strip())) {
                findings.add(Code.TABLE_TITLE_TWICE, places.inValueOf(t.source(), "title", null, 0), "table \"" + t.id()
                        + "\" is titled \"" + t.title() + "\" but the vocabulary's " + language + " label for it is \""
                        + label + "\"; the title is printed: give the " + language + " words once, as the table's title");
            }
            titles.put(t.id(), new Text(merged));
        }
        return new Vocabulary(vocabulary.namespace(), vocabulary.prefix(), vocabulary.concepts(), vocabulary.axes(),
                titles, vocabulary.headings());
    }
}
