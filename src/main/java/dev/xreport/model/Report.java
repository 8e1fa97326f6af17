package dev.xreport.model;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A report: the canonical model that every deliverable is rendered from. Immutable.
 *
 * @param id              names the output folder, {@code output/<id>/}
 * @param language        language of the narrative (BCP 47)
 * @param reportingPeriod id of the period the report covers
 * @param scale           power of ten in which the authored amounts were written (3: thousands)
 * @param locale          how dates and numbers are written (BCP 47: en-US, en-GB, zh-CN), or null for the language's
 * @param labelHeader     the heading of tables' column of row labels ("Item"), per language, or null for none
 */
public record Report(String id, Text title, String language, String source, Entity entity,
                     String reportingPeriod, int scale, Map<String, Period> periods, Map<String, Unit> units,
                     List<Fact> facts, List<Table> tables, List<Section> sections, List<Correction> corrections,
                     List<Check> checks, Vocabulary vocabulary, Source origin, String locale, Text labelHeader) {

    public Report(String id, Text title, String language, String source, Entity entity, String reportingPeriod,
                  int scale, Map<String, Period> periods, Map<String, Unit> units, List<Fact> facts, List<Table> tables,
                  List<Section> sections, List<Correction> corrections, List<Check> checks, Vocabulary vocabulary,
                  Source origin) {
        this(id, title, language, source, entity, reportingPeriod, scale, periods, units, facts, tables, sections,
                corrections, checks, vocabulary, origin, null, null);
    }

    public Report {
        periods = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(periods));
        units = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(units));
        facts = List.copyOf(facts);
        tables = List.copyOf(tables);
        sections = List.copyOf(sections);
        corrections = List.copyOf(corrections);
        checks = List.copyOf(checks);
    }

    /**
     * The languages the report has words in: its own language first, then every other language of its
     * title, entity names, units and vocabulary labels, in alphabetical order. An English-only report
     * has {@code [en]}; WeBank's has {@code [en, zh]}.
     */
    public List<String> languages() {
        java.util.Set<String> out = new java.util.TreeSet<>();
        java.util.function.Consumer<Text> add = t -> {
            if (t != null) {
                out.addAll(t.byLanguage().keySet());
            }
        };
        add.accept(title);
        if (entity != null) {
            add.accept(entity.name());
            add.accept(entity.shortName());
        }
        add.accept(labelHeader);
        units.values().forEach(u -> add.accept(u.label()));
        if (vocabulary != null) {
            vocabulary.concepts().values().forEach(c -> add.accept(c.label()));
            vocabulary.axes().values().forEach(a -> {
                add.accept(a.label());
                a.members().values().forEach(add);
            });
            vocabulary.tables().values().forEach(add);
        }
        out.remove(language);
        List<String> all = new java.util.ArrayList<>();
        all.add(language);
        all.addAll(out);
        return List.copyOf(all);
    }

    /** The power of ten a table shows its amounts in: its own {@code scale}, else the report's. */
    public int scaleOf(FactTable t) {
        return t.scale() != null ? t.scale() : scale;
    }

    public Optional<Table> table(String tableId) {
        return tables.stream().filter(t -> t.id().equals(tableId)).findFirst();
    }

    public Optional<Period> periodAtInstant(java.time.LocalDate date) {
        return periods.values().stream().filter(p -> p.isInstant() && p.instant().equals(date)).findFirst();
    }
}
