package dev.xreport.mutate;

import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;

/** Mutations of the numeric facts' accuracy: other decimals, none, precision instead, nil with decimals. */
final class DecimalsMutations {
    private DecimalsMutations() { }

    static List<Mutation> all() {
        return List.of(
                Mutation.of("decimals-changed:value", DecimalsMutations::otherDecimals),
                Mutation.of("decimals-changed:removed", DecimalsMutations::removeDecimals),
                Mutation.of("decimals-changed:to-precision", DecimalsMutations::decimalsToPrecision),
                Mutation.of("decimals-changed:precision-zero", DecimalsMutations::precisionZero),
                Mutation.of("fact-nil-with-decimals", DecimalsMutations::nilWithDecimals));
    }

    private static Optional<String> otherDecimals(XbrlCopy copy, SplittableRandom random) {
        List<String> choices = List.of("INF", "2", "0", "-2", "-4", "-6", "-9");
        return Xml.pick(Instances.decimalFacts(copy.instance()), random).map(f -> {
            String was = f.getAttribute("decimals");
            List<String> others = choices.stream().filter(c -> !c.equals(was)).toList();
            f.setAttribute("decimals", others.get(random.nextInt(others.size())));
            return Instances.name(f) + ": decimals " + was + " became " + f.getAttribute("decimals");
        });
    }

    private static Optional<String> removeDecimals(XbrlCopy copy, SplittableRandom random) {
        return Xml.pick(Instances.decimalFacts(copy.instance()), random).map(f -> {
            f.removeAttribute("decimals");
            return Instances.name(f) + ": decimals removed (neither decimals nor precision left)";
        });
    }

    private static Optional<String> decimalsToPrecision(XbrlCopy copy, SplittableRandom random) {
        return Xml.pick(Instances.decimalFacts(copy.instance()), random).map(f -> {
            String was = f.getAttribute("decimals");
            f.removeAttribute("decimals");
            f.setAttribute("precision", String.valueOf(1 + random.nextInt(6)));
            return Instances.name(f) + ": decimals " + was + " replaced by precision " + f.getAttribute("precision");
        });
    }

    private static Optional<String> nilWithDecimals(XbrlCopy copy, SplittableRandom random) {
        return Xml.pick(Instances.decimalFacts(copy.instance()), random).map(f -> {
            f.setAttributeNS("http://www.w3.org/2001/XMLSchema-instance", "xsi:nil", "true");
            f.setTextContent("");
            return Instances.name(f) + ": nil, with decimals " + f.getAttribute("decimals") + " kept";
        });
    }

    /** decimals replaced by precision="0" (XBRL 2.1 4.6.4: the precision is unknown). */
    private static Optional<String> precisionZero(XbrlCopy copy, SplittableRandom random) {
        return Xml.pick(Instances.decimalFacts(copy.instance()).stream().filter(f -> !"true".equals(Instances.nil(f))).toList(), random).map(f -> {
            String was = f.getAttribute("decimals");
            f.removeAttribute("decimals");
            f.setAttribute("precision", "0");
            return Instances.name(f) + ": decimals " + was + " replaced by precision 0";
        });
    }
}
