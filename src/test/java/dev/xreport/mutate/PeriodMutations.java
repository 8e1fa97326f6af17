package dev.xreport.mutate;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/** Mutations of the contexts' periods: reversed, of the other type, moved, one day long, ending as they start. */
final class PeriodMutations {
    private PeriodMutations() { }

    static List<Mutation> all() {
        return List.of(
                Mutation.of("period-changed:end-before-start", PeriodMutations::endBeforeStart),
                Mutation.of("period-changed:instant-to-duration", PeriodMutations::instantToDuration),
                Mutation.of("period-changed:duration-to-instant", PeriodMutations::durationToInstant),
                Mutation.of("period-changed:year-earlier", PeriodMutations::yearEarlier),
                Mutation.of("period-changed:one-day", PeriodMutations::oneDay),
                Mutation.of("period-changed:end-at-start-midnight", PeriodMutations::endAtStartMidnight));
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
}
