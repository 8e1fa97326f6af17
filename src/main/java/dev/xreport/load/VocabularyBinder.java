package dev.xreport.load;

import dev.xreport.diag.Code;
import dev.xreport.diag.Findings;
import dev.xreport.model.Text;
import dev.xreport.model.Vocabulary;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Binds the report's vocabulary file (labels in each language the report has, balances, date types of its
 * concepts; see docs/authoring.md, "Taxonomy").
 */
final class VocabularyBinder {
    private static final Set<String> BALANCES = Set.of("debit", "credit");
    private final Findings findings;

    VocabularyBinder(Findings findings) {
        this.findings = findings;
    }

    Vocabulary bind(String namespace, String prefix, Node root) {
        Map<String, Vocabulary.ConceptInfo> concepts = new LinkedHashMap<>();
        Map<String, Vocabulary.AxisInfo> axes = new LinkedHashMap<>();
        Map<String, Text> tables = new LinkedHashMap<>();
        Map<String, Map<String, String>> headings = new LinkedHashMap<>();
        Fields f = root == null ? null : Fields.of(root, "a vocabulary", findings);
        if (f != null) {
            f.node("$schema");
            if (f.node("concepts") instanceof Node.MapNode m) {
                m.entries().forEach((name, node) -> {
                    Fields c = Fields.of(node, "a concept", findings);
                    if (c != null) {
                        String balance = c.string("balance");
                        if (balance != null && !BALANCES.contains(balance)) {
                            findings.add(Code.LOAD_BAD_VALUE, c.source("balance"), "balance is debit or credit, not \"" + balance + "\"");
                            balance = null;
                        }
                        String type = c.string("type");
                        if (type != null && !type.equals("date") && !type.equals("uri")) {
                            findings.add(Code.LOAD_BAD_VALUE, c.source("type"), "type is \"date\", \"uri\" or absent, not \"" + type + "\"");
                            type = null;
                        }
                        concepts.put(name, new Vocabulary.ConceptInfo(labels(c), balance, type));
                        c.rejectUnknown();
                    }
                });
            }
            if (f.node("axes") instanceof Node.MapNode m) {
                m.entries().forEach((name, node) -> {
                    Fields a = Fields.of(node, "an axis", findings);
                    if (a != null) {
                        Map<String, Text> members = new LinkedHashMap<>();
                        if (a.node("members") instanceof Node.MapNode mm) {
                            mm.entries().forEach((member, mnode) -> {
                                Fields mf = Fields.of(mnode, "a member", findings);
                                if (mf != null) {
                                    members.put(member, labels(mf));
                                    mf.rejectUnknown();
                                }
                            });
                        }
                        axes.put(name, new Vocabulary.AxisInfo(labels(a), members));
                        a.rejectUnknown();
                    }
                });
            }
            if (f.node("tables") instanceof Node.MapNode m) {
                m.entries().forEach((id, node) -> {
                    Fields t = Fields.of(node, "a table's titles", findings);
                    if (t != null) {
                        tables.put(id, labels(t));
                        t.rejectUnknown();
                    }
                });
            }
            if (f.node("headings") instanceof Node.MapNode m) {
                m.entries().forEach((id, node) -> {
                    Fields h = Fields.of(node, "a table's headings", findings);
                    if (h != null) {
                        headings.put(id, h.allStrings());
                    }
                });
            }
            f.rejectUnknown();
        }
        return new Vocabulary(namespace, prefix, concepts, axes, tables, headings);
    }

    /** The labels of a concept, axis, member or table: one per key that is a language tag (en, zh, de, en-US). */
    private static Text labels(Fields f) {
        Map<String, String> m = new LinkedHashMap<>();
        for (String lang : List.copyOf(f.keys())) {
            if (!LanguageText.isTag(lang)) {
                continue; // balance, type, members; anything else is reported as an unknown field
            }
            String s = f.string(lang);
            if (s != null) {
                m.put(lang, s);
            }
        }
        return new Text(m);
    }
}
