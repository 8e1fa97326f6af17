package dev.xreport.load;

import dev.xreport.derive.FactIndex;
import dev.xreport.diag.Code;
import dev.xreport.diag.Findings;
import dev.xreport.model.Fact;
import dev.xreport.model.FactKey;
import dev.xreport.model.KeyIndex;
import dev.xreport.model.Unit;
import java.util.ArrayList;
import java.util.List;

/**
 * Binds the {@code facts:} entries ({@link FactEntryBinder} binds each, or has bound it while its
 * file was parsed) and makes sure each fact is stated once.
 */
final class FactBinder {
    private final ReportLoader loader;
    private final FactEntryBinder entries;
    private final Findings findings;
    /** The facts, each key's first, and their index by key. */
    private final List<Fact> facts = new ArrayList<>();
    private KeyIndex<Fact, FactKey> byKey;

    FactBinder(ReportLoader loader, FactEntryBinder entries) {
        this.loader = loader;
        this.entries = entries;
        this.findings = loader.findings();
    }

    /** The facts of {@code nodes}, the entries of every file in order; once. */
    List<Fact> bind(List<Node> nodes) {
        byKey = KeyIndex.of(facts, Fact::key, nodes.size());
        for (Node node : nodes) {
            Fact fact = take(node instanceof Node.Bound<?> b ? b : entries.bind(node));
            if (fact == null) {
                continue;
            }
            Fact first = byKey.addIfAbsent(fact);
            if (first == null) {
                continue;
            }
            if (first.sameValue(fact)) {
                findings.add(Code.FACT_REPEATED, fact.source(), fact.key() + " is stated again with the same value"
                        + " (first at " + first.source().location() + "); state a fact once and refer to it");
            } else {
                findings.add(Code.FACT_CONFLICT, fact.source(), fact.key() + " is stated twice with different values: "
                        + show(fact) + " here and " + show(first) + " at " + first.source().location());
            }
        }
        return facts;
    }

    /** The facts bound, by key. */
    FactIndex index() {
        return FactIndex.of(byKey);
    }

    /** The fact an entry gave, with its findings reported and what its error breaks noted. */
    private Fact take(Node.Bound<?> entry) {
        findings.addAll(entry.findings());
        if (entry.value() instanceof FactEntryBinder.Broken broken) {
            if (broken.concept() != null) {
                loader.brokenConcepts().add(broken.concept());
            } else {
                loader.factsIncomplete();
            }
            return null;
        }
        return (Fact) entry.value();
    }

    private String show(Fact f) {
        if (!f.isNumeric()) {
            return "\"" + f.text() + "\"";
        }
        Unit unit = loader.units().get(f.unit());
        return dev.xreport.derive.Amounts.describe(f.value(), unit, loader.scale());
    }
}
