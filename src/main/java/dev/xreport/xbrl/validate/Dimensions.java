package dev.xreport.xbrl.validate;

import dev.xreport.diag.Code;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import javax.xml.namespace.QName;
import org.w3c.dom.Element;

/**
 * XBRL Dimensions 1.0: the DTS rules on dimensional declarations and arcs (section 2), the
 * context-level rules on explicit and typed members (3.1.4), and the dimensional validity of each
 * fact against the DRSes of its primary item (3.1.1 to 3.1.3).
 *
 * <p>A primary item has the hypercubes of its own all/notAll arcs and, through domain-member arcs
 * (following xbrldt:targetRole), those of its ancestors, grouped by the extended link role of the
 * has-hypercube arc. A fact is valid when, in at least one of those roles, its context meets every
 * all hypercube and no notAll hypercube; a primary item with no hypercube at all is always valid.
 * A context meets a hypercube when each of its dimensions has a member in the hypercube's context
 * element (or a default) that is a usable member of the dimension's domain in that DRS, and, for a
 * closed hypercube, the context element has no other content.
 */
final class Dimensions {
    static final String XBRLDI = "http://xbrl.org/2006/xbrldi";
    static final String XBRLDT = "http://xbrl.org/2005/xbrldt";
    private static final QName DIMENSION_ITEM = new QName(XBRLDT, "dimensionItem");
    private static final QName HYPERCUBE_ITEM = new QName(XBRLDT, "hypercubeItem");
    private static final String TYPED_DOMAIN_REF = "typedDomainRef";
    /** The element each typed dimension's xbrldt:typedDomainRef names, once the DTS is checked. */
    private final Map<QName, QName> typedDomains = new HashMap<>();
    private static final String ARCROLE = "http://xbrl.org/int/dim/arcrole/";
    static final String ALL = ARCROLE + "all";
    static final String NOT_ALL = ARCROLE + "notAll";
    static final String HYPERCUBE_DIMENSION = ARCROLE + "hypercube-dimension";
    static final String DIMENSION_DOMAIN = ARCROLE + "dimension-domain";
    static final String DOMAIN_MEMBER = ARCROLE + "domain-member";
    static final String DIMENSION_DEFAULT = ARCROLE + "dimension-default";
    private static final List<String> ARCROLES = List.of(ALL, NOT_ALL, HYPERCUBE_DIMENSION, DIMENSION_DOMAIN,
            DOMAIN_MEMBER, DIMENSION_DEFAULT);
    private static final String STANDARD_ROLE = "http://www.xbrl.org/2003/role/link";
    /** The member given for a typed dimension: its value never restricts validity here. */
    private static final QName TYPED = new QName("urn:xreport:typed", "member");
    private static final int NOT_FOUND = 0;
    private static final int USABLE = 1;
    private static final int NOT_USABLE = 2;

    private final Taxonomy taxonomy;
    /** arcrole → ELR → source → effective relationships. */
    private final Map<String, Map<String, Map<QName, List<Networks.Rel>>>> from = new HashMap<>();
    private final Map<String, List<Networks.Rel>> byArcrole = new HashMap<>();
    private final Map<QName, List<Networks.Rel>> domainMemberTo = new HashMap<>();
    private final Map<QName, QName> defaults = new HashMap<>();
    private final Map<QName, Map<String, List<Networks.Rel>>> drsCache = new HashMap<>();
    /** Per dimension and domain role: the state of every member its domain reaches. */
    private final Map<Domain, Map<QName, Integer>> memberStates = new HashMap<>();

    /** A dimension's domain in one role. */
    private record Domain(QName dimension, String elr) { }

    Dimensions(Networks networks, Taxonomy taxonomy) {
        this.taxonomy = taxonomy;
        for (String arcrole : ARCROLES) {
            List<Networks.Rel> rels = networks.effective(arcrole);
            byArcrole.put(arcrole, rels);
            Map<String, Map<QName, List<Networks.Rel>>> byElr = new HashMap<>();
            for (Networks.Rel r : rels) {
                byElr.computeIfAbsent(r.elr(), k -> new HashMap<>()).computeIfAbsent(r.from(), k -> new ArrayList<>()).add(r);
                if (arcrole.equals(DOMAIN_MEMBER)) {
                    domainMemberTo.computeIfAbsent(r.to(), k -> new ArrayList<>()).add(r);
                }
                if (arcrole.equals(DIMENSION_DEFAULT)) {
                    defaults.putIfAbsent(r.from(), r.to());
                }
            }
            from.put(arcrole, byElr);
        }
    }

    // ---------------------------------------------------------------- the DTS (section 2)

    /** The rules of section 2 on dimensional declarations and on the six dimensional arcroles. */
    void checkDts(Dts dts, Sink sink) {
        declarations(dts, sink);
        drsCycles(sink);
        for (String arcrole : List.of(ALL, NOT_ALL)) {
            String name = arcrole.equals(ALL) ? "all" : "notAll";
            for (Networks.Rel r : byArcrole.get(arcrole)) {
                if (!primaryItem(r.from())) {
                    sink.add(Code.XBRL_DIM_HAS_HYPERCUBE, r.arc(), name + " arc from " + local(r.from())
                            + ", which is not a primary item (xbrldte:HasHypercubeSourceError)");
                }
                if (!hypercube(r.to())) {
                    sink.add(Code.XBRL_DIM_HAS_HYPERCUBE, r.arc(), name + " arc to " + local(r.to())
                            + ", which is not a hypercube (xbrldte:HasHypercubeTargetError)");
                }
                if (Ns.attr(r.arc(), XBRLDT, "contextElement") == null) {
                    sink.add(Code.XBRL_DIM_HAS_HYPERCUBE, r.arc(), name + " arc from " + local(r.from()) + " to "
                            + local(r.to()) + " has no xbrldt:contextElement (xbrldte:HasHypercubeMissingContextElementAttributeError)");
                }
            }
        }
        for (Networks.Rel r : byArcrole.get(HYPERCUBE_DIMENSION)) {
            if (!hypercube(r.from())) {
                sink.add(Code.XBRL_DIM_HYPERCUBE_DIMENSION, r.arc(), "hypercube-dimension arc from " + local(r.from())
                        + ", which is not a hypercube (xbrldte:HypercubeDimensionSourceError)");
            }
            if (!dimension(r.to())) {
                sink.add(Code.XBRL_DIM_HYPERCUBE_DIMENSION, r.arc(), "hypercube-dimension arc to " + local(r.to())
                        + ", which is not a dimension (xbrldte:HypercubeDimensionTargetError)");
            }
        }
        for (Networks.Rel r : byArcrole.get(DIMENSION_DOMAIN)) {
            if (!dimension(r.from()) || typed(r.from())) {
                sink.add(Code.XBRL_DIM_DOMAIN, r.arc(), "dimension-domain arc from " + local(r.from()) + ", which is not "
                        + (dimension(r.from()) ? "an explicit dimension but a typed one" : "a dimension")
                        + " (xbrldte:DimensionDomainSourceError)");
            }
            if (!domainMember(r.to())) {
                sink.add(Code.XBRL_DIM_DOMAIN, r.arc(), "dimension-domain arc to " + local(r.to()) + ", which is "
                        + notMemberBecause(r.to()) + " (xbrldte:DimensionDomainTargetError)");
            }
        }
        for (Networks.Rel r : byArcrole.get(DOMAIN_MEMBER)) {
            if (!domainMember(r.from())) {
                sink.add(Code.XBRL_DIM_DOMAIN, r.arc(), "domain-member arc from " + local(r.from()) + ", which is "
                        + notMemberBecause(r.from()) + " (xbrldte:DomainMemberSourceError)");
            }
            if (!domainMember(r.to())) {
                sink.add(Code.XBRL_DIM_DOMAIN, r.arc(), "domain-member arc to " + local(r.to()) + ", which is "
                        + notMemberBecause(r.to()) + " (xbrldte:DomainMemberTargetError)");
            }
        }
        Map<QName, QName> firstDefault = new HashMap<>();
        for (Networks.Rel r : byArcrole.get(DIMENSION_DEFAULT)) {
            if (!dimension(r.from()) || typed(r.from())) {
                sink.add(Code.XBRL_DIM_DEFAULT, r.arc(), "dimension-default arc from " + local(r.from()) + ", which is not "
                        + (dimension(r.from()) ? "an explicit dimension but a typed one" : "a dimension")
                        + " (xbrldte:DimensionDefaultSourceError)");
            }
            if (!domainMember(r.to())) {
                sink.add(Code.XBRL_DIM_DEFAULT, r.arc(), "dimension-default arc to " + local(r.to()) + ", which is "
                        + notMemberBecause(r.to()) + " (xbrldte:DimensionDefaultTargetError)");
            }
            QName first = firstDefault.putIfAbsent(r.from(), r.to());
            if (first != null && !first.equals(r.to())) {
                sink.add(Code.XBRL_DIM_DEFAULT, r.arc(), "dimension " + local(r.from()) + " has two defaults, "
                        + local(first) + " and " + local(r.to()) + " (xbrldte:TooManyDefaultMembersError)");
            }
        }
        for (String arcrole : List.of(ALL, NOT_ALL, HYPERCUBE_DIMENSION, DIMENSION_DOMAIN, DOMAIN_MEMBER)) {
            for (Networks.Rel r : byArcrole.get(arcrole)) {
                String target = targetRole(r);
                if (target != null && !target.equals(STANDARD_ROLE) && !roleRefs(r.arc()).contains(target)) {
                    sink.add(Code.XBRL_DIM_TARGET_ROLE, r.arc(), "xbrldt:targetRole \"" + target + "\" of the arc from "
                            + local(r.from()) + " to " + local(r.to()) + " is not declared by a roleRef of its linkbase"
                            + " (xbrldte:TargetRoleNotResolvedError)");
                }
            }
        }
    }

    /**
     * In each DRS, the domain of each dimension (its dimension-domain and consecutive domain-member
     * relationships, following xbrldt:targetRole) has no directed cycle and no usable member that is
     * a primary item of the same DRS.
     */
    private void drsCycles(Sink sink) {
        Set<String> reported = new HashSet<>();
        for (String arcrole : List.of(ALL, NOT_ALL)) {
            for (Networks.Rel has : byArcrole.get(arcrole)) {
                Set<QName> primaries = new HashSet<>();
                primaryItems(has.from(), has.elr(), primaries, new HashSet<>());
                String dimElr = targetRole(has) == null ? has.elr() : targetRole(has);
                for (Networks.Rel hd : from.get(HYPERCUBE_DIMENSION).getOrDefault(dimElr, Map.of()).getOrDefault(has.to(), List.of())) {
                    String domElr = targetRole(hd) == null ? dimElr : targetRole(hd);
                    List<Networks.Rel> domain = from.get(DIMENSION_DOMAIN).getOrDefault(domElr, Map.of()).getOrDefault(hd.to(), List.of());
                    Set<QName> path = new LinkedHashSet<>(List.of(has.to(), hd.to()));
                    List<Networks.Rel> walked = new ArrayList<>();
                    long cyclesBefore = reported.stream().filter(k -> k.startsWith("cycle|")).count();
                    walkDomain(domain, domElr, path, primaries, new HashSet<>(), has, reported, sink, walked);
                    if (reported.stream().filter(k -> k.startsWith("cycle|")).count() > cyclesBefore) {
                        continue; // a path of the walk has shown the cycle already
                    }
                    // the relationships of the dimension's domain, from all its link roles together: parallel
                    // consecutive relationships may close a cycle that no single path shows (126 V-04)
                    Networks.Rel closing = Cycles.directedCycle(walked);
                    if (closing != null && reported.add("cycle|" + System.identityHashCode(closing.arc()))) {
                        sink.add(Code.XBRL_DIM_DRS_CYCLE, closing.arc(), "the arc from " + local(closing.from()) + " to "
                                + local(closing.to()) + " closes a directed cycle in the domain of " + local(hd.to())
                                + " in the DRS of " + local(has.from()) + " in " + has.elr() + " (xbrldte:DRSDirectedCycleError)");
                    }
                }
            }
        }
    }

    private void primaryItems(QName item, String elr, Set<QName> out, Set<String> seen) {
        out.add(item);
        if (!seen.add(item + "|" + elr)) {
            return;
        }
        for (Networks.Rel dm : from.get(DOMAIN_MEMBER).getOrDefault(elr, Map.of()).getOrDefault(item, List.of())) {
            primaryItems(dm.to(), targetRole(dm) == null ? elr : targetRole(dm), out, seen);
        }
    }

    private void walkDomain(List<Networks.Rel> rels, String elr, Set<QName> path, Set<QName> primaries, Set<String> done,
                            Networks.Rel has, Set<String> reported, Sink sink, List<Networks.Rel> walked) {
        for (Networks.Rel r : rels) {
            walked.add(r);
            if (path.contains(r.to())) {
                if (reported.add("cycle|" + System.identityHashCode(r.arc()))) {
                    sink.add(Code.XBRL_DIM_DRS_CYCLE, r.arc(), "the arc from " + local(r.from()) + " to " + local(r.to())
                            + " closes a directed cycle in the DRS of " + local(has.from()) + " in " + has.elr()
                            + " (xbrldte:DRSDirectedCycleError)");
                }
                continue;
            }
            if (usable(r) && primaries.contains(r.to())
                    && reported.add("poly|" + System.identityHashCode(r.arc()) + "|" + System.identityHashCode(has.arc()))) {
                sink.add(Code.XBRL_DIM_DRS_CYCLE, r.arc(), local(r.to()) + " is a primary item of the DRS of " + local(has.from())
                        + " in " + has.elr() + " and a usable member of the domain of a dimension in it"
                        + " (xbrldte:PrimaryItemPolymorphismError)");
            }
            String toElr = targetRole(r) == null ? elr : targetRole(r);
            if (!done.add(r.to() + "|" + toElr)) {
                continue;
            }
            path.add(r.to());
            walkDomain(from.get(DOMAIN_MEMBER).getOrDefault(toElr, Map.of()).getOrDefault(r.to(), List.of()), toElr, path,
                    primaries, done, has, reported, sink, walked);
            path.remove(r.to());
        }
    }

    private void declarations(Dts dts, Sink sink) {
        Map<org.w3c.dom.Document, Dts.Doc> docs = new HashMap<>();
        for (Dts.Doc d : dts.docs()) {
            docs.put(d.dom(), d);
        }
        for (QName q : taxonomy.elementNames().stream().sorted(java.util.Comparator.comparing(QName::toString)).toList()) {
            Element decl = taxonomy.element(q);
            if (q.equals(HYPERCUBE_ITEM) || q.equals(DIMENSION_ITEM)) {
                continue;
            }
            boolean abstractDecl = bool(Ns.attr(decl, "abstract"));
            if (hypercube(q) && !abstractDecl) {
                sink.add(Code.XBRL_DIM_DECLARATION, decl, "hypercube " + local(q)
                        + " is not abstract (xbrldte:HypercubeElementIsNotAbstractError)");
            }
            if (dimension(q) && !abstractDecl) {
                sink.add(Code.XBRL_DIM_DECLARATION, decl, "dimension " + local(q)
                        + " is not abstract (xbrldte:DimensionElementIsNotAbstractError)");
            }
            String ref = Ns.attr(decl, XBRLDT, TYPED_DOMAIN_REF);
            if (ref == null) {
                continue;
            }
            if (!dimension(q)) {
                sink.add(Code.XBRL_DIM_DECLARATION, decl, local(q) + " has an xbrldt:typedDomainRef but is not a dimension"
                        + " (xbrldte:TypedDomainRefError)");
                continue;
            }
            Dts.Doc doc = docs.get(decl.getOwnerDocument());
            String href = ref.trim();
            int hash = href.indexOf('#');
            String docUri = doc == null || hash < 0 ? null : hash == 0 ? doc.uri() : dts.resolveHref(decl, doc.uri(), href.substring(0, hash));
            QName domain = docUri == null ? null : taxonomy.conceptById(docUri + "#" + href.substring(hash + 1));
            if (domain == null) {
                sink.add(Code.XBRL_DIM_DECLARATION, decl, "the xbrldt:typedDomainRef \"" + href + "\" of " + local(q)
                        + " points to no element declaration of the DTS (xbrldte:OutOfDTSSchemaError)");
            } else {
                typedDomains.put(q, domain);
            }
            if (domain != null && bool(Ns.attr(taxonomy.element(domain), "abstract"))) {
                sink.add(Code.XBRL_DIM_DECLARATION, decl, "the xbrldt:typedDomainRef \"" + href + "\" of " + local(q)
                        + " points to the abstract element " + local(domain) + " (xbrldte:TypedDimensionError)");
            }
        }
    }

    private static Set<String> roleRefs(Element arc) {
        Set<String> roles = new HashSet<>();
        Element root = arc.getOwnerDocument().getDocumentElement();
        collectRoleRefs(root, roles);
        return roles;
    }

    private static void collectRoleRefs(Element e, Set<String> roles) {
        for (Element c : Ns.children(e)) {
            if (Ns.is(c, Ns.LINK, "roleRef")) {
                roles.add(c.getAttribute("roleURI").trim());
            } else if (Ns.is(c, Ns.XS, "annotation") || Ns.is(c, Ns.XS, "appinfo") || Ns.is(c, Ns.LINK, "linkbase")) {
                collectRoleRefs(c, roles);
            }
        }
    }

    // ---------------------------------------------------------------- contexts (3.1.4)

    /**
     * The context-level rules of section 3.1.4 on explicit and typed members: the dimension is
     * declared and of the right kind, an explicit member is a declared element and not the
     * dimension's default, and no dimension appears twice in one context.
     */
    void checkContexts(InstanceModel model, Sink sink) {
        for (InstanceModel.Context c : model.contexts.values()) {
            Set<QName> seen = new HashSet<>();
            Element entity = Ns.child(c.element(), Ns.XBRLI, "entity");
            Element segment = entity == null ? null : Ns.child(entity, Ns.XBRLI, "segment");
            Element scenario = Ns.child(c.element(), Ns.XBRLI, "scenario");
            for (Element container : new Element[] {segment, scenario}) {
                for (Element m : container == null ? List.<Element>of() : Ns.children(container)) {
                    if (XBRLDI.equals(m.getNamespaceURI())) {
                        member(c, m, seen, sink);
                    }
                }
            }
        }
    }

    private void member(InstanceModel.Context c, Element m, Set<QName> seen, Sink sink) {
        boolean explicit = "explicitMember".equals(m.getLocalName());
        QName dimension = Ns.qname(m, m.getAttribute("dimension"));
        String where = "context \"" + c.id() + "\": ";
        if (dimension == null) {
            return;
        }
        if (!seen.add(dimension)) {
            sink.add(Code.XBRL_DIMENSION_MEMBER, m, where + "dimension " + dimension.getLocalPart() + " is given twice");
        }
        Element decl = taxonomy.element(dimension);
        if (decl == null || !taxonomy.substitutes(dimension, DIMENSION_ITEM)) {
            sink.add(Code.XBRL_DIMENSION_MEMBER, m, where + dimension.getLocalPart() + " is not a dimension of the DTS");
            return;
        }
        boolean typed = decl.hasAttributeNS(XBRLDT, TYPED_DOMAIN_REF);
        if (explicit == typed) {
            sink.add(Code.XBRL_DIMENSION_MEMBER, m, where + dimension.getLocalPart() + " is " + (typed ? "a typed" : "an explicit")
                    + " dimension but is given " + (explicit ? "an explicit" : "a typed") + " member");
            return;
        }
        if (!explicit) {
            QName domain = typedDomains.get(dimension);
            List<Element> content = Ns.children(m);
            if (domain != null && (content.size() != 1 || !domain.equals(Ns.qname(content.get(0))))) {
                sink.add(Code.XBRL_DIMENSION_MEMBER, m, where + "the typed member of " + dimension.getLocalPart()
                        + " must be one " + domain.getLocalPart() + " element, the dimension's xbrldt:typedDomainRef"
                        + " (xbrldie:IllegalTypedDimensionContentError)");
            }
        }
        if (explicit) {
            QName member = Ns.qname(m, m.getTextContent());
            if (member == null || taxonomy.element(member) == null) {
                sink.add(Code.XBRL_DIMENSION_MEMBER, m, where + "member " + m.getTextContent().trim() + " of "
                        + dimension.getLocalPart() + " is not declared in the DTS");
            } else if (member.equals(defaults.get(dimension))) {
                sink.add(Code.XBRL_DIMENSION_MEMBER, m, where + "member " + member.getLocalPart() + " is the default of "
                        + dimension.getLocalPart() + " and must be left out of the context (xbrldie:DefaultValueUsedInInstanceError)");
            }
        }
    }

    // ---------------------------------------------------------------- facts (3.1.1 to 3.1.3)

    /** The dimension members of one context element (segment or scenario), and whether it holds anything else. */
    private record Members(Map<QName, QName> members, boolean other) { }

    /** Every item fact whose primary item has hypercubes must be valid in at least one of its DRSes. */
    void checkFacts(InstanceModel model, Sink sink) {
        if (byArcrole.get(ALL).isEmpty() && byArcrole.get(NOT_ALL).isEmpty()) {
            return;
        }
        Map<String, Map<String, Members>> contexts = new HashMap<>();
        Map<Verdict, String> verdicts = new HashMap<>();
        for (InstanceModel.Fact f : model.facts) {
            if (!f.concept().item()) {
                continue;
            }
            Map<String, List<Networks.Rel>> drs = drsOf(f.concept().name());
            InstanceModel.Context c = model.contextOf(f);
            if (drs.isEmpty() || c == null) {
                continue;
            }
            List<String> reasons = new ArrayList<>();
            boolean valid = false;
            for (Map.Entry<String, List<Networks.Rel>> e : drs.entrySet()) {
                // a fact's validity in a DRS depends on the DRS and the context only: decided once for each pair
                String why = verdicts.computeIfAbsent(new Verdict(e.getKey(), drsIds.get(e.getValue()), c.id()), k -> {
                    String no = invalidIn(e.getKey(), e.getValue(), contexts.computeIfAbsent(c.id(), x -> members(c)));
                    return no == null ? VALID : no;
                });
                if (why == VALID) {
                    valid = true;
                    break;
                }
                reasons.add("in " + e.getKey() + ": " + why);
            }
            if (!valid) {
                sink.add(Code.XBRL_DIM_FACT_INVALID, f, f.tagName() + " in context \"" + c.id()
                        + "\" is valid in none of the DRSes of its primary item (xbrldie:PrimaryItemDimensionallyInvalidError): "
                        + String.join("; ", reasons));
            }
        }
    }

    private Map<String, Members> members(InstanceModel.Context c) {
        Element entity = Ns.child(c.element(), Ns.XBRLI, "entity");
        Map<String, Members> out = new HashMap<>();
        out.put("segment", members(entity == null ? null : Ns.child(entity, Ns.XBRLI, "segment")));
        out.put("scenario", members(Ns.child(c.element(), Ns.XBRLI, "scenario")));
        return out;
    }

    private static Members members(Element container) {
        Map<QName, QName> members = new LinkedHashMap<>();
        boolean other = false;
        for (Element m : container == null ? List.<Element>of() : Ns.children(container)) {
            if (!XBRLDI.equals(m.getNamespaceURI())) {
                other = true;
                continue;
            }
            QName dimension = Ns.qname(m, m.getAttribute("dimension"));
            if (dimension == null) {
                continue;
            }
            QName member = "explicitMember".equals(m.getLocalName()) ? Ns.qname(m, m.getTextContent()) : TYPED;
            members.putIfAbsent(dimension, member == null ? new QName("", m.getTextContent().trim()) : member);
        }
        return new Members(members, other);
    }

    /** The has-hypercube relationships of a primary item, own and inherited, by the ELR of the has-hypercube arc. */
    /** The verdict that a context meets a DRS: the DRS's role and has-hypercube relationships (by id) and the context's id. */
    private record Verdict(String elr, int drs, String context) { }

    /** The verdict of a context that meets the DRS (compared by identity). */
    private static final String VALID = new String("valid");

    /** One list per distinct list of has-hypercube relationships, so that concepts with the same DRS share it. */
    private final Map<List<Networks.Rel>, List<Networks.Rel>> sharedDrs = new HashMap<>();
    /** The id of each shared list (by identity: a list's own hash would hash every relationship). */
    private final Map<List<Networks.Rel>, Integer> drsIds = new java.util.IdentityHashMap<>();

    private Map<String, List<Networks.Rel>> drsOf(QName primary) {
        Map<String, List<Networks.Rel>> known = drsCache.get(primary);
        if (known == null) {
            Map<String, Set<Networks.Rel>> out = new TreeMap<>();
            collect(primary, null, out, new HashSet<>());
            known = new TreeMap<>();
            for (Map.Entry<String, Set<Networks.Rel>> e : out.entrySet()) {
                List<Networks.Rel> rels = sharedDrs.computeIfAbsent(new ArrayList<>(e.getValue()), l -> l);
                drsIds.putIfAbsent(rels, drsIds.size());
                known.put(e.getKey(), rels);
            }
            drsCache.put(primary, known);
        }
        return known;
    }

    private void collect(QName primary, String elr, Map<String, Set<Networks.Rel>> out, Set<String> seen) {
        if (!seen.add(primary + "|" + elr)) {
            return;
        }
        for (String arcrole : List.of(ALL, NOT_ALL)) {
            for (Map.Entry<String, Map<QName, List<Networks.Rel>>> e : from.get(arcrole).entrySet()) {
                if (elr == null || elr.equals(e.getKey())) {
                    for (Networks.Rel r : e.getValue().getOrDefault(primary, List.of())) {
                        out.computeIfAbsent(r.elr(), k -> new LinkedHashSet<>()).add(r);
                    }
                }
            }
        }
        for (Networks.Rel dm : domainMemberTo.getOrDefault(primary, List.of())) {
            String toElr = targetRole(dm) == null ? dm.elr() : targetRole(dm);
            if (elr == null || elr.equals(toElr)) {
                collect(dm.from(), dm.elr(), out, seen);
            }
        }
    }

    /** Null when the context meets every all hypercube and no notAll hypercube of the ELR; else why not. */
    private String invalidIn(String elr, List<Networks.Rel> hasHypercube, Map<String, Members> members) {
        for (Networks.Rel r : hasHypercube) {
            String why = notMet(r, elr, members);
            if (r.arcrole().equals(NOT_ALL)) {
                if (why == null) {
                    return "the context meets the notAll hypercube " + local(r.to());
                }
            } else if (why != null) {
                return why;
            }
        }
        return null;
    }

    /** Null when the context meets the hypercube of a has-hypercube relationship; else why not. */
    private String notMet(Networks.Rel hasHypercube, String elr, Map<String, Members> members) {
        String element = Ns.attr(hasHypercube.arc(), XBRLDT, "contextElement");
        element = element == null ? "segment" : element.trim();
        Members given = members.getOrDefault(element, new Members(Map.of(), false));
        boolean closed = bool(Ns.attr(hasHypercube.arc(), XBRLDT, "closed"));
        QName cube = hasHypercube.to();
        if (closed && given.other()) {
            return "the " + element + " holds content other than dimension members, which the closed hypercube "
                    + local(cube) + " does not admit";
        }
        String dimElr = targetRole(hasHypercube) == null ? elr : targetRole(hasHypercube);
        Set<QName> left = new LinkedHashSet<>(given.members().keySet());
        for (Networks.Rel hd : from.get(HYPERCUBE_DIMENSION).getOrDefault(dimElr, Map.of()).getOrDefault(cube, List.of())) {
            QName dim = hd.to();
            String domElr = targetRole(hd) == null ? dimElr : targetRole(hd);
            QName member = given.members().get(dim);
            left.remove(dim);
            if (member == null) {
                member = defaults.get(dim);
                if (member == null) {
                    return "dimension " + local(dim) + " of hypercube " + local(cube) + " has no member in the " + element
                            + " and no default";
                }
            }
            if (typed(dim)) {
                continue;
            }
            int state = memberState(dim, member, domElr);
            if (state != USABLE) {
                return "member " + local(member) + " of dimension " + local(dim) + " is "
                        + (state == NOT_FOUND ? "not in its domain" : "not usable") + " in hypercube " + local(cube);
            }
        }
        if (closed && !left.isEmpty()) {
            return "the closed hypercube " + local(cube) + " has no dimension " + local(left.iterator().next())
                    + " (given in the " + element + ")";
        }
        return null;
    }

    private int memberState(QName dim, QName member, String domElr) {
        // every member of the domain at once: one walk of the domain per dimension and role, not one per member
        Map<QName, Integer> states = memberStates.computeIfAbsent(new Domain(dim, domElr), k -> {
            Map<QName, Integer> m = new HashMap<>();
            List<Networks.Rel> start = from.get(DIMENSION_DOMAIN).getOrDefault(domElr, Map.of()).getOrDefault(dim, List.of());
            collectStates(start, domElr, new HashSet<>(), m);
            return m;
        });
        return states.getOrDefault(member, NOT_FOUND);
    }

    /**
     * The state of every member the arcs reach: USABLE when reached by arcs that all allow it,
     * NOT_USABLE when one says usable="false" (the larger of the two when reached both ways).
     */
    private void collectStates(List<Networks.Rel> rels, String elr, Set<String> visited, Map<QName, Integer> states) {
        for (Networks.Rel r : rels) {
            states.merge(r.to(), usable(r) ? USABLE : NOT_USABLE, Math::max);
            String toElr = targetRole(r) == null ? elr : targetRole(r);
            if (visited.add(r.to() + "|" + toElr)) {
                List<Networks.Rel> next = from.get(DOMAIN_MEMBER).getOrDefault(toElr, Map.of()).getOrDefault(r.to(), List.of());
                collectStates(next, toElr, visited, states);
            }
        }
    }

    // ---------------------------------------------------------------- helpers

    private boolean hypercube(QName q) {
        return taxonomy.element(q) != null && taxonomy.substitutes(q, HYPERCUBE_ITEM);
    }

    private boolean dimension(QName q) {
        return taxonomy.element(q) != null && taxonomy.substitutes(q, DIMENSION_ITEM);
    }

    private boolean typed(QName dimension) {
        Element decl = taxonomy.element(dimension);
        return decl != null && decl.hasAttributeNS(XBRLDT, TYPED_DOMAIN_REF);
    }

    /** An item that is neither a hypercube nor a dimension: a primary item or a domain member. */
    private boolean primaryItem(QName q) {
        Taxonomy.Concept c = taxonomy.concept(q);
        return c != null && c.item() && !hypercube(q) && !dimension(q);
    }

    private boolean domainMember(QName q) {
        return primaryItem(q);
    }

    private String notMemberBecause(QName q) {
        return hypercube(q) ? "a hypercube" : dimension(q) ? "a dimension" : "not an item";
    }

    private static String targetRole(Networks.Rel r) {
        String t = Ns.attr(r.arc(), XBRLDT, "targetRole");
        return t == null || t.isBlank() ? null : t.trim();
    }

    private static boolean usable(Networks.Rel r) {
        String u = Ns.attr(r.arc(), XBRLDT, "usable");
        return u == null || !(u.trim().equals("false") || u.trim().equals("0"));
    }

    private static boolean bool(String s) {
        return s != null && (s.trim().equals("true") || s.trim().equals("1"));
    }

    private static String local(QName q) {
        return q.getLocalPart();
    }
}
