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
 */
public record Report(String id, Text title, String language, String source, Entity entity,
                     String reportingPeriod, int scale, Map<String, Period> periods, Map<String, Unit> units,
                     List<Fact> facts, List<Table> tables, List<Section> sections, List<Correction> corrections,
                     List<Check> checks, Vocabulary vocabulary, Source origin) {

    public Report {
        periods = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(periods));
        units = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(units));
        facts = List.copyOf(facts);
        tables = List.copyOf(tables);
        sections = List.copyOf(sections);
        corrections = List.copyOf(corrections);
        checks = List.copyOf(checks);
    }

    public Optional<Table> table(String tableId) {
        return tables.stream().filter(t -> t.id().equals(tableId)).findFirst();
    }

    public Optional<Period> periodAtInstant(java.time.LocalDate date) {
        return periods.values().stream().filter(p -> p.isInstant() && p.instant().equals(date)).findFirst();
    }
}
