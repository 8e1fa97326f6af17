package dev.xreport.xbrl.validate;

import dev.xreport.diag.Code;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.namespace.QName;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Calculation linkbase rules: the balance and weight rules on summation-item arcs (5.1.1.2), and
 * summation-item consistency as XBRL 2.1 section 5.2.5.2 defines it, with the values rounded to
 * their inferred decimals (4.6.6, 4.6.7.2; round half to even).
 */
final class Calculations {
    /** Decimals of a value stated with precision 0: nothing is known about it, so it is consistent with nothing. */
    private static final int UNKNOWN = Integer.MIN_VALUE;
    /** Decimals of an exact value (decimals or precision INF). */
    private static final int EXACT = Integer.MAX_VALUE;

    private Calculations() { }

    static void checkArcs(Networks networks, Taxonomy taxonomy, Sink sink) {
        for (Networks.Rel r : networks.effective(Ns.SUMMATION_ITEM)) {
            Taxonomy.Concept from = taxonomy.concept(r.from());
            Taxonomy.Concept to = taxonomy.concept(r.to());
            if (r.weight() == null) {
                continue;
            }
            if (r.weight().signum() == 0) {
                sink.add(Code.XBRL_CALC_WEIGHT, r.arc(), "calculation arc from " + r.from().getLocalPart() + " to "
                        + r.to().getLocalPart() + " has weight 0");
                continue;
            }
            if (from != null && to != null && (!from.numeric() || !to.numeric())) {
                sink.add(Code.XBRL_CALC_WEIGHT, r.arc(), "calculation arc from " + r.from().getLocalPart() + " to "
                        + r.to().getLocalPart() + " joins a non-numeric concept");
                continue;
            }
            if (from != null && to != null && from.balance() != null && to.balance() != null) {
                boolean same = from.balance().equals(to.balance());
                if (same != (r.weight().signum() > 0)) {
                    sink.add(Code.XBRL_CALC_BALANCE, r.arc(), r.from().getLocalPart() + " (" + from.balance() + ") sums "
                            + r.to().getLocalPart() + " (" + to.balance() + ") with weight " + r.weight().toPlainString()
                            + "; " + (same ? "equal balances need a positive weight" : "opposite balances need a negative weight"));
                }
            }
        }
    }

    static void checkFacts(Networks networks, InstanceModel model, Sink sink) {
        Map<String, Integer> duplicates = new HashMap<>();
        Map<String, List<InstanceModel.Fact>> index = new HashMap<>();
        for (InstanceModel.Fact f : model.facts) {
            if (!f.concept().item()) {
                continue;
            }
            duplicates.merge(model.duplicateKey(f), 1, Integer::sum);
            String k = bindKey(model, f.concept().name(), f);
            if (k != null) {
                index.computeIfAbsent(k, x -> new ArrayList<>()).add(f);
            }
        }
        Map<String, Map<QName, List<Networks.Rel>>> byRole = new LinkedHashMap<>();
        for (Networks.Rel r : networks.effective(Ns.SUMMATION_ITEM)) {
            if (r.weight() != null && r.weight().signum() != 0) {
                byRole.computeIfAbsent(r.elr(), k -> new LinkedHashMap<>())
                        .computeIfAbsent(r.from(), k -> new ArrayList<>()).add(r);
            }
        }
        for (Map.Entry<String, Map<QName, List<Networks.Rel>>> network : byRole.entrySet()) {
            for (InstanceModel.Fact sum : model.facts) {
                List<Networks.Rel> rels = network.getValue().get(sum.concept().name());
                if (rels == null || !sum.concept().numeric() || sum.nil() || sum.value() == null
                        || duplicates.getOrDefault(model.duplicateKey(sum), 0) > 1) {
                    continue;
                }
                bind(model, sum, rels, index, duplicates, network.getKey(), sink);
            }
        }
    }

    private static void bind(InstanceModel model, InstanceModel.Fact sum, List<Networks.Rel> rels,
                             Map<String, List<InstanceModel.Fact>> index, Map<String, Integer> duplicates, String elr, Sink sink) {
        BigDecimal total = BigDecimal.ZERO;
        boolean unknown = false;
        int contributing = 0;
        StringBuilder terms = new StringBuilder();
        for (Networks.Rel r : rels) {
            List<InstanceModel.Fact> candidates = index.getOrDefault(bindKey(model, r.to(), sum), List.of());
            for (InstanceModel.Fact item : candidates) {
                if (item == sum || item.nil() || !within(item.element(), sum.parent())) {
                    continue;
                }
                if (duplicates.getOrDefault(model.duplicateKey(item), 0) > 1 || item.value() == null) {
                    return;
                }
                contributing++;
                int d = decimals(item);
                if (d == UNKNOWN) {
                    unknown = true;
                    continue;
                }
                BigDecimal v = round(item.value(), d).multiply(r.weight());
                total = total.add(v);
                terms.append(terms.length() == 0 ? "" : " + ").append(r.weight().stripTrailingZeros().toPlainString())
                        .append(" × ").append(item.element().getTagName()).append(' ').append(item.value().toPlainString());
            }
        }
        if (contributing == 0) {
            return;
        }
        int d = decimals(sum);
        String name = sum.element().getTagName();
        if (d == UNKNOWN || unknown) {
            sink.add(Code.XBRL_CALC_INCONSISTENT, sum.element(), name + " in context \"" + sum.attr("contextRef")
                    + "\": a value with precision 0 takes part in the calculation (network " + elr + "), so it cannot be consistent");
            return;
        }
        BigDecimal stated = round(sum.value(), d);
        BigDecimal computed = round(total, d);
        if (stated.compareTo(computed) != 0) {
            sink.add(Code.XBRL_CALC_INCONSISTENT, sum.element(), name + " in context \"" + sum.attr("contextRef") + "\" is "
                    + sum.value().toPlainString() + " but its contributing items sum to " + total.toPlainString()
                    + " (" + terms + "; compared at " + (d == EXACT ? "full precision" : "decimals " + d)
                    + ": " + stated.toPlainString() + " ≠ " + computed.toPlainString() + ")");
        }
    }

    /** Contributing items are in the summation item's parent or below it (5.2.5.2). */
    private static boolean within(Element e, Element ancestor) {
        for (Node n = e.getParentNode(); n != null; n = n.getParentNode()) {
            if (n == ancestor) {
                return true;
            }
        }
        return false;
    }

    /** Concept, c-equal context and u-equal unit. */
    private static String bindKey(InstanceModel model, QName concept, InstanceModel.Fact f) {
        InstanceModel.Context c = model.contextOf(f);
        InstanceModel.Unit u = model.unitOf(f);
        if (c == null || u == null) {
            return null;
        }
        return concept + "|" + c.key() + "|" + u.key();
    }

    /** 4.6.6: decimals as stated, or inferred from precision and the value. */
    static int decimals(InstanceModel.Fact f) {
        String dec = f.attr("decimals");
        if (dec != null) {
            dec = dec.trim();
            if (dec.equals("INF")) {
                return EXACT;
            }
            try {
                return Integer.parseInt(dec.replaceFirst("^\\+", ""));
            } catch (NumberFormatException e) {
                return EXACT;
            }
        }
        String prec = f.attr("precision");
        if (prec == null || prec.trim().equals("INF")) {
            return EXACT;
        }
        int p;
        try {
            p = Integer.parseInt(prec.trim().replaceFirst("^\\+", ""));
        } catch (NumberFormatException e) {
            return EXACT;
        }
        if (p == 0) {
            return UNKNOWN;
        }
        BigDecimal v = f.value();
        if (v == null || v.signum() == 0) {
            return EXACT;
        }
        BigDecimal abs = v.abs().stripTrailingZeros();
        int magnitude = abs.precision() - abs.scale() - 1;
        return p - magnitude - 1;
    }

    static BigDecimal round(BigDecimal v, int decimals) {
        if (decimals == EXACT || decimals > 1000) {
            return v;
        }
        return v.setScale(Math.max(decimals, -1000), RoundingMode.HALF_EVEN);
    }
}
