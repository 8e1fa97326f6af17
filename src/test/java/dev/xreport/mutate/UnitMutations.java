package dev.xreport.mutate;

import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/** Mutations of the instance's units and unitRefs: another measure, another or an unknown unit, deleted, doubled, divided, no currency. */
final class UnitMutations {
    private UnitMutations() { }

    static List<Mutation> all() {
        return List.of(
                Mutation.of("unit-changed:other-currency", (c, r) -> changeMeasure(c, r, "iso4217:USD")),
                Mutation.of("unit-changed:pure", (c, r) -> changeMeasure(c, r, "xbrli:pure")),
                Mutation.of("unit-changed:fact-to-other-unit", UnitMutations::otherUnitRef),
                Mutation.of("unitRef-unknown", UnitMutations::unknownUnitRef),
                Mutation.of("unit-deleted", UnitMutations::delete),
                Mutation.of("unit-id-duplicated", UnitMutations::duplicateId),
                Mutation.of("unit-changed:divide-same-measure", UnitMutations::divideBySelf),
                Mutation.of("unit-changed:per-share", UnitMutations::perShare),
                Mutation.of("unit-changed:not-a-currency", UnitMutations::notACurrency));
    }

    private static Optional<String> changeMeasure(XbrlCopy copy, SplittableRandom random, String measure) {
        List<Element> currencies = Instances.units(copy.instance()).stream()
                .filter(u -> Xml.elements(u, Xml.XBRLI, "measure").stream().anyMatch(m -> Instances.text(m).startsWith("iso4217:")))
                .toList();
        return Xml.pick(currencies, random).map(u -> {
            Element m = Xml.elements(u, Xml.XBRLI, "measure").get(0);
            String was = Instances.text(m);
            m.setTextContent(measure);
            return "unit " + u.getAttribute("id") + ": measure " + was + " became " + measure;
        });
    }

    private static Optional<String> otherUnitRef(XbrlCopy copy, SplittableRandom random) {
        List<String> ids = Instances.units(copy.instance()).stream().map(u -> u.getAttribute("id")).toList();
        if (ids.size() < 2) {
            return Optional.empty();
        }
        return Xml.pick(Instances.numericFacts(copy.instance()), random).map(f -> {
            List<String> others = ids.stream().filter(id -> !id.equals(f.getAttribute("unitRef"))).toList();
            String was = f.getAttribute("unitRef");
            f.setAttribute("unitRef", others.get(random.nextInt(others.size())));
            return Instances.name(f) + ": unitRef " + was + " became " + f.getAttribute("unitRef");
        });
    }

    private static Optional<String> unknownUnitRef(XbrlCopy copy, SplittableRandom random) {
        return Xml.pick(Instances.numericFacts(copy.instance()), random).map(f -> {
            f.setAttribute("unitRef", "U_nowhere");
            return Instances.name(f) + ": unitRef names the unit U_nowhere, which the instance does not have";
        });
    }

    private static List<Element> currencyUnits(XbrlCopy copy) {
        return Instances.units(copy.instance()).stream().filter(u -> Xml.children(u).size() == 1
                && "measure".equals(Xml.children(u).get(0).getLocalName())
                && Instances.text(Xml.children(u).get(0)).startsWith("iso4217:")).toList();
    }

    private static Optional<String> delete(XbrlCopy copy, SplittableRandom random) {
        return Xml.pick(Instances.units(copy.instance()), random).map(u -> {
            Xml.remove(u);
            return "deleted unit " + u.getAttribute("id");
        });
    }

    private static Optional<String> duplicateId(XbrlCopy copy, SplittableRandom random) {
        return Xml.pick(Instances.units(copy.instance()), random).map(u -> {
            Xml.duplicate(u);
            return "unit " + u.getAttribute("id") + " given twice with the same id";
        });
    }

    private static Optional<String> divideBySelf(XbrlCopy copy, SplittableRandom random) {
        return Xml.pick(currencyUnits(copy), random).map(u -> divide(u, Instances.text(Xml.children(u).get(0))));
    }

    private static Optional<String> perShare(XbrlCopy copy, SplittableRandom random) {
        return Xml.pick(currencyUnits(copy), random).map(u -> divide(u, "xbrli:shares"));
    }

    /** Replaces the unit's one measure by that measure divided by {@code denominator}. */
    private static String divide(Element unit, String denominator) {
        Element measure = Xml.children(unit).get(0);
        String numerator = Instances.text(measure);
        Document doc = unit.getOwnerDocument();
        String p = measure.getPrefix() + ":";
        Element divide = doc.createElementNS(Xml.XBRLI, p + "divide");
        Element top = doc.createElementNS(Xml.XBRLI, p + "unitNumerator");
        Element bottom = doc.createElementNS(Xml.XBRLI, p + "unitDenominator");
        Element m1 = doc.createElementNS(Xml.XBRLI, p + "measure");
        m1.setTextContent(numerator);
        Element m2 = doc.createElementNS(Xml.XBRLI, p + "measure");
        m2.setTextContent(denominator);
        top.appendChild(m1);
        bottom.appendChild(m2);
        divide.appendChild(top);
        divide.appendChild(bottom);
        unit.replaceChild(divide, measure);
        return "unit " + unit.getAttribute("id") + ": " + numerator + " became " + numerator + " / " + denominator;
    }

    private static Optional<String> notACurrency(XbrlCopy copy, SplittableRandom random) {
        return Xml.pick(currencyUnits(copy), random).map(u -> {
            Element m = Xml.children(u).get(0);
            String was = Instances.text(m);
            m.setTextContent("iso4217:XYZW");
            return "unit " + u.getAttribute("id") + ": measure " + was + " became iso4217:XYZW, which is no ISO 4217 code";
        });
    }
}
