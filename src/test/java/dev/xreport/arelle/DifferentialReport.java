package dev.xreport.arelle;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The comparisons of a differential run, counted by mutation kind (copies, agreed valid, agreed
 * invalid, disagreements explained by a row of the {@link KnownDifferences}, disagreements not
 * explained), and each disagreement in full; as text for the test's output.
 */
public final class DifferentialReport {
    private final List<Comparison> comparisons;
    private final KnownDifferences known;

    public DifferentialReport(List<Comparison> comparisons, KnownDifferences known) {
        this.comparisons = List.copyOf(comparisons);
        this.known = known;
    }

    public long agreements() {
        return comparisons.stream().filter(Comparison::agrees).count();
    }

    /** The disagreements no known difference explains. */
    public List<Comparison> unexplained() {
        return comparisons.stream().filter(c -> !c.agrees() && known.explaining(c).isEmpty()).toList();
    }

    /** The known differences no disagreement of this run needed. */
    public List<KnownDifferences.Entry> unused() {
        return known.entries().stream().filter(e -> comparisons.stream().noneMatch(c -> !c.agrees() && e.explains(c))).toList();
    }

    public String text() {
        StringBuilder s = new StringBuilder();
        long disagreements = comparisons.size() - agreements();
        s.append(String.format("%d copies: %d agreements, %d disagreements (%d explained in %s, %d not)%n",
                comparisons.size(), agreements(), disagreements, disagreements - unexplained().size(), KnownDifferences.FILE,
                unexplained().size()));
        s.append(String.format("warnings: both or neither on %d copies, only one on %d%n",
                comparisons.stream().filter(Comparison::warningsAgree).count(),
                comparisons.stream().filter(c -> !c.warningsAgree()).count()));
        s.append(warningsOnlyFrom("xreport", c -> c.xreport().warnings() > 0));
        s.append(warningsOnlyFrom("Arelle", c -> c.arelle().warnings() > 0));
        s.append(String.format("%-48s %6s %6s %8s %6s %6s%n", "kind", "copies", "valid", "invalid", "known", "new"));
        for (Map.Entry<String, List<Comparison>> e : byKind().entrySet()) {
            List<Comparison> cs = e.getValue();
            long agree = cs.stream().filter(Comparison::agrees).count();
            long valid = cs.stream().filter(c -> c.agrees() && c.bothValid()).count();
            long fresh = cs.stream().filter(c -> !c.agrees() && known.explaining(c).isEmpty()).count();
            s.append(String.format("%-48s %6d %6d %8d %6d %6d%n", e.getKey(), cs.size(), valid, agree - valid,
                    cs.size() - agree - fresh, fresh));
        }
        for (Comparison c : comparisons) {
            if (!c.agrees()) {
                s.append(known.explaining(c).isPresent() ? "  known:    " : "  NEW:      ").append(c.side().words()).append(": ")
                        .append(c.describe()).append('\n');
            }
        }
        for (KnownDifferences.Entry e : unused()) {
            s.append("  unused known difference: ").append(e.mutation()).append(" / xreport ").append(e.xreport())
                    .append(" / Arelle ").append(e.arelle()).append('\n');
        }
        return s.toString();
    }

    /** "warnings only from xreport: context-unused-added x6, ..." (the kinds whose copies only {@code side} warns about). */
    private String warningsOnlyFrom(String side, java.util.function.Predicate<Comparison> warns) {
        Map<String, Integer> kinds = new TreeMap<>();
        for (Comparison c : comparisons) {
            if (!c.warningsAgree() && warns.test(c)) {
                kinds.merge(c.mutant().kind(), 1, Integer::sum);
            }
        }
        StringBuilder s = new StringBuilder("  warnings only from " + side + ":");
        kinds.forEach((k, n) -> s.append(' ').append(k).append(" x").append(n));
        return s.append(kinds.isEmpty() ? " none" : "").append('\n').toString();
    }

    private Map<String, List<Comparison>> byKind() {
        Map<String, List<Comparison>> out = new TreeMap<>();
        for (Comparison c : comparisons) {
            out.computeIfAbsent(c.mutant().kind(), k -> new ArrayList<>()).add(c);
        }
        return out;
    }
}
