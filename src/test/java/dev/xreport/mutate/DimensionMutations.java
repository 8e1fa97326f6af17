package dev.xreport.mutate;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import org.w3c.dom.Element;

/** Mutations of the contexts' explicit dimension members: another member, the default, an undeclared one, none, two, in the scenario. */
final class DimensionMutations {
    private DimensionMutations() { }

    static List<Mutation> all() {
        return List.of(
                Mutation.of("dimension-member-changed:other-member", DimensionMutations::otherMember),
                Mutation.of("dimension-member-changed:default-member", DimensionMutations::defaultMember),
                Mutation.of("dimension-member-changed:undeclared", DimensionMutations::undeclaredMember),
                Mutation.of("dimension-member-changed:dropped", DimensionMutations::droppedMember),
                Mutation.of("dimension-member-changed:given-twice", DimensionMutations::memberTwice),
                Mutation.of("dimension-member-changed:in-scenario", DimensionMutations::memberInScenario));
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
            return "context " + Instances.contextOf(m) + ": " + m.getAttribute("dimension") + " member " + was + " became " + Instances.text(m);
        });
    }

    private static Optional<String> defaultMember(XbrlCopy copy, SplittableRandom random) {
        Map<String, String> defaults = Taxonomies.defaults(copy);
        List<Element> members = Instances.explicitMembers(copy.instance()).stream()
                .filter(m -> defaults.containsKey(Xml.local(m.getAttribute("dimension")))).toList();
        return Xml.pick(members, random).map(m -> {
            String dimension = m.getAttribute("dimension");
            String member = Instances.prefixOf(dimension) + defaults.get(Xml.local(dimension));
            m.setTextContent(member);
            return "context " + Instances.contextOf(m) + ": " + dimension + " given its default member " + member;
        });
    }

    private static Optional<String> undeclaredMember(XbrlCopy copy, SplittableRandom random) {
        return Xml.pick(Instances.explicitMembers(copy.instance()), random).map(m -> {
            String member = Instances.prefixOf(m.getAttribute("dimension")) + "NoSuchMember";
            m.setTextContent(member);
            return "context " + Instances.contextOf(m) + ": " + m.getAttribute("dimension") + " given the undeclared member " + member;
        });
    }

    private static Optional<String> droppedMember(XbrlCopy copy, SplittableRandom random) {
        return Xml.pick(Instances.explicitMembers(copy.instance()), random).map(m -> {
            Element segment = (Element) m.getParentNode();
            String context = Instances.contextOf(m);
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
            return "context " + Instances.contextOf(m) + ": " + m.getAttribute("dimension") + " given twice";
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

    private static boolean sameDimension(Element a, Element b) {
        return a.getAttribute("dimension").equals(b.getAttribute("dimension"));
    }
}
