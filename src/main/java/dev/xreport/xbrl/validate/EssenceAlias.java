package dev.xreport.xbrl.validate;

import dev.xreport.diag.Code;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.xml.namespace.QName;

/** XBRL 2.1 section 5.2.6.2.2: essence and alias items in c-equal contexts with the same parent are u-equal and v-equal. */
final class EssenceAlias {
    private EssenceAlias() { }

    /**
     * 5.2.6.2.2: an essence-alias relationship joins two items of the same type, periodType and
     * balance (once per relationship, in the DTS).
     */
    static void checkDts(Networks networks, Taxonomy taxonomy, Sink sink) {
        for (Networks.Rel r : networks.effective(Ns.ESSENCE_ALIAS)) {
            Taxonomy.Concept essence = taxonomy.concept(r.from());
            Taxonomy.Concept alias = taxonomy.concept(r.to());
            if (essence == null || alias == null) {
                continue;
            }
            String names = r.from().getLocalPart() + " (essence) and " + r.to().getLocalPart() + " (alias)";
            if (!essence.item() || !alias.item()) {
                sink.add(Code.XBRL_XLINK, r.arc(), "essence-alias arc between " + names + ": both must be items (5.2.6.2.2)");
            } else if (!java.util.Objects.equals(typeOf(essence), typeOf(alias))) {
                sink.add(Code.XBRL_XLINK, r.arc(), "essence-alias arc between " + names + " of different types (5.2.6.2.2)");
            } else if (!java.util.Objects.equals(essence.periodType(), alias.periodType())) {
                sink.add(Code.XBRL_XLINK, r.arc(), "essence-alias arc between " + names + " of different periodType (5.2.6.2.2)");
            } else if (essence.balance() != null && alias.balance() != null && !essence.balance().equals(alias.balance())) {
                sink.add(Code.XBRL_XLINK, r.arc(), "essence-alias arc between " + names + " of different balance (5.2.6.2.2)");
            }
        }
    }

    /** The declared type of an item ({namespace}name), or its XBRL item type when declared anonymously. */
    private static String typeOf(Taxonomy.Concept c) {
        if (c.decl().hasAttribute("type")) {
            QName t = Ns.qname(c.decl(), c.decl().getAttribute("type"));
            return t == null ? c.decl().getAttribute("type") : t.toString();
        }
        return c.itemType();
    }

    static void check(Networks networks, InstanceModel model, Sink sink) {
        List<Networks.Rel> rels = networks.effective(Ns.ESSENCE_ALIAS);
        if (rels.isEmpty()) {
            return;
        }
        Map<QName, List<InstanceModel.Fact>> byConcept = new HashMap<>();
        for (InstanceModel.Fact f : model.facts) {
            if (f.concept().item() && !f.nil()) {
                byConcept.computeIfAbsent(f.concept().name(), k -> new ArrayList<>()).add(f);
            }
        }
        for (Networks.Rel r : rels) {
            for (InstanceModel.Fact essence : byConcept.getOrDefault(r.from(), List.of())) {
                for (InstanceModel.Fact alias : byConcept.getOrDefault(r.to(), List.of())) {
                    compare(model, essence, alias, sink);
                }
            }
        }
    }

    private static void compare(InstanceModel model, InstanceModel.Fact essence, InstanceModel.Fact alias, Sink sink) {
        InstanceModel.Context ce = model.contextOf(essence);
        InstanceModel.Context ca = model.contextOf(alias);
        if (essence.parent() != alias.parent() || ce == null || ca == null || !ce.key().equals(ca.key())) {
            return;
        }
        String names = essence.tagName() + " (essence) and " + alias.tagName() + " (alias)";
        if (essence.concept().numeric()) {
            InstanceModel.Unit ue = model.unitOf(essence);
            InstanceModel.Unit ua = model.unitOf(alias);
            if (ue == null || ua == null) {
                return;
            }
            if (!ue.key().equals(ua.key())) {
                sink.add(Code.XBRL_ESSENCE_ALIAS, alias, names + " in context \"" + ce.id()
                        + "\" have different units \"" + ue.id() + "\" and \"" + ua.id() + "\"");
                return;
            }
            if (essence.value() != null && alias.value() != null) {
                int d = Math.min(Calculations.decimals(essence), Calculations.decimals(alias));
                BigDecimal a = Calculations.round(essence.value(), d);
                BigDecimal b = Calculations.round(alias.value(), d);
                if (a.compareTo(b) != 0) {
                    sink.add(Code.XBRL_ESSENCE_ALIAS, alias, names + " in context \"" + ce.id()
                            + "\" have different values " + essence.value().toPlainString() + " and " + alias.value().toPlainString());
                }
            }
        } else if (!essence.text().trim().equals(alias.text().trim())) {
            sink.add(Code.XBRL_ESSENCE_ALIAS, alias, names + " in context \"" + ce.id() + "\" have different values");
        }
    }
}
