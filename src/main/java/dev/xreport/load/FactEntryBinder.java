package dev.xreport.load;

import dev.xreport.diag.Code;
import dev.xreport.diag.DidYouMean;
import dev.xreport.diag.Findings;
import dev.xreport.model.Dims;
import dev.xreport.model.Fact;
import dev.xreport.model.FactKey;
import dev.xreport.model.Source;
import dev.xreport.model.Unit;
import java.math.BigDecimal;
import java.util.Map;

/**
 * Binds one {@code facts:} entry: resolves its period and unit, scales an authored amount to the
 * unit (thousands → CNY) and works out its decimals. It reports and changes nothing itself: what
 * it gives, findings included, is taken by {@link FactBinder} in the order of the entries, so that
 * an included file's entries can be bound while it is parsed (the header is bound by then) and their
 * trees need not be kept.
 */
final class FactEntryBinder {
    /** The header (periods, units, defaults) the entries refer to, and what shares their values. */
    private final ReportLoader loader;

    FactEntryBinder(ReportLoader loader) {
        this.loader = loader;
    }

    /** An entry in error: the concept it names, or null when it names none (the facts are then incomplete). */
    record Broken(String concept) { }

    /** The entry bound: its value is the {@link Fact}, or {@link Broken} when the entry is in error. */
    Node.Bound<Object> bind(Node node) {
        return Node.Bound.of(node, this::entry);
    }

    /** The one instance of {@code value} this load shares. */
    private <T> T shared(T value) {
        return loader.interner().intern(value);
    }

    private static String abbreviate(String s) {
        return s.length() <= 60 ? s : s.substring(0, 57) + "...";
    }

    private Object entry(Node node, Findings findings) {
        Fields f = Fields.of(node, "a fact", findings);
        if (f == null) {
            return new Broken(null);
        }
        f.node("value"); // both are known fields, even when empty
        f.node("text");
        String concept = shared(f.required("concept"));
        boolean ok = concept != null;
        if (concept != null && !ReportLoader.isName(concept)) {
            findings.add(Code.LOAD_BAD_VALUE, f.source("concept"), "\"" + concept
                    + "\" is not a concept name (letters, digits and '_', not starting with a digit)");
            ok = false;
        }
        Dims dims = dims(f, findings);
        boolean hasValue = f.has("value");
        boolean hasText = f.has("text");
        if (hasValue == hasText) {
            findings.add(hasValue ? Code.LOAD_BAD_VALUE : Code.LOAD_MISSING_FIELD, f.source(), hasValue
                    ? "a fact has a \"value\" (a number) or a \"text\", not both"
                    : "a fact needs a \"value\" (a number) or a \"text\"" + (f.keyPresent("value") || f.keyPresent("text")
                    ? "; this one is empty" : ""));
            ok = false;
        }
        String periodId = shared(f.string("period"));
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
                findings.add(Code.REF_PERIOD, at, "period \"" + periodId + "\" is not defined"
                        + DidYouMean.orAmong(periodId, loader.periods().keySet()));
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
                fact = Fact.text(new FactKey(concept, periodId, dims), text,
                        lang == null ? loader.language() : shared(lang), f.source());
            }
        } else if (hasValue) {
            if (f.has("lang")) {
                findings.add(Code.LOAD_BAD_VALUE, f.source("lang"), "a numeric fact has no language (lang is for text facts)");
                ok = false;
            }
            fact = numeric(f, concept, periodId, dims, ok, findings);
        }
        f.node("lang");
        f.node("text");
        f.rejectUnknown();
        return fact != null ? fact : new Broken(concept);
    }

    private Fact numeric(Fields f, String concept, String periodId, Dims dims, boolean ok, Findings findings) {
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
        } else if (unit == null && !loader.unitBroken(unitId)) {
            findings.add(Code.REF_UNIT, f.has("unit") ? f.source("unit") : f.source(), "unit \"" + unitId
                    + "\" is not defined" + DidYouMean.orAmong(unitId, loader.units().keySet()));
            ok = false;
        } else if (unit == null) {
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

    private Dims dims(Fields f, Findings findings) {
        Map<String, String> m = f.stringMap("dims");
        m.forEach((axis, member) -> {
            if (!ReportLoader.isName(axis) || !ReportLoader.isName(member)) {
                findings.add(Code.LOAD_BAD_VALUE, f.source("dims"), "\"" + axis + ": " + member
                        + "\" is not an axis and member name");
            }
        });
        return shared(Dims.of(m));
    }
}
