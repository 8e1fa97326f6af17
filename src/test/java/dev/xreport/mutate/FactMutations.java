package dev.xreport.mutate;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import org.w3c.dom.Element;

/** Mutations of the instance's facts: deleted, nil, values changed, stated twice, attributes a text fact must not have. */
final class FactMutations {
    private static final String XSI = "http://www.w3.org/2001/XMLSchema-instance";

    private FactMutations() { }

    static List<Mutation> all() {
        return List.of(
                Mutation.of("fact-deleted", FactMutations::delete),
                Mutation.of("fact-nil", FactMutations::nil),
                Mutation.of("fact-value-changed", FactMutations::changeValue),
                Mutation.of("fact-value-changed:excess-digits", FactMutations::excessDigits),
                Mutation.of("fact-value-changed:one-step", FactMutations::oneStep),
                Mutation.of("fact-duplicated:other-value", (c, r) -> duplicateWithOtherValue(c, r, 0)),
                Mutation.of("fact-duplicated:other-value-other-decimals", (c, r) -> duplicateWithOtherValue(c, r, 1)),
                Mutation.of("fact-text-given-decimals", (c, r) -> textFactGiven(c, r, "decimals", "0")),
                Mutation.of("fact-text-given-unitRef", FactMutations::textFactGivenUnit));
    }

    private static List<Element> numericValues(XbrlCopy copy) {
        return Instances.decimalFacts(copy.instance()).stream().filter(f -> !f.hasAttributeNS(XSI, "nil")).toList();
    }

    private static List<Element> textFacts(XbrlCopy copy) {
        return Instances.facts(copy.instance()).stream().filter(f -> !f.hasAttribute("unitRef")).toList();
    }

    private static Optional<String> delete(XbrlCopy copy, SplittableRandom random) {
        return Xml.pick(Instances.facts(copy.instance()), random).map(f -> {
            Xml.remove(f);
            return Instances.name(f) + " (" + Instances.text(f) + ") deleted";
        });
    }

    /** A numeric fact made nil the valid way: no value, no decimals. */
    private static Optional<String> nil(XbrlCopy copy, SplittableRandom random) {
        return Xml.pick(numericValues(copy), random).map(f -> {
            String was = Instances.text(f);
            f.setAttributeNS(XSI, "xsi:nil", "true");
            f.removeAttribute("decimals");
            f.setTextContent("");
            return Instances.name(f) + " (" + was + ") made nil";
        });
    }

    /** A numeric fact given a digit its decimals call insignificant: 1250000 with decimals -3 becomes 1250000.4. */
    private static Optional<String> excessDigits(XbrlCopy copy, SplittableRandom random) {
        List<Element> rounded = numericValues(copy).stream().filter(f -> !"INF".equals(f.getAttribute("decimals"))).toList();
        return Xml.pick(rounded, random).map(f -> {
            String was = Instances.text(f);
            int decimals = Integer.parseInt(f.getAttribute("decimals"));
            BigDecimal digit = BigDecimal.valueOf(1 + random.nextInt(9)).scaleByPowerOfTen(-Math.max(decimals, 0) - 1);
            f.setTextContent(new BigDecimal(was).add(digit).toPlainString());
            return Instances.name(f) + ": value " + was + " became " + Instances.text(f) + " with decimals " + decimals;
        });
    }

    /**
     * A numeric fact of a calculation moved by one step of its rounding (1000 for decimals -3): on the
     * edge of what Calculations 1.1's intervals tolerate.
     */
    private static Optional<String> oneStep(XbrlCopy copy, SplittableRandom random) {
        List<Element> calculated = copy.linkbase(Taxonomies.CAL)
                .map(cal -> Instances.factsOf(copy.instance(), Taxonomies.located(copy.schema(), cal))).orElse(List.of());
        List<Element> rounded = numericValues(copy).stream().filter(calculated::contains)
                .filter(f -> !"INF".equals(f.getAttribute("decimals"))).toList();
        return Xml.pick(rounded, random).map(f -> {
            String was = Instances.text(f);
            BigDecimal step = BigDecimal.ONE.scaleByPowerOfTen(-Integer.parseInt(f.getAttribute("decimals")));
            f.setTextContent(new BigDecimal(was).add(random.nextBoolean() ? step : step.negate()).toPlainString());
            return Instances.name(f) + ": value " + was + " became " + Instances.text(f) + ", one step of its decimals "
                    + f.getAttribute("decimals");
        });
    }

    /** A numeric fact of a concept in the calculation linkbase (else any) changed by more than its rounding. */
    private static Optional<String> changeValue(XbrlCopy copy, SplittableRandom random) {
        List<Element> facts = Instances.decimalFacts(copy.instance()).stream().filter(f -> !"true".equals(Instances.nil(f))).toList();
        List<Element> calculated = copy.linkbase(Taxonomies.CAL)
                .map(cal -> Instances.factsOf(copy.instance(), Taxonomies.located(copy.schema(), cal))).orElse(List.of())
                .stream().filter(facts::contains).toList();
        return Xml.pick(calculated.isEmpty() ? facts : calculated, random).map(f -> {
            String was = Instances.text(f);
            f.setTextContent(new BigDecimal(was).add(Instances.step(f.getAttribute("decimals")).multiply(BigDecimal.valueOf(
                    1 + random.nextInt(9)))).toPlainString());
            return Instances.name(f) + ": value " + was + " became " + Instances.text(f);
        });
    }

    /**
     * A numeric fact stated again, ten rounding steps higher, with its decimals raised by {@code moreDecimals}:
     * a duplicate that contradicts it.
     */
    private static Optional<String> duplicateWithOtherValue(XbrlCopy copy, SplittableRandom random, int moreDecimals) {
        List<Element> facts = Instances.decimalFacts(copy.instance()).stream()
                .filter(f -> !"true".equals(Instances.nil(f)) && !"INF".equals(f.getAttribute("decimals"))).toList();
        return Xml.pick(facts, random).map(f -> {
            Element twin = Xml.duplicate(f);
            twin.setTextContent(new BigDecimal(Instances.text(f)).add(Instances.step(f.getAttribute("decimals")).multiply(BigDecimal.TEN))
                    .toPlainString());
            twin.setAttribute("decimals", String.valueOf(Integer.parseInt(f.getAttribute("decimals")) + moreDecimals));
            return Instances.name(f) + " (" + Instances.text(f) + ", decimals " + f.getAttribute("decimals") + ") stated again as "
                    + Instances.text(twin) + ", decimals " + twin.getAttribute("decimals");
        });
    }

    private static Optional<String> textFactGiven(XbrlCopy copy, SplittableRandom random, String attribute, String value) {
        return Xml.pick(textFacts(copy), random).map(f -> {
            f.setAttribute(attribute, value);
            return Instances.name(f) + ", a non-numeric fact, given " + attribute + "=\"" + value + "\"";
        });
    }

    private static Optional<String> textFactGivenUnit(XbrlCopy copy, SplittableRandom random) {
        List<Element> units = Instances.units(copy.instance());
        if (units.isEmpty()) {
            return Optional.empty();
        }
        return textFactGiven(copy, random, "unitRef", units.get(0).getAttribute("id"));
    }
}
