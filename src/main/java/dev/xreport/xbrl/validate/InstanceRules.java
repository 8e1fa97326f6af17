package dev.xreport.xbrl.validate;

import dev.xreport.diag.Code;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.xml.namespace.QName;
import org.w3c.dom.Element;

/** The XBRL 2.1 section 4 rules on contexts, units and items that XML Schema cannot express. */
final class InstanceRules {
    private static final QName PURE = new QName(Ns.XBRLI, "pure");
    private static final QName SHARES = new QName(Ns.XBRLI, "shares");

    private static final java.util.regex.Pattern CURRENCY = java.util.regex.Pattern.compile("[A-Z]{3}");
    private final InstanceModel model;
    private final Taxonomy taxonomy;
    private final Sink sink;

    InstanceRules(InstanceModel model, Taxonomy taxonomy, Sink sink) {
        this.model = model;
        this.taxonomy = taxonomy;
        this.sink = sink;
    }

    void check() {
        model.contexts.values().forEach(this::context);
        model.units.values().forEach(this::unit);
        Set<String> usedContexts = new HashSet<>();
        Set<String> usedUnits = new HashSet<>();
        for (InstanceModel.Fact f : model.facts) {
            if (f.concept().item()) {
                item(f, usedContexts, usedUnits);
            }
        }
        duplicates();
        // a fact whose concept the DTS lacks (XR-XBRL-603) still refers to its context and unit
        referenced(model, usedContexts, usedUnits);
        for (InstanceModel.Context c : model.contexts.values()) {
            if (!usedContexts.contains(c.id())) {
                sink.add(Code.XBRL_UNUSED_CONTEXT, c.element(), "context \"" + c.id() + "\" is not used by any fact");
            }
        }
        for (InstanceModel.Unit u : model.units.values()) {
            if (!usedUnits.contains(u.id())) {
                sink.add(Code.XBRL_UNUSED_UNIT, u.element(), "unit \"" + u.id() + "\" is not used by any fact");
            }
        }
    }

    /** The contextRef and unitRef of every element outside xbrli and link, at any depth, whether or not the DTS knows its concept. */
    private static void referenced(InstanceModel model, Set<String> usedContexts, Set<String> usedUnits) {
        for (Object child : model.children) {
            if (child instanceof LeanItem item) {
                used(item.attr(null, "contextRef"), usedContexts);
                used(item.attr(null, "unitRef"), usedUnits);
            } else {
                referenced((Element) child, usedContexts, usedUnits);
            }
        }
    }

    private static void referenced(Element e, Set<String> usedContexts, Set<String> usedUnits) {
        if (Ns.XBRLI.equals(e.getNamespaceURI()) || Ns.LINK.equals(e.getNamespaceURI())) {
            return;
        }
        used(Ns.attr(e, "contextRef"), usedContexts);
        used(Ns.attr(e, "unitRef"), usedUnits);
        for (Element c : Ns.children(e)) {
            referenced(c, usedContexts, usedUnits);
        }
    }

    private static void used(String ref, Set<String> used) {
        if (ref != null) {
            used.add(ref.trim());
        }
    }

    private void context(InstanceModel.Context c) {
        if (c.kind() == InstanceModel.PeriodKind.DURATION && c.start() != null && c.end() != null
                && !c.end().isAfter(c.start())) {
            Element period = Ns.child(c.element(), Ns.XBRLI, "period");
            sink.add(Code.XBRL_PERIOD, c.element(), "context \"" + c.id() + "\": endDate "
                    + Ns.child(period, Ns.XBRLI, "endDate").getTextContent().trim() + " is not later than startDate "
                    + Ns.child(period, Ns.XBRLI, "startDate").getTextContent().trim());
        }
        Element entity = Ns.child(c.element(), Ns.XBRLI, "entity");
        Element segment = entity == null ? null : Ns.child(entity, Ns.XBRLI, "segment");
        Element scenario = Ns.child(c.element(), Ns.XBRLI, "scenario");
        for (Element container : new Element[] {segment, scenario}) {
            if (container != null) {
                for (Element child : Ns.children(container)) {
                    contextContent(c, container.getLocalName(), child);
                }
            }
        }
    }

    private void contextContent(InstanceModel.Context c, String where, Element e) {
        if (Ns.XBRLI.equals(e.getNamespaceURI())) {
            sink.add(Code.XBRL_SEGMENT_SCENARIO, e, "context \"" + c.id() + "\": the " + where
                    + " contains " + e.getTagName() + " of the XBRL instance namespace");
        } else {
            Taxonomy.Concept concept = taxonomy.concept(Ns.qname(e));
            if (concept != null) {
                sink.add(Code.XBRL_SEGMENT_SCENARIO, e, "context \"" + c.id() + "\": the " + where + " contains "
                        + e.getTagName() + ", which is in the " + (concept.item() ? "item" : "tuple") + " substitution group");
            }
        }
        for (Element child : Ns.children(e)) {
            contextContent(c, where, child);
        }
    }

    private void unit(InstanceModel.Unit u) {
        for (List<QName> side : List.of(u.numerator(), u.denominator())) {
            for (QName m : side) {
                if (Ns.XBRLI.equals(m.getNamespaceURI()) && !m.equals(PURE) && !m.equals(SHARES)) {
                    sink.add(Code.XBRL_UNIT_MEASURE, u.element(), "unit \"" + u.id() + "\": measure " + m.getLocalPart()
                            + " is in the XBRL instance namespace, which has only xbrli:pure and xbrli:shares");
                }
            }
        }
        for (QName m : u.numerator()) {
            if (u.denominator().contains(m)) {
                sink.add(Code.XBRL_UNIT_MEASURE, u.element(), "unit \"" + u.id() + "\": measure " + m
                        + " appears in both numerator and denominator; the unit is not in its simplest form");
            }
        }
    }

    private void item(InstanceModel.Fact f, Set<String> usedContexts, Set<String> usedUnits) {
        Taxonomy.Concept concept = f.concept();
        String name = f.tagName();
        String contextRef = f.attr("contextRef");
        InstanceModel.Context ctx = null;
        if (contextRef != null) {
            Element target = model.ids.get(contextRef.trim());
            if (target == null || !Ns.is(target, Ns.XBRLI, "context")) {
                sink.add(Code.XBRL_CONTEXT_REF, f, name + ": contextRef \"" + contextRef + "\" is not the id of a context");
            } else {
                ctx = model.contexts.get(contextRef.trim());
                usedContexts.add(contextRef.trim());
            }
        }
        if (ctx != null && concept.periodType() != null) {
            boolean instant = ctx.kind() == InstanceModel.PeriodKind.INSTANT;
            boolean ok = concept.periodType().equals("instant") ? instant : !instant;
            if (!ok) {
                sink.add(Code.XBRL_PERIOD_TYPE, f, name + " has periodType " + concept.periodType() + " but context \""
                        + ctx.id() + "\" has a" + (instant ? "n instant" : ctx.kind() == InstanceModel.PeriodKind.FOREVER
                        ? " forever" : " duration") + " period");
            }
        }
        String unitRef = f.attr("unitRef");
        InstanceModel.Unit unit = null;
        if (unitRef != null) {
            Element target = model.ids.get(unitRef.trim());
            if (target == null || !Ns.is(target, Ns.XBRLI, "unit")) {
                sink.add(Code.XBRL_UNIT_REF, f, name + ": unitRef \"" + unitRef + "\" is not the id of a unit");
            } else {
                unit = model.units.get(unitRef.trim());
                usedUnits.add(unitRef.trim());
            }
        }
        if (!concept.numeric()) {
            if (unitRef != null || f.attr("decimals") != null || f.attr("precision") != null) {
                sink.add(Code.XBRL_UNIT_REF, f, name + " is not numeric and must have no unitRef, decimals or precision");
            }
            return;
        }
        if (unitRef == null) {
            sink.add(Code.XBRL_UNIT_REF, f, name + " is numeric and has no unitRef");
        }
        decimalsPrecision(f, name);
        if (unit != null) {
            unitForType(f, unit, name);
        }
    }

    private void decimalsPrecision(InstanceModel.Fact f, String name) {
        boolean decimals = f.attr("decimals") != null;
        boolean precision = f.attr("precision") != null;
        if (f.concept().fraction()) {
            return;
        }
        if (f.nil()) {
            if (decimals || precision) {
                sink.add(Code.XBRL_DECIMALS_PRECISION, f, name + " is nil and must have neither decimals nor precision");
            }
        } else if (decimals && precision) {
            sink.add(Code.XBRL_DECIMALS_PRECISION, f, name + " has both decimals and precision");
        } else if (!decimals && !precision) {
            sink.add(Code.XBRL_DECIMALS_PRECISION, f, name + " is numeric and has neither decimals nor precision");
        }
    }

    private void unitForType(InstanceModel.Fact f, InstanceModel.Unit unit, String name) {
        if (f.concept().monetary()) {
            boolean ok = unit.denominator().isEmpty() && unit.numerator().size() == 1
                    && Ns.ISO4217.equals(unit.numerator().get(0).getNamespaceURI())
                    && CURRENCY.matcher(unit.numerator().get(0).getLocalPart()).matches();
            if (!ok) {
                sink.add(Code.XBRL_MONETARY_UNIT, f, name + " is monetary but unit \"" + unit.id()
                        + "\" is not a single ISO 4217 currency measure");
            }
        } else if (f.concept().shares()) {
            boolean ok = unit.denominator().isEmpty() && unit.numerator().size() == 1 && unit.numerator().get(0).equals(SHARES);
            if (!ok) {
                sink.add(Code.XBRL_SHARES_UNIT, f, name + " is a shares item but unit \"" + unit.id()
                        + "\" is not the single measure xbrli:shares");
            }
        }
    }

    /** 4.10: duplicate items with different values are reported (they are not an error of XBRL 2.1 itself). */
    private void duplicates() {
        Map<InstanceModel.DuplicateKey, InstanceModel.Fact> first = new HashMap<>(model.facts.size() * 2);
        for (InstanceModel.Fact f : model.facts) {
            if (!f.concept().item() || f.nil()) {
                continue;
            }
            InstanceModel.Fact other = first.putIfAbsent(model.duplicateKey(f), f);
            if (other != null && !sameValue(other, f)) {
                sink.add(Code.XBRL_DUPLICATE_FACT, f, f.tagName() + " is stated twice in context \""
                        + f.attr("contextRef") + "\" with different values: \"" + other.text().trim()
                        + "\" and \"" + f.text().trim() + "\"");
            }
        }
    }

    private static boolean sameValue(InstanceModel.Fact a, InstanceModel.Fact b) {
        if (a.value() != null && b.value() != null) {
            return a.value().compareTo(b.value()) == 0;
        }
        return a.text().trim().equals(b.text().trim());
    }
}
