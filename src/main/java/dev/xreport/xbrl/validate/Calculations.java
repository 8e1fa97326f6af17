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
 * their inferred decimals (4.6.6, 4.6.7.2; round half to even); and XBRL Calculations 1.1
 * (REC 2023-02-22, round-to-nearest) for the relationships of its own arcrole, and of the 2.1
 * arcrole when the validator runs in {@link XbrlValidator.CalculationMode#CALCULATIONS_1_1}.
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
        Map<InstanceModel.DuplicateKey, Integer> duplicates = new HashMap<>();
        Map<BindKey, List<InstanceModel.Fact>> index = new HashMap<>();
        for (InstanceModel.Fact f : model.facts) {
            if (!f.concept().item()) {
                continue;
            }
            duplicates.merge(model.duplicateKey(f), 1, Integer::sum);
            BindKey k = bindKey(model, f.concept().name(), f);
            if (k != null) {
                index.computeIfAbsent(k, x -> new ArrayList<>(1)).add(f); // one fact per key, but for duplicates
            }
        }
        Map<String, Map<QName, List<Networks.Rel>>> byRole = new LinkedHashMap<>();
        for (Networks.Rel r : networks.effective(Ns.SUMMATION_ITEM)) {
            if (r.weight() != null) { // a zero weight is an error (checkArcs), but the relationship still binds its item
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
                             Map<BindKey, List<InstanceModel.Fact>> index, Map<InstanceModel.DuplicateKey, Integer> duplicates, String elr, Sink sink) {
        BigDecimal total = BigDecimal.ZERO;
        boolean unknown = false;
        int contributing = 0;
        List<Term> terms = new ArrayList<>();
        for (Networks.Rel r : rels) {
            List<InstanceModel.Fact> candidates = index.getOrDefault(bindKey(model, r.to(), sum), List.of());
            for (InstanceModel.Fact item : candidates) {
                if (item == sum || item.nil() || !item.within(sum.parent())) {
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
                terms.add(new Term(r.weight(), item, item.value()));
            }
        }
        if (contributing == 0) {
            return;
        }
        int d = decimals(sum);
        String name = sum.tagName();
        if (d == UNKNOWN || unknown) {
            sink.add(Code.XBRL_CALC_INCONSISTENT, sum, name + " in context \"" + sum.attr("contextRef")
                    + "\": a value with precision 0 takes part in the calculation (network " + elr + "), so it cannot be consistent");
            return;
        }
        BigDecimal stated = round(sum.value(), d);
        BigDecimal computed = round(total, d);
        if (stated.compareTo(computed) != 0) {
            sink.add(Code.XBRL_CALC_INCONSISTENT, sum, name + " in context \"" + sum.attr("contextRef") + "\" is "
                    + sum.value().toPlainString() + " but its contributing items sum to " + total.toPlainString()
                    + " (" + Term.join(terms) + "; compared at " + (d == EXACT ? "full precision" : "decimals " + d)
                    + ": " + stated.toPlainString() + " ≠ " + computed.toPlainString() + ")");
        }
    }

    // ------------------------------------------------------------ XBRL Calculations 1.1

    /** A closed interval; a null bound is unbounded (a value stated with precision 0). */
    private record Interval(BigDecimal lo, BigDecimal hi) {
        static final Interval ZERO = new Interval(BigDecimal.ZERO, BigDecimal.ZERO);

        Interval times(BigDecimal w) {
            BigDecimal a = lo == null ? null : lo.multiply(w);
            BigDecimal b = hi == null ? null : hi.multiply(w);
            return w.signum() >= 0 ? new Interval(a, b) : new Interval(b, a);
        }

        Interval plus(Interval o) {
            return new Interval(lo == null || o.lo == null ? null : lo.add(o.lo), hi == null || o.hi == null ? null : hi.add(o.hi));
        }

        boolean meets(Interval o) {
            BigDecimal a = lo == null ? o.lo : o.lo == null ? lo : lo.max(o.lo);
            BigDecimal b = hi == null ? o.hi : o.hi == null ? hi : hi.min(o.hi);
            return a == null || b == null || a.compareTo(b) <= 0;
        }

        @Override
        public String toString() {
            return "[" + (lo == null ? "-∞" : lo.stripTrailingZeros().toPlainString()) + ", "
                    + (hi == null ? "+∞" : hi.stripTrailingZeros().toPlainString()) + "]";
        }
    }

    /** The value interval of a fact set, or why it has none. */
    private record FactSet(List<InstanceModel.Fact> facts, Interval interval, boolean nil, String problem) { }

    /**
     * The relationship rules of XBRL Calculations 1.1 on the given summation-item arcroles: no two
     * relationships from one total to one item in a network, and only decimal concepts.
     */
    static void checkArcs11(Networks networks, Taxonomy taxonomy, List<String> arcroles, Sink sink) {
        for (String arcrole : arcroles) {
            java.util.Set<String> seen = new java.util.HashSet<>();
            for (Networks.Rel r : networks.effective(arcrole)) {
                if (!seen.add(r.elr() + "|" + r.from() + "|" + r.to())) {
                    sink.add(Code.XBRL_CALC11_RELATIONSHIP, r.arc(), "a second summation-item relationship from "
                            + r.from().getLocalPart() + " to " + r.to().getLocalPart() + " in network " + r.elr()
                            + " (calc11e:duplicateCalculationRelationships)");
                }
                for (QName end : new QName[] {r.from(), r.to()}) {
                    if (!decimal(taxonomy.concept(end))) {
                        sink.add(Code.XBRL_CALC11_RELATIONSHIP, r.arc(), "summation-item relationship from "
                                + r.from().getLocalPart() + " to " + r.to().getLocalPart() + ": " + end.getLocalPart()
                                + " is not a decimal concept (calc11e:nonDecimalItemNode)");
                        break;
                    }
                }
            }
        }
    }

    private static boolean decimal(Taxonomy.Concept c) {
        return c != null && c.numeric() && !c.fraction() && !"float".equals(c.itemType()) && !"double".equals(c.itemType());
    }

    /**
     * Summation-item consistency as XBRL Calculations 1.1 (round-to-nearest) defines it, for the
     * relationships of the given arcroles. Facts are bound by concept, c-equal context and u-equal
     * unit, whatever their place among tuples being ignored (only facts outside tuples take part).
     * Duplicates make one fact set whose interval is the intersection of its facts' intervals; a set
     * whose facts disagree, mixes nil and non-nil, or states digits its decimals call insignificant
     * stops the calculations that bind it. A total is consistent when its interval meets the
     * weighted sum of its contributing items' intervals, each fact's interval being its value plus or
     * minus half a unit of its decimals.
     */
    static void checkFacts11(Networks networks, InstanceModel model, List<String> arcroles, Sink sink) {
        List<Map<String, Map<QName, List<Networks.Rel>>>> networksOf = new ArrayList<>();
        Map<QName, Integer> conceptIds = new HashMap<>(); // the concepts the relationships name, numbered
        java.util.Set<QName> totals = new java.util.HashSet<>();
        for (String arcrole : arcroles) {
            Map<String, Map<QName, List<Networks.Rel>>> byRole = new LinkedHashMap<>();
            for (Networks.Rel r : networks.effective(arcrole)) {
                if (r.weight() != null) { // a zero weight is an error (checkArcs), but the relationship still binds its item
                    byRole.computeIfAbsent(r.elr(), k -> new LinkedHashMap<>())
                            .computeIfAbsent(r.from(), k -> new ArrayList<>()).add(r);
                    conceptIds.putIfAbsent(r.from(), conceptIds.size());
                    conceptIds.putIfAbsent(r.to(), conceptIds.size());
                    totals.add(r.from());
                }
            }
            networksOf.add(byRole);
        }
        // per context and unit, the facts of each concept by its number: a sum finds its items in one small array
        Map<BindKey, Bound[]> byKey = new HashMap<>();
        Map<QName, List<Bound[]>> rowsOf = new HashMap<>(); // a total's rows in the order its facts come
        for (InstanceModel.Fact f : model.facts) {
            if (!f.concept().item() || !f.concept().numeric() || f.concept().fraction() || f.parent() != model.root) {
                continue;
            }
            Integer id = conceptIds.get(f.concept().name());
            InstanceModel.Context c = model.contextOf(f);
            InstanceModel.Unit u = model.unitOf(f);
            if (id == null || c == null || u == null) {
                continue;
            }
            Bound[] row = byKey.computeIfAbsent(new BindKey(null, c.key(), u.key()), k -> new Bound[conceptIds.size()]);
            if (row[id] == null) {
                row[id] = new Bound();
                if (totals.contains(f.concept().name())) {
                    rowsOf.computeIfAbsent(f.concept().name(), k -> new ArrayList<>()).add(row);
                }
            }
            row[id].add(f);
        }
        for (Map<String, Map<QName, List<Networks.Rel>>> byRole : networksOf) {
            for (Map.Entry<String, Map<QName, List<Networks.Rel>>> network : byRole.entrySet()) {
                for (Map.Entry<QName, List<Networks.Rel>> total : network.getValue().entrySet()) {
                    int totalId = conceptIds.get(total.getKey());
                    for (Bound[] row : rowsOf.getOrDefault(total.getKey(), List.of())) {
                        bind11(network.getKey(), row[totalId], total.getValue(), row, conceptIds, sink);
                    }
                }
            }
        }
    }

    /**
     * The facts a binding key gives a concept: nearly always one fact, a list only for duplicates.
     */
    private static final class Bound {
        private InstanceModel.Fact first;
        private List<InstanceModel.Fact> duplicates;
        private boolean reported;

        void add(InstanceModel.Fact f) {
            if (first == null) {
                first = f;
            } else {
                if (duplicates == null) {
                    duplicates = new ArrayList<>();
                    duplicates.add(first);
                }
                duplicates.add(f);
            }
        }

        List<InstanceModel.Fact> facts() {
            return duplicates != null ? duplicates : List.of(first);
        }

        /** The fact set, made anew each time: kept for every binding key, a million of them would not fit a small heap. */
        FactSet set() {
            return factSet(facts());
        }
    }

    private static void bind11(String elr, Bound sumFacts, List<Networks.Rel> rels, Bound[] row,
                               Map<QName, Integer> conceptIds, Sink sink) {
        FactSet sum = sumFacts.set();
        Interval computed = Interval.ZERO;
        boolean bound = false;
        boolean stopped = false;
        List<Term> terms = new ArrayList<>();
        for (Networks.Rel r : rels) {
            Bound items = row[conceptIds.get(r.to())];
            if (items == null) {
                continue;
            }
            FactSet item = items.set();
            if (item.problem() != null) {
                stopped = true;
                report(items, elr, sink);
                continue;
            }
            if (item.nil()) {
                continue;
            }
            bound = true;
            Interval weighted = item.interval().times(r.weight());
            computed = computed.plus(weighted);
            terms.add(new Term(r.weight(), items.first, item.interval()));
        }
        if (sum.problem() != null && bound) {
            report(sumFacts, elr, sink);
            return;
        }
        if (stopped || !bound || sum.nil() || sum.problem() != null) {
            return;
        }
        if (!sum.interval().meets(computed)) {
            InstanceModel.Fact first = sumFacts.first;
            sink.add(Code.XBRL_CALC11_INCONSISTENT, first, first.tagName() + " in context \""
                    + first.attr("contextRef") + "\" is " + values(sumFacts.facts()) + ", the interval " + sum.interval()
                    + ", but its contributing items sum to " + computed + " (" + Term.join(terms) + "; network " + elr
                    + ", Calculations 1.1 round-to-nearest)");
        }
    }

    /** One contributing item of a sum, written out only when the sum is reported. */
    private record Term(BigDecimal weight, InstanceModel.Fact item, Object amount) {
        static String join(List<Term> terms) {
            StringBuilder sb = new StringBuilder();
            for (Term t : terms) {
                sb.append(sb.length() == 0 ? "" : " + ").append(t.weight().stripTrailingZeros().toPlainString())
                        .append(" × ").append(t.item().tagName()).append(' ')
                        .append(t.amount() instanceof BigDecimal b ? b.toPlainString() : t.amount());
            }
            return sb.toString();
        }
    }

    private static void report(Bound bound, String elr, Sink sink) {
        if (bound.reported) {
            return;
        }
        bound.reported = true;
        FactSet set = bound.set();
        InstanceModel.Fact first = set.facts().get(0);
        sink.add(Code.XBRL_CALC11_DUPLICATES, first, first.tagName() + " in context \""
                + first.attr("contextRef") + "\": " + set.problem() + ", so the calculations that bind it are not checked"
                + " (first in network " + elr + ")");
    }

    private static String values(List<InstanceModel.Fact> facts) {
        StringBuilder sb = new StringBuilder();
        for (InstanceModel.Fact f : facts) {
            sb.append(sb.length() == 0 ? "" : " and ").append(f.value() == null ? "nil" : f.value().toPlainString())
                    .append(" (decimals ").append(decimalsText(f)).append(')');
        }
        return sb.toString();
    }

    private static String decimalsText(InstanceModel.Fact f) {
        int d = decimals(f);
        return d == EXACT ? "INF" : d == UNKNOWN ? "unknown" : Integer.toString(d);
    }

    /** The interval of a set of duplicate facts: the intersection of its facts' intervals. */
    private static FactSet factSet(List<InstanceModel.Fact> facts) {
        int nils = 0;
        for (InstanceModel.Fact f : facts) {
            nils += f.nil() ? 1 : 0;
        }
        if (nils == facts.size()) {
            return new FactSet(facts, null, true, null);
        }
        if (nils > 0) {
            return new FactSet(facts, null, false, "the duplicate facts mix nil and non-nil values (oime:disallowedDuplicateFacts)");
        }
        Interval cut = new Interval(null, null);
        Map<Integer, BigDecimal> byDecimals = new HashMap<>();
        for (InstanceModel.Fact f : facts) {
            if (f.value() == null) {
                return new FactSet(facts, null, false, "the value is not a decimal number");
            }
            int d = decimals(f);
            if (d != EXACT && d != UNKNOWN && round(f.value(), d).compareTo(f.value()) != 0) {
                return new FactSet(facts, null, false, "the value " + f.value().toPlainString() + " has digits that decimals "
                        + d + " makes insignificant (calc11e:excessDigits)");
            }
            BigDecimal other = byDecimals.putIfAbsent(d, f.value());
            if (other != null && other.compareTo(f.value()) != 0) {
                return new FactSet(facts, null, false, "the duplicate facts " + values(facts) + " disagree (oime:disallowedDuplicateFacts)");
            }
            Interval own = interval(f.value(), d);
            cut = new Interval(cut.lo() == null ? own.lo() : own.lo() == null ? cut.lo() : cut.lo().max(own.lo()),
                    cut.hi() == null ? own.hi() : own.hi() == null ? cut.hi() : cut.hi().min(own.hi()));
        }
        if (cut.lo() != null && cut.hi() != null && cut.lo().compareTo(cut.hi()) > 0) {
            return new FactSet(facts, null, false, "the duplicate facts " + values(facts) + " disagree (oime:disallowedDuplicateFacts)");
        }
        return new FactSet(facts, cut, false, null);
    }

    /** Round-to-nearest: the value plus or minus half a unit in its last significant place. */
    private static Interval interval(BigDecimal v, int decimals) {
        if (decimals == EXACT || decimals > 1000) {
            return new Interval(v, v);
        }
        if (decimals == UNKNOWN) {
            return new Interval(null, null);
        }
        BigDecimal half = decimals >= -HALVES_FROM && decimals < HALVES_FROM ? HALVES[decimals + HALVES_FROM] : half(decimals);
        return new Interval(v.subtract(half), v.add(half));
    }

    /** Half a unit in the place {@code decimals} names: 0.005 for decimals 2, 500 for decimals -3. */
    private static BigDecimal half(int decimals) {
        return BigDecimal.ONE.scaleByPowerOfTen(-Math.max(decimals, -1000)).divide(BigDecimal.valueOf(2));
    }

    /** The half units of the decimals amounts are stated with (-20 to 19), made once. */
    private static final int HALVES_FROM = 20;
    private static final BigDecimal[] HALVES = new BigDecimal[2 * HALVES_FROM];

    static {
        for (int d = -HALVES_FROM; d < HALVES_FROM; d++) {
            HALVES[d + HALVES_FROM] = half(d);
        }
    }

    /** What binds facts: concept (null where facts are already grouped by concept), c-equal context and u-equal unit. */
    private record BindKey(QName concept, String context, String unit) { }

    private static BindKey bindKey(InstanceModel model, QName concept, InstanceModel.Fact f) {
        InstanceModel.Context c = model.contextOf(f);
        InstanceModel.Unit u = model.unitOf(f);
        if (c == null || u == null) {
            return null;
        }
        return new BindKey(concept, c.key(), u.key());
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
                return Integer.parseInt(dec.startsWith("+") ? dec.substring(1) : dec);
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
            String digits = prec.trim();
            p = Integer.parseInt(digits.startsWith("+") ? digits.substring(1) : digits);
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
