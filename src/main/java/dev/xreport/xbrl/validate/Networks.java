package dev.xreport.xbrl.validate;

import dev.xreport.diag.Code;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.xml.namespace.QName;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * The relationships between concepts that the DTS linkbases express (XBRL 2.1 section 3.5.3.9),
 * after equivalent relationships are collapsed and prohibited ones removed (3.5.3.9.7).
 */
final class Networks {
    /** One relationship between two concepts, with the arc that expresses it. */
    record Rel(String arcrole, String elr, QName arcName, QName from, QName to, Element arc,
               BigDecimal weight, boolean prohibited, int priority, String equivalenceKey, QName linkName) {
        /** The base set (3.5.3.9) the relationship belongs to: arcrole, link role, link and arc element names. */
        String baseSet() {
            return arcrole + "|" + elr + "|" + linkName + "|" + arcName;
        }
    }

    private final List<Rel> effective = new ArrayList<>();

    static Networks of(Dts dts, Taxonomy taxonomy, Sink sink) {
        Networks n = new Networks();
        List<Rel> all = new ArrayList<>();
        for (Dts.Doc d : dts.docs()) {
            if (d.kind() == Dts.Kind.LINKBASE || d.kind() == Dts.Kind.SCHEMA) {
                n.collect(dts, d, d.dom().getDocumentElement(), taxonomy, sink, all);
            }
        }
        Map<String, List<Rel>> groups = new LinkedHashMap<>();
        for (Rel r : all) {
            groups.computeIfAbsent(r.equivalenceKey(), k -> new ArrayList<>()).add(r);
        }
        for (List<Rel> group : groups.values()) {
            int top = group.stream().mapToInt(Rel::priority).max().orElse(0);
            List<Rel> winners = group.stream().filter(r -> r.priority() == top).toList();
            if (winners.stream().noneMatch(Rel::prohibited)) {
                n.effective.add(winners.get(0));
            }
        }
        return n;
    }

    /** Every effective relationship of the DTS. */
    List<Rel> all() {
        return effective;
    }

    List<Rel> effective(String arcrole) {
        return effective.stream().filter(r -> r.arcrole().equals(arcrole)).toList();
    }

    private void collect(Dts dts, Dts.Doc doc, Element e, Taxonomy taxonomy, Sink sink, List<Rel> out) {
        if (Dts.kindOf(doc.dom()) == Dts.Kind.INSTANCE) {
            return;
        }
        if ("extended".equals(e.getAttributeNS(Ns.XLINK, "type"))) {
            extendedLink(dts, doc, e, taxonomy, sink, out);
            return;
        }
        for (Element c : Ns.children(e)) {
            collect(dts, doc, c, taxonomy, sink, out);
        }
    }

    private void extendedLink(Dts dts, Dts.Doc doc, Element link, Taxonomy taxonomy, Sink sink, List<Rel> out) {
        String elr = link.getAttributeNS(Ns.XLINK, "role");
        Map<String, List<QName>> locators = new HashMap<>();
        Map<String, Integer> labels = new HashMap<>();
        List<Element> arcs = new ArrayList<>();
        for (Element c : Ns.children(link)) {
            String type = c.getAttributeNS(Ns.XLINK, "type");
            String label = c.getAttributeNS(Ns.XLINK, "label");
            switch (type) {
                case "locator" -> {
                    labels.merge(label, 1, Integer::sum);
                    QName concept = Locators.declaredName(dts.locators().target(c, doc.uri()).element());
                    if (concept != null && taxonomy.element(concept) != null) {
                        locators.computeIfAbsent(label, k -> new ArrayList<>()).add(concept);
                    }
                }
                case "resource" -> {
                    labels.merge(label, 1, Integer::sum);
                    if (Ns.is(c, Ns.LINK, "label") && Ns.attr(c, Ns.XML, "lang") == null) {
                        sink.add(Code.XBRL_LINKBASE, c, "label \"" + label + "\" has no xml:lang (5.2.2.2.1)");
                    }
                }
                case "arc" -> arcs.add(c);
                default -> { }
            }
        }
        for (Element arc : arcs) {
            String from = arc.getAttributeNS(Ns.XLINK, "from");
            String to = arc.getAttributeNS(Ns.XLINK, "to");
            for (String end : new String[] {from, to}) {
                if (!labels.containsKey(end)) {
                    sink.add(Code.XBRL_LINKBASE, arc, arc.getTagName() + ": no locator or resource has the label \"" + end
                            + "\" in this extended link");
                }
            }
            String arcrole = arc.getAttributeNS(Ns.XLINK, "arcrole");
            boolean prohibited = "prohibited".equals(trim(Ns.attr(arc, "use")));
            int priority = parseInt(Ns.attr(arc, "priority"));
            BigDecimal weight = InstanceModel.decimal(Ns.attr(arc, "weight"));
            String attrs = attributesKey(arc, taxonomy);
            for (QName f : locators.getOrDefault(from, List.of())) {
                for (QName t : locators.getOrDefault(to, List.of())) {
                    String key = arcrole + "|" + elr + "|" + Ns.qname(arc) + "|" + f + "|" + t + "|" + attrs;
                    out.add(new Rel(arcrole, elr, Ns.qname(arc), f, t, arc, weight, prohibited, priority, key, Ns.qname(link)));
                }
            }
        }
    }

    /** The non-exempt attributes of an arc (all but xlink:*, use and priority) in canonical form; order defaults to 1. */
    private static String attributesKey(Element arc, Taxonomy taxonomy) {
        TreeMap<String, String> attrs = new TreeMap<>();
        attrs.put("{}order", "1");
        for (int i = 0; i < arc.getAttributes().getLength(); i++) {
            Node a = arc.getAttributes().item(i);
            String ns = a.getNamespaceURI() == null ? "" : a.getNamespaceURI();
            String local = a.getLocalName() == null ? a.getNodeName() : a.getLocalName();
            if (ns.equals(Ns.XLINK) || ns.equals("http://www.w3.org/2000/xmlns/")
                    || (ns.isEmpty() && (local.equals("use") || local.equals("priority")))) {
                continue;
            }
            String v = a.getNodeValue().trim();
            String type = ns.isEmpty() ? (local.equals("order") || local.equals("weight") ? "decimal" : null)
                    : taxonomy.globalAttributeType(new QName(ns, local));
            v = canonical(v, type);
            attrs.put("{" + ns + "}" + local, v);
        }
        return attrs.toString();
    }

    /** A value in the canonical form of its XML Schema type, so that equal values compare equal (3.5.3.9.7.4 s-equal). */
    private static String canonical(String v, String type) {
        if (type == null) {
            return v;
        }
        switch (type) {
            case "decimal", "integer", "long", "int", "short", "byte", "nonNegativeInteger", "positiveInteger",
                 "nonPositiveInteger", "negativeInteger", "unsignedLong", "unsignedInt", "unsignedShort", "unsignedByte" -> {
                BigDecimal d = InstanceModel.decimal(v);
                return d == null ? v : d.signum() == 0 ? "0" : d.stripTrailingZeros().toPlainString();
            }
            case "double", "float" -> {
                try {
                    double d = Double.parseDouble(v.replace("INF", "Infinity"));
                    return d == 0 ? "0" : Double.toString(d);
                } catch (NumberFormatException e) {
                    return v;
                }
            }
            case "boolean" -> {
                return v.equals("1") ? "true" : v.equals("0") ? "false" : v;
            }
            default -> {
                return v;
            }
        }
    }

    private static int parseInt(String s) {
        try {
            return s == null ? 0 : Integer.parseInt(s.trim().replaceFirst("^\\+", ""));
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private static String trim(String s) {
        return s == null ? null : s.trim();
    }
}
