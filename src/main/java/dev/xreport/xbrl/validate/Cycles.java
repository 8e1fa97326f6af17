package dev.xreport.xbrl.validate;

import dev.xreport.diag.Code;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.namespace.QName;

/**
 * Cycles in networks of relationships (XBRL 2.1 3.5.3.9, 5.1.4.3): each base set's effective
 * relationships must have no cycle that its arcrole's cyclesAllowed forbids. "any" allows all;
 * "undirected" forbids directed cycles (parent-child, general-special, essence-alias, 5.2.4.2,
 * 5.2.6.2); "none" forbids undirected ones too. This holds for the XBRL Dimensions arcroles too,
 * with the cyclesAllowed of their declarations, within one base set; {@link Dimensions} also follows
 * their consecutive relationships across link roles (a DRS's directed cycles, xbrldte:DRSDirectedCycleError).
 */
final class Cycles {
    private static final Map<String, String> STANDARD = Map.of(
            "http://www.xbrl.org/2003/arcrole/parent-child", "undirected",
            "http://www.xbrl.org/2003/arcrole/general-special", "undirected",
            "http://www.xbrl.org/2003/arcrole/essence-alias", "undirected",
            "http://www.xbrl.org/2003/arcrole/summation-item", "any",
            "http://www.xbrl.org/2003/arcrole/similar-tuples", "any",
            "http://www.xbrl.org/2003/arcrole/requires-element", "any");

    private Cycles() { }

    static void check(Networks networks, Dts dts, Sink sink) {
        Map<String, String> allowed = new HashMap<>(STANDARD);
        for (Dts.Doc d : dts.docs()) {
            if (d.kind() == Dts.Kind.SCHEMA) {
                declared(d.dom().getDocumentElement(), allowed);
            }
        }
        Map<String, List<Networks.Rel>> baseSets = new LinkedHashMap<>();
        for (Networks.Rel r : networks.all()) {
            String cycles = allowed.get(r.arcrole());
            if (cycles == null || cycles.equals("any")
                    || !Ns.LINK.equals(r.arcName().getNamespaceURI())) { // custom arcs: their own rules (220)
                continue;
            }
            baseSets.computeIfAbsent(r.baseSet(), k -> new ArrayList<>()).add(r);
        }
        for (List<Networks.Rel> rels : baseSets.values()) {
            String cycles = allowed.get(rels.get(0).arcrole());
            Networks.Rel directed = directedCycle(rels);
            if (directed != null) {
                sink.add(Code.XBRL_CYCLE, directed.arc(), "the relationships of arcrole \"" + directed.arcrole() + "\" in \""
                        + directed.elr() + "\" form a directed cycle through " + directed.from().getLocalPart()
                        + "; cyclesAllowed is \"" + cycles + "\"");
            } else if (cycles.equals("none")) {
                Networks.Rel undirected = undirectedCycle(rels);
                if (undirected != null) {
                    sink.add(Code.XBRL_CYCLE, undirected.arc(), "the relationships of arcrole \"" + undirected.arcrole()
                            + "\" in \"" + undirected.elr() + "\" form an undirected cycle through "
                            + undirected.to().getLocalPart() + "; cyclesAllowed is \"none\"");
                }
            }
        }
    }

    private static void declared(org.w3c.dom.Element e, Map<String, String> allowed) {
        for (org.w3c.dom.Element c : Ns.children(e)) {
            if (Ns.is(c, Ns.LINK, "arcroleType")) {
                allowed.putIfAbsent(c.getAttribute("arcroleURI").trim(), c.getAttribute("cyclesAllowed").trim());
            } else if (Ns.XS.equals(c.getNamespaceURI())) {
                declared(c, allowed);
            }
        }
    }

    /** A relationship on a directed cycle, or null: an iterative depth-first search, each node once. */
    static Networks.Rel directedCycle(List<Networks.Rel> rels) {
        Map<QName, List<Networks.Rel>> out = new HashMap<>();
        for (Networks.Rel r : rels) {
            out.computeIfAbsent(r.from(), k -> new ArrayList<>()).add(r);
        }
        Map<QName, Integer> state = new HashMap<>(); // 1 on the path, 2 done
        for (QName start : out.keySet()) {
            if (state.containsKey(start)) {
                continue;
            }
            Deque<QName> nodes = new ArrayDeque<>();
            Deque<Integer> next = new ArrayDeque<>();
            nodes.push(start);
            next.push(0);
            state.put(start, 1);
            while (!nodes.isEmpty()) {
                QName n = nodes.peek();
                int i = next.pop();
                List<Networks.Rel> edges = out.getOrDefault(n, List.of());
                if (i >= edges.size()) {
                    state.put(n, 2);
                    nodes.pop();
                    continue;
                }
                next.push(i + 1);
                Networks.Rel r = edges.get(i);
                Integer s = state.get(r.to());
                if (s == null) {
                    state.put(r.to(), 1);
                    nodes.push(r.to());
                    next.push(0);
                } else if (s == 1) {
                    return r;
                }
            }
        }
        return null;
    }

    /** A relationship that closes an undirected cycle, or null (union-find over the concepts). */
    private static Networks.Rel undirectedCycle(List<Networks.Rel> rels) {
        Map<QName, QName> parent = new HashMap<>();
        for (Networks.Rel r : rels) {
            QName a = root(parent, r.from());
            QName b = root(parent, r.to());
            if (a.equals(b)) {
                return r;
            }
            parent.put(a, b);
        }
        return null;
    }

    private static QName root(Map<QName, QName> parent, QName q) {
        QName r = q;
        while (parent.containsKey(r)) {
            r = parent.get(r);
        }
        while (!q.equals(r)) {
            QName next = parent.get(q);
            parent.put(q, r);
            q = next;
        }
        return r;
    }
}
