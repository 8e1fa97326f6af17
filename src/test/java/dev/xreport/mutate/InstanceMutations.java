package dev.xreport.mutate;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/** Mutations of the instance: its contexts, periods, dimensions, units and facts. */
final class InstanceMutations {
    private InstanceMutations() { }

    static List<Mutation> all() {
        return List.of(
                Mutation.of("context-deleted", InstanceMutations::deleteContext),
                Mutation.of("context-id-duplicated", InstanceMutations::duplicateContextId),
                Mutation.of("context-unused-added", InstanceMutations::addUnusedContext),
                Mutation.of("period-changed:end-before-start", InstanceMutations::endBeforeStart),
                Mutation.of("period-changed:instant-to-duration", InstanceMutations::instantToDuration),
                Mutation.of("period-changed:duration-to-instant", InstanceMutations::durationToInstant),
                Mutation.of("period-changed:year-earlier", InstanceMutations::yearEarlier),
                Mutation.of("period-changed:one-day", InstanceMutations::oneDay),
                Mutation.of("period-changed:end-at-start-midnight", InstanceMutations::endAtStartMidnight),
                Mutation.of("segment-holds-item", InstanceMutations::itemInSegment),
                Mutation.of("dimension-member-changed:other-member", InstanceMutations::otherMember),
                Mutation.of("dimension-member-changed:default-member", InstanceMutations::defaultMember),
                Mutation.of("dimension-member-changed:undeclared", InstanceMutations::undeclaredMember),
                Mutation.of("dimension-member-changed:dropped", InstanceMutations::droppedMember),
                Mutation.of("dimension-member-changed:given-twice", InstanceMutations::memberTwice),
                Mutation.of("dimension-member-changed:in-scenario", InstanceMutations::memberInScenario),
                Mutation.of("unit-changed:other-currency", (c, r) -> changeMeasure(c, r, "iso4217:USD")),
                Mutation.of("unit-changed:pure", (c, r) -> changeMeasure(c, r, "xbrli:pure")),
                Mutation.of("unit-changed:fact-to-other-unit", InstanceMutations::otherUnitRef),
                Mutation.of("unitRef-unknown", InstanceMutations::unknownUnitRef),
                Mutation.of("contextRef-unknown", InstanceMutations::unknownContextRef),
                Mutation.of("decimals-changed:value", InstanceMutations::otherDecimals),
                Mutation.of("decimals-changed:removed", InstanceMutations::removeDecimals),
                Mutation.of("decimals-changed:to-precision", InstanceMutations::decimalsToPrecision),
                Mutation.of("fact-value-changed", InstanceMutations::changeValue),
                Mutation.of("fact-duplicated:other-value", (c, r) -> duplicateWithOtherValue(c, r, 0)),
                Mutation.of("fact-duplicated:other-value-other-decimals", (c, r) -> duplicateWithOtherValue(c, r, 1)),
                Mutation.of("fact-nil-with-decimals", InstanceMutations::nilWithDecimals),
                Mutation.of("fact-context-other-period-type", InstanceMutations::otherPeriodType),
                Mutation.of("schemaRef-broken", InstanceMutations::breakSchemaRef));
    }

    private static Optional<String> deleteContext(XbrlCopy copy, SplittableRandom random) {
        return Xml.pick(Instances.usedContexts(copy.instance()), random).map(c -> {
            Xml.remove(c);
            return "deleted context " + c.getAttribute("id");
        });
    }

    private static Optional<String> duplicateContextId(XbrlCopy copy, SplittableRandom random) {
        return Xml.pick(Instances.contexts(copy.instance()), random).map(c -> {
            Xml.duplicate(c);
            return "context " + c.getAttribute("id") + " given twice with the same id";
        });
    }

    private static Optional<String> addUnusedContext(XbrlCopy copy, SplittableRandom random) {
        return Xml.pick(Instances.contexts(copy.instance()), random).map(c -> {
            Xml.duplicate(c).setAttribute("id", "C_unused");
            return "a copy of context " + c.getAttribute("id") + " that no fact uses, as C_unused";
        });
    }

    private static Optional<String> endBeforeStart(XbrlCopy copy, SplittableRandom random) {
        return Xml.pick(Instances.contextsWith(copy.instance(), "startDate"), random).map(c -> {
            Element start = Xml.elements(c, Xml.XBRLI, "startDate").get(0);
            Element end = Xml.elements(c, Xml.XBRLI, "endDate").get(0);
            String before = LocalDate.parse(Instances.text(start)).minusDays(1).toString();
            end.setTextContent(before);
            return "context " + c.getAttribute("id") + " ends on " + before + ", the day before it starts";
        });
    }

    private static Optional<String> instantToDuration(XbrlCopy copy, SplittableRandom random) {
        return Xml.pick(Instances.contextsWith(copy.instance(), "instant"), random).map(c -> {
            Element instant = Xml.elements(c, Xml.XBRLI, "instant").get(0);
            LocalDate day = LocalDate.parse(Instances.text(instant));
            Element period = (Element) instant.getParentNode();
            Document doc = c.getOwnerDocument();
            Element start = doc.createElementNS(Xml.XBRLI, instant.getPrefix() + ":startDate");
            start.setTextContent(day.minusYears(1).plusDays(1).toString());
            Element end = doc.createElementNS(Xml.XBRLI, instant.getPrefix() + ":endDate");
            end.setTextContent(day.toString());
            period.replaceChild(end, instant);
            period.insertBefore(start, end);
            return "context " + c.getAttribute("id") + ": the instant " + day + " became the year to it";
        });
    }

    private static Optional<String> durationToInstant(XbrlCopy copy, SplittableRandom random) {
        return Xml.pick(Instances.contextsWith(copy.instance(), "startDate"), random).map(c -> {
            Element start = Xml.elements(c, Xml.XBRLI, "startDate").get(0);
            Element end = Xml.elements(c, Xml.XBRLI, "endDate").get(0);
            Element instant = c.getOwnerDocument().createElementNS(Xml.XBRLI, end.getPrefix() + ":instant");
            instant.setTextContent(Instances.text(end));
            end.getParentNode().replaceChild(instant, end);
            Xml.remove(start);
            return "context " + c.getAttribute("id") + ": the duration became the instant " + Instances.text(instant);
        });
    }

    private static Optional<String> yearEarlier(XbrlCopy copy, SplittableRandom random) {
        return Xml.pick(Instances.usedContexts(copy.instance()), random).map(c -> {
            for (String kind : List.of("instant", "startDate", "endDate")) {
                for (Element d : Xml.elements(c, Xml.XBRLI, kind)) {
                    d.setTextContent(LocalDate.parse(Instances.text(d)).minusYears(1).toString());
                }
            }
            return "context " + c.getAttribute("id") + " moved a year earlier";
        });
    }

    /** A duration that starts and ends on the same day: one day long (XBRL 2.1 4.7.2), so valid. */
    private static Optional<String> oneDay(XbrlCopy copy, SplittableRandom random) {
        return Xml.pick(Instances.contextsWith(copy.instance(), "startDate"), random).map(c -> {
            Element end = Xml.elements(c, Xml.XBRLI, "endDate").get(0);
            Element start = Xml.elements(c, Xml.XBRLI, "startDate").get(0);
            start.setTextContent(Instances.text(end));
            return "context " + c.getAttribute("id") + " starts and ends on " + Instances.text(end);
        });
    }

    /** A duration whose endDate is the midnight its startDate begins at: not later than its start (XBRL 2.1 4.7.2). */
    private static Optional<String> endAtStartMidnight(XbrlCopy copy, SplittableRandom random) {
        return Xml.pick(Instances.contextsWith(copy.instance(), "startDate"), random).map(c -> {
            Element start = Xml.elements(c, Xml.XBRLI, "startDate").get(0);
            Element end = Xml.elements(c, Xml.XBRLI, "endDate").get(0);
            end.setTextContent(Instances.text(start) + "T00:00:00");
            return "context " + c.getAttribute("id") + " ends at " + Instances.text(end) + ", the moment it starts";
        });
    }

    /** A copy of a fact put into a context's segment (XBRL 2.1 4.7.3.2 forbids items there). */
    private static Optional<String> itemInSegment(XbrlCopy copy, SplittableRandom random) {
        List<Element> facts = Instances.facts(copy.instance());
        return Xml.pick(Instances.usedContexts(copy.instance()), random).map(c -> {
            Element entity = Xml.elements(c, Xml.XBRLI, "entity").get(0);
            List<Element> segments = Xml.elements(entity, Xml.XBRLI, "segment");
            Element segment = segments.isEmpty() ? (Element) entity.appendChild(
                    c.getOwnerDocument().createElementNS(Xml.XBRLI, entity.getPrefix() + ":segment")) : segments.get(0);
            Element item = (Element) facts.get(random.nextInt(facts.size())).cloneNode(true);
            segment.appendChild(item);
            return "context " + c.getAttribute("id") + ": a copy of the fact " + Instances.name(item) + " put in its segment";
        });
    }

    private static Optional<String> otherMember(XbrlCopy copy, SplittableRandom random) {
        List<Element> members = Instances.explicitMembers(copy.instance());
        List<Element> changeable = members.stream().filter(m -> members.stream().anyMatch(o -> sameDimension(o, m)
                && !Instances.text(o).equals(Instances.text(m)))).toList();
        return Xml.pick(changeable, random).map(m -> {
            List<String> others = members.stream().filter(o -> sameDimension(o, m)).map(Instances::text)
                    .filter(v -> !v.equals(Instances.text(m))).distinct().sorted().toList();
            String was = Instances.text(m);
            m.setTextContent(others.get(random.nextInt(others.size())));
            return "context " + contextOf(m) + ": " + m.getAttribute("dimension") + " member " + was + " became " + Instances.text(m);
        });
    }

    private static Optional<String> defaultMember(XbrlCopy copy, SplittableRandom random) {
        Map<String, String> defaults = Taxonomies.defaults(copy);
        List<Element> members = Instances.explicitMembers(copy.instance()).stream()
                .filter(m -> defaults.containsKey(Xml.local(m.getAttribute("dimension")))).toList();
        return Xml.pick(members, random).map(m -> {
            String dimension = m.getAttribute("dimension");
            String member = prefixOf(dimension) + defaults.get(Xml.local(dimension));
            m.setTextContent(member);
            return "context " + contextOf(m) + ": " + dimension + " given its default member " + member;
        });
    }

    private static Optional<String> undeclaredMember(XbrlCopy copy, SplittableRandom random) {
        return Xml.pick(Instances.explicitMembers(copy.instance()), random).map(m -> {
            String member = prefixOf(m.getAttribute("dimension")) + "NoSuchMember";
            m.setTextContent(member);
            return "context " + contextOf(m) + ": " + m.getAttribute("dimension") + " given the undeclared member " + member;
        });
    }

    private static Optional<String> droppedMember(XbrlCopy copy, SplittableRandom random) {
        return Xml.pick(Instances.explicitMembers(copy.instance()), random).map(m -> {
            Element segment = (Element) m.getParentNode();
            String context = contextOf(m);
            Xml.remove(m);
            if (Xml.children(segment).isEmpty()) {
                Xml.remove(segment);
            }
            return "context " + context + ": member " + Instances.text(m) + " of " + m.getAttribute("dimension") + " removed";
        });
    }

    private static Optional<String> memberTwice(XbrlCopy copy, SplittableRandom random) {
        return Xml.pick(Instances.explicitMembers(copy.instance()), random).map(m -> {
            Xml.duplicate(m);
            return "context " + contextOf(m) + ": " + m.getAttribute("dimension") + " given twice";
        });
    }

    /** A context's segment renamed scenario: its members in the context element the hypercubes do not name. */
    private static Optional<String> memberInScenario(XbrlCopy copy, SplittableRandom random) {
        List<Element> segments = Xml.elements(copy.instance(), Xml.XBRLI, "segment");
        return Xml.pick(segments, random).map(s -> {
            Element context = (Element) s.getParentNode().getParentNode();
            Element scenario = copy.instance().createElementNS(Xml.XBRLI, s.getPrefix() + ":scenario");
            for (Element member : Xml.children(s)) {
                scenario.appendChild(member);
            }
            Xml.remove(s);
            Element period = Xml.elements(context, Xml.XBRLI, "period").get(0);
            context.insertBefore(scenario, period.getNextSibling());
            return "context " + context.getAttribute("id") + ": its dimension members moved from the segment to a scenario";
        });
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

    private static Optional<String> unknownContextRef(XbrlCopy copy, SplittableRandom random) {
        return Xml.pick(Instances.facts(copy.instance()), random).map(f -> {
            String was = Instances.name(f);
            f.setAttribute("contextRef", "C_nowhere");
            return was + ": contextRef names the context C_nowhere, which the instance does not have";
        });
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

    /** A numeric fact of a concept in the calculation linkbase (else any) changed by more than its rounding. */
    private static Optional<String> changeValue(XbrlCopy copy, SplittableRandom random) {
        List<Element> facts = Instances.decimalFacts(copy.instance()).stream().filter(f -> !"true".equals(nil(f))).toList();
        List<Element> calculated = copy.linkbase(Taxonomies.CAL)
                .map(cal -> Instances.factsOf(copy.instance(), Taxonomies.located(copy.schema(), cal))).orElse(List.of())
                .stream().filter(facts::contains).toList();
        return Xml.pick(calculated.isEmpty() ? facts : calculated, random).map(f -> {
            String was = Instances.text(f);
            f.setTextContent(new BigDecimal(was).add(step(f.getAttribute("decimals")).multiply(BigDecimal.valueOf(
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
                .filter(f -> !"true".equals(nil(f)) && !"INF".equals(f.getAttribute("decimals"))).toList();
        return Xml.pick(facts, random).map(f -> {
            Element twin = Xml.duplicate(f);
            twin.setTextContent(new BigDecimal(Instances.text(f)).add(step(f.getAttribute("decimals")).multiply(BigDecimal.TEN))
                    .toPlainString());
            twin.setAttribute("decimals", String.valueOf(Integer.parseInt(f.getAttribute("decimals")) + moreDecimals));
            return Instances.name(f) + " (" + Instances.text(f) + ", decimals " + f.getAttribute("decimals") + ") stated again as "
                    + Instances.text(twin) + ", decimals " + twin.getAttribute("decimals");
        });
    }

    private static Optional<String> nilWithDecimals(XbrlCopy copy, SplittableRandom random) {
        return Xml.pick(Instances.decimalFacts(copy.instance()), random).map(f -> {
            f.setAttributeNS("http://www.w3.org/2001/XMLSchema-instance", "xsi:nil", "true");
            f.setTextContent("");
            return Instances.name(f) + ": nil, with decimals " + f.getAttribute("decimals") + " kept";
        });
    }

    private static Optional<String> otherPeriodType(XbrlCopy copy, SplittableRandom random) {
        List<Element> instants = Instances.contextsWith(copy.instance(), "instant");
        List<Element> durations = Instances.contextsWith(copy.instance(), "startDate");
        if (instants.isEmpty() || durations.isEmpty()) {
            return Optional.empty();
        }
        return Xml.pick(Instances.facts(copy.instance()), random).map(f -> {
            boolean wasInstant = instants.stream().anyMatch(c -> c.getAttribute("id").equals(f.getAttribute("contextRef")));
            List<Element> other = wasInstant ? durations : instants;
            String was = Instances.name(f);
            f.setAttribute("contextRef", other.get(random.nextInt(other.size())).getAttribute("id"));
            return was + ": contextRef now " + f.getAttribute("contextRef") + ", a context of the other period type";
        });
    }

    private static Optional<String> breakSchemaRef(XbrlCopy copy, SplittableRandom random) {
        return Xml.pick(Xml.elements(copy.instance(), Xml.LINK, "schemaRef"), random).map(s -> {
            String was = Xml.xlink(s, "href");
            s.setAttributeNS(Xml.XLINK, "xlink:href", was.replaceAll("[^/]*$", "missing.xsd"));
            return "schemaRef " + was + " points to " + Xml.xlink(s, "href") + ", which does not exist";
        });
    }

    private static BigDecimal step(String decimals) {
        return "INF".equals(decimals) ? BigDecimal.ONE : BigDecimal.ONE.scaleByPowerOfTen(-Integer.parseInt(decimals)).max(BigDecimal.ONE);
    }

    private static String nil(Element f) {
        return f.getAttributeNS("http://www.w3.org/2001/XMLSchema-instance", "nil");
    }

    private static boolean sameDimension(Element a, Element b) {
        return a.getAttribute("dimension").equals(b.getAttribute("dimension"));
    }

    private static String contextOf(Element member) {
        Element e = member;
        while (e != null && !"context".equals(e.getLocalName())) {
            e = e.getParentNode() instanceof Element p ? p : null;
        }
        return e == null ? "?" : e.getAttribute("id");
    }

    private static String prefixOf(String qname) {
        int colon = qname.indexOf(':');
        return colon < 0 ? "" : qname.substring(0, colon + 1);
    }
}
