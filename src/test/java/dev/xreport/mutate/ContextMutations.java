package dev.xreport.mutate;

import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import org.w3c.dom.Element;

/** Mutations of the instance's contexts: deleted, doubled, unused, unknown, of the other period type, an item in a segment. */
final class ContextMutations {
    private ContextMutations() { }

    static List<Mutation> all() {
        return List.of(
                Mutation.of("context-deleted", ContextMutations::deleteContext),
                Mutation.of("context-id-duplicated", ContextMutations::duplicateContextId),
                Mutation.of("context-unused-added", ContextMutations::addUnusedContext),
                Mutation.of("segment-holds-item", ContextMutations::itemInSegment),
                Mutation.of("contextRef-unknown", ContextMutations::unknownContextRef),
                Mutation.of("fact-context-other-period-type", ContextMutations::otherPeriodType));
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

    private static Optional<String> unknownContextRef(XbrlCopy copy, SplittableRandom random) {
        return Xml.pick(Instances.facts(copy.instance()), random).map(f -> {
            String was = Instances.name(f);
            f.setAttribute("contextRef", "C_nowhere");
            return was + ": contextRef names the context C_nowhere, which the instance does not have";
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
}
