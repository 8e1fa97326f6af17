package dev.xreport.load;

import dev.xreport.diag.Code;
import dev.xreport.diag.Findings;
import dev.xreport.model.Dims;
import dev.xreport.model.Fact;
import dev.xreport.model.FactKey;
import dev.xreport.model.Source;
import dev.xreport.model.Unit;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Binds the {@code facts:} entries: resolves periods and units, scales authored amounts to the
 * unit (thousands → CNY), works out decimals, and makes sure each fact is stated once.
 */
final class FactBinder {
    private final ReportLoader loader;
    private final Findings findings;

    FactBinder(ReportLoader loader) {
        this.loader = loader;
        this.findings = loader.findings();
    }

    List<Fact> bind(List<Node> nodes) {
        List<Fact> facts = new ArrayList<>();
        Map<FactKey, Fact> seen = new HashMap<>();
        for (Node node : nodes) {
            Fact fact = fact(node);
            if (fact == null) {
                continue;
            }
            Fact first = seen.get(fact.key());
            if (first == null) {
                seen.put(fact.key(), fact);
                facts.add(fact);
            } else if (first.sameValue(fact)) {
                findings.add(Code.FACT_REPEATED, fact.source(), fact.key() + " is stated again with the same value"
                        + " (first at " + first.source().location() + "); state a fact once and refer to it");
            } else {
                findings.add(Code.FACT_CONFLICT, fact.source(), fact.key() + " is stated twice with different values: "
                        + show(fact) + " here and " + show(first) + " at " + first.source().location());
            }
        }
        return facts;
    }

    private static String abbreviate(String s) {
        return s.length() <= 60 ? s : s.substring(0, 57) + "...";
    }

    private Fact fact(Node node) {
        Fields f = Fields.of(node, "a fact", findings);
        if (f == null) {
            loader.factsIncomplete();
            return null;
        }
        f.node("value"); // both are known fields, even when empty
        f.node("text");
        String concept = f.required("concept");
        boolean ok = concept != null;
        if (concept != null && !ReportLoader.NAME.matcher(concept).matches()) {
            findings.add(Code.LOAD_BAD_VALUE, f.source("concept"), "\"" + concept
                    + "\" is not a concept name (letters, digits and '_', not starting with a digit)");
            ok = false;
        }
        Dims dims = dims(f);
        boolean hasValue = f.has("value");
        boolean hasText = f.has("text");
        if (hasValue == hasText) {
            findings.add(hasValue ? Code.LOAD_BAD_VALUE : Code.LOAD_MISSING_FIELD, f.source(), hasValue
                    ? "a fact has a \"value\" (a number) or a \"text\", not both"
                    : "a fact needs a \"value\" (a number) or a \"text\"" + (f.keyPresent("value") || f.keyPresent("text")
                    ? "; this one is empty" : ""));
            ok = false;
        }
        String periodId = f.string("period");
        if (periodId == null) {
            if (hasText) {
                periodId = loader.reportingPeriod();
            } else {
                findings.add(Code.LOAD_MISSING_FIELD, f.source(), "\"period\" is required for a numeric fact");
                ok = false;
            }
        }
        if (periodId != null && !loader.periods().containsKey(periodId)) {
            Source at = f.has("period") ? f.source("period") : f.source();
            if (!loader.periodBroken(periodId)) {
                findings.add(Code.REF_PERIOD, at, "period \"" + periodId + "\" is not defined (defined: "
                        + String.join(", ", loader.periods().keySet()) + ")");
            }
            ok = false;
        }
        Fact fact = null;
        if (hasText) {
            String text = f.string("text");
            String lang = f.string("lang");
            if (f.has("unit") || f.has("decimals") || f.has("scale")) {
                findings.add(Code.LOAD_BAD_VALUE, f.source(), "a text fact has no unit, decimals or scale");
                ok = false;
            }
            if (ok && text != null) {
                fact = Fact.text(new FactKey(concept, periodId, dims), text, lang == null ? loader.language() : lang,
                        f.source());
            }
        } else if (hasValue) {
            if (f.has("lang")) {
                findings.add(Code.LOAD_BAD_VALUE, f.source("lang"), "a numeric fact has no language (lang is for text facts)");
                ok = false;
            }
            fact = numeric(f, concept, periodId, dims, ok);
        }
        f.node("lang");
        f.node("text");
        f.rejectUnknown();
        if (fact == null) {
            if (concept != null) {
                loader.brokenConcepts().add(concept);
            } else {
                loader.factsIncomplete();
            }
        }
        return fact;
    }

    private Fact numeric(Fields f, String concept, String periodId, Dims dims, boolean ok) {
        Node valueNode = f.node("value");
        String written = valueNode instanceof Node.Scalar s ? s.text() : null;
        AmountParser.Amount amount = AmountParser.parse(written);
        if (amount == null) {
            String shown = written == null ? valueNode.kind() : "\"" + abbreviate(written) + "\"";
            findings.add(Code.LOAD_NOT_A_NUMBER, valueNode.source(), shown + " is not a number" + AmountParser.why(written));
            ok = false;
        }
        String unitId = f.string("unit");
        if (unitId == null) {
            unitId = amount != null && amount.percent() ? "pure" : loader.monetaryUnit();
        }
        Unit unit = unitId == null ? null : loader.units().get(unitId);
        if (unitId == null) {
            findings.add(Code.LOAD_MISSING_FIELD, f.source(), "\"unit\" is required (no defaults.monetaryUnit)");
            ok = false;
        } else if (unit == null) {
            findings.add(Code.REF_UNIT, f.has("unit") ? f.source("unit") : f.source(), "unit \"" + unitId
                    + "\" is not defined (defined: " + String.join(", ", loader.units().keySet()) + ")");
            ok = false;
        }
        if (!ok || amount == null) {
            f.node("decimals");
            f.node("scale");
            return null;
        }
        int scale = f.integer("scale", unit.isMonetary() ? loader.scale() : 0);
        if (scale < 0 || scale > 12) {
            findings.add(Code.LOAD_BAD_VALUE, f.source("scale"), "scale " + scale + " is out of range (0 to 12)");
            return null;
        }
        if (amount.percent() && f.has("scale")) {
            findings.add(Code.LOAD_BAD_VALUE, f.source("scale"), "a percentage has no scale");
        }
        BigDecimal value = amount.value().movePointRight(amount.percent() ? 0 : scale);
        if (value.scale() < 0) {
            value = value.setScale(0);
        }
        int defaultDecimals = amount.percent() ? amount.fractionDigits() + 2
                : amount.nil() && unit.isPure() ? 4 : amount.fractionDigits() - scale;
        int decimals = f.integer("decimals", defaultDecimals);
        return Fact.numeric(new FactKey(concept, periodId, dims), unit.id(), decimals, value, f.source());
    }

    private Dims dims(Fields f) {
        Map<String, String> m = f.stringMap("dims");
        m.forEach((axis, member) -> {
            if (!ReportLoader.NAME.matcher(axis).matches() || !ReportLoader.NAME.matcher(member).matches()) {
                findings.add(Code.LOAD_BAD_VALUE, f.source("dims"), "\"" + axis + ": " + member
                        + "\" is not an axis and member name");
            }
        });
        return Dims.of(m);
    }

    private String show(Fact f) {
        if (!f.isNumeric()) {
            return "\"" + f.text() + "\"";
        }
        Unit unit = loader.units().get(f.unit());
        return dev.xreport.derive.Amounts.describe(f.value(), unit, loader.scale());
    }
}
