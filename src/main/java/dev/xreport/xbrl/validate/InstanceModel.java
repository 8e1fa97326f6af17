package dev.xreport.xbrl.validate;

import dev.xreport.model.Source;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import javax.xml.namespace.QName;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * What an XBRL instance states (XBRL 2.1 section 4): contexts, units and facts, with the keys that
 * decide s-equality of contexts and units (4.10) so that facts can be compared and bound.
 */
final class InstanceModel {
    enum PeriodKind { INSTANT, DURATION, FOREVER, UNKNOWN }

    record Context(String id, Element element, PeriodKind kind, LocalDateTime start, LocalDateTime end, String key) { }

    record Unit(String id, Element element, List<QName> numerator, List<QName> denominator, String key) { }

    /**
     * An item or tuple; {@code value} is the number of a numeric, non-nil item whose text is a decimal.
     * It is a DOM {@code element} or, for an item directly under xbrli:xbrl, a {@code lean} one.
     */
    final class Fact {
        private final Element element;
        private final LeanItem lean;
        private final Taxonomy.Concept concept;
        private final Element parent;
        private final boolean nil;
        private final BigDecimal value;
        /** The value is the lean item's integer, made a BigDecimal when asked for (most amounts: one object fewer each). */
        private final boolean integer;

        Fact(Element element, LeanItem lean, Taxonomy.Concept concept, Element parent, boolean nil, BigDecimal value) {
            this.element = element;
            this.lean = lean;
            this.concept = concept;
            this.parent = parent;
            this.nil = nil;
            this.integer = value == null && lean != null && lean.integer() && concept.numeric() && !concept.fraction() && !nil;
            this.value = integer ? null : value;
        }

        Taxonomy.Concept concept() {
            return concept;
        }

        /** The tuple or xbrli:xbrl element the fact is a child of. */
        Element parent() {
            return parent;
        }

        boolean nil() {
            return nil;
        }

        BigDecimal value() {
            return value == null && integer ? BigDecimal.valueOf(lean.number()) : value;
        }

        /** The DOM element of a fact inside a tuple or of a tuple; null for a lean item. */
        Element element() {
            return element;
        }

        /** The value of the attribute {@code name} in no namespace; null when absent. */
        String attr(String name) {
            return element != null ? Ns.attr(element, name) : lean.attr(null, name);
        }

        String attr(String ns, String name) {
            return element != null ? Ns.attr(element, ns, name) : lean.attr(ns, name);
        }

        /** The element name as written: {@code prefix:local}. */
        String tagName() {
            return element != null ? element.getTagName() : lean.tagName;
        }

        String text() {
            return element != null ? element.getTextContent() : lean.text();
        }

        /** The xml:lang in scope, lower case; "" when none. */
        String lang() {
            if (element != null) {
                return InstanceModel.lang(element);
            }
            String own = lean.attr(Ns.XML, "lang");
            return own != null ? own.trim().toLowerCase(java.util.Locale.ROOT) : InstanceModel.lang(parent);
        }

        /** Whether {@code ancestor} contains the fact. */
        boolean within(Element ancestor) {
            if (element == null) {
                return ancestor == parent;
            }
            for (Node n = element.getParentNode(); n != null; n = n.getParentNode()) {
                if (n == ancestor) {
                    return true;
                }
            }
            return false;
        }

        /** Where the fact is, for a finding. */
        Source source() {
            if (element != null) {
                return Sink.source(element);
            }
            return Sink.source(lean, root, counts);
        }
    }

    final Element root;
    /** The root's child elements in document order: DOM elements and lean items. */
    final List<Object> children;
    final Map<String, Element> ids = new HashMap<>();
    /** The ids of lean items. */
    final Map<String, Fact> leanIds = new HashMap<>();
    final Map<String, Context> contexts = new LinkedHashMap<>();
    final Map<String, Unit> units = new LinkedHashMap<>();
    final List<Fact> facts = new ArrayList<>();
    private final Taxonomy taxonomy;
    private final Map<String, Integer> counts;
    private final AtomicInteger nans = new AtomicInteger();

    /**
     * The instance whose root is {@code root}; {@code children} are the root's child elements, DOM
     * elements and lean items, in document order ({@link XmlDocs.Parsed}); {@code counts} how many
     * of them have each name.
     */
    InstanceModel(Element root, List<Object> children, Map<String, Integer> counts, Taxonomy taxonomy) {
        this.root = root;
        this.children = children;
        this.taxonomy = taxonomy;
        this.counts = counts;
        collectIds(root);
        for (Element e : Ns.children(root)) {
            if (Ns.is(e, Ns.XBRLI, "context")) {
                Context c = context(e);
                contexts.putIfAbsent(c.id(), c);
            } else if (Ns.is(e, Ns.XBRLI, "unit")) {
                Unit u = unit(e);
                units.putIfAbsent(u.id(), u);
            }
        }
        for (Object child : children) {
            if (child instanceof Element e) {
                collectFact(e, root);
            } else {
                collectFact((LeanItem) child);
            }
        }
    }

    private void collectIds(Element e) {
        String id = Ns.attr(e, "id");
        if (id != null) {
            ids.putIfAbsent(id.trim(), e);
        }
        for (Element c : Ns.children(e)) {
            collectIds(c);
        }
    }

    private void collectFacts(Element parent) {
        for (Element e : Ns.children(parent)) {
            collectFact(e, parent);
        }
    }

    private void collectFact(Element e, Element parent) {
        String ns = e.getNamespaceURI();
        if (Ns.XBRLI.equals(ns) || Ns.LINK.equals(ns)) {
            return;
        }
        Taxonomy.Concept c = taxonomy.concept(Ns.qname(e));
        if (c == null) {
            return;
        }
        boolean nil = nil(Ns.attr(e, Ns.XSI, "nil"));
        BigDecimal value = null;
        if (c.numeric() && !c.fraction() && !nil) {
            value = decimal(e.getTextContent());
        }
        facts.add(new Fact(e, null, c, parent, nil, value));
        if (c.tuple()) {
            collectFacts(e);
        }
    }

    private void collectFact(LeanItem item) {
        Taxonomy.Concept c = taxonomy.concept(new QName(item.namespace, item.localName));
        if (c == null) {
            return;
        }
        boolean nil = nil(item.attr(Ns.XSI, "nil"));
        BigDecimal value = c.numeric() && !c.fraction() && !nil && !item.integer() ? decimal(item.text()) : null;
        Fact f = new Fact(null, item, c, root, nil, value);
        facts.add(f);
        String id = item.attr(null, "id");
        if (id != null && !ids.containsKey(id.trim())) {
            leanIds.putIfAbsent(id.trim(), f);
        }
    }

    private static boolean nil(String attr) {
        String s = trim(attr);
        return "true".equals(s) || "1".equals(s);
    }

    /**
     * Numbers with more places than this either side of the decimal point (1e2147483647, written with an
     * exponent) are no figure a report states; summing, rounding or printing them would need unbounded
     * memory, so {@link #decimal} reads them as not a number, and the schema check says what they are.
     */
    static final int MAX_SCALE = 1000;

    static BigDecimal decimal(String text) {
        if (text == null) {
            return null;
        }
        String s = text.trim();
        if (s.isEmpty() || s.contains("INF") || s.contains("NaN")) {
            return null;
        }
        try {
            BigDecimal d = new BigDecimal(s.startsWith("+") ? s.substring(1) : s);
            return Math.abs((long) d.scale()) > MAX_SCALE ? null : d;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static String trim(String s) {
        return s == null ? null : s.trim();
    }

    private Context context(Element e) {
        String id = e.getAttribute("id").trim();
        Element entity = Ns.child(e, Ns.XBRLI, "entity");
        Element period = Ns.child(e, Ns.XBRLI, "period");
        Element scenario = Ns.child(e, Ns.XBRLI, "scenario");
        StringBuilder key = new StringBuilder();
        PeriodKind kind = PeriodKind.UNKNOWN;
        LocalDateTime start = null;
        LocalDateTime end = null;
        if (period != null) {
            Element instant = Ns.child(period, Ns.XBRLI, "instant");
            Element startDate = Ns.child(period, Ns.XBRLI, "startDate");
            Element endDate = Ns.child(period, Ns.XBRLI, "endDate");
            if (instant != null) {
                kind = PeriodKind.INSTANT;
                end = dateTime(instant.getTextContent(), true);
                key.append("I:").append(end);
            } else if (startDate != null && endDate != null) {
                kind = PeriodKind.DURATION;
                start = dateTime(startDate.getTextContent(), false);
                end = dateTime(endDate.getTextContent(), true);
                key.append("D:").append(start).append('/').append(end);
            } else if (Ns.child(period, Ns.XBRLI, "forever") != null) {
                kind = PeriodKind.FOREVER;
                key.append("F");
            }
        }
        key.append('|');
        if (entity != null) {
            Element identifier = Ns.child(entity, Ns.XBRLI, "identifier");
            if (identifier != null) {
                key.append(identifier.getAttribute("scheme").trim()).append(' ').append(identifier.getTextContent().trim());
            }
            Element segment = Ns.child(entity, Ns.XBRLI, "segment");
            key.append("|S:").append(segment == null ? "" : canonicalChildren(segment));
        }
        key.append("|C:").append(scenario == null ? "" : canonicalChildren(scenario));
        return new Context(id, e, kind, start, end, key.toString());
    }

    /** A date at the start of its day, or (for endDate and instant, section 4.7.2) at the end of it. */
    static LocalDateTime dateTime(String text, boolean endOfDay) {
        String s = text == null ? "" : text.trim();
        try {
            if (s.contains("T")) {
                String local = s.replaceFirst("(Z|[+-]\\d\\d:\\d\\d)$", "");
                if (local.startsWith("24:", local.indexOf('T') + 1)) {
                    return LocalDate.parse(local.substring(0, local.indexOf('T'))).plusDays(1).atStartOfDay();
                }
                return LocalDateTime.parse(local);
            }
            LocalDate d = LocalDate.parse(s.replaceFirst("(Z|[+-]\\d\\d:\\d\\d)$", ""));
            return endOfDay ? d.plusDays(1).atStartOfDay() : d.atStartOfDay();
        } catch (DateTimeException e) {
            return null; // not a date, or (the day after +999999999-12-31) none java.time represents
        }
    }

    private String canonicalChildren(Element e) {
        StringBuilder sb = new StringBuilder();
        for (Element c : Ns.children(e)) {
            canonical(c, sb);
        }
        return sb.toString();
    }

    /** The element as its x-equal class: names, attributes in any order, typed values in canonical form. */
    private void canonical(Element e, StringBuilder sb) {
        QName q = Ns.qname(e);
        sb.append('<').append(q);
        TreeMap<String, String> attrs = new TreeMap<>();
        for (int i = 0; i < e.getAttributes().getLength(); i++) {
            Node a = e.getAttributes().item(i);
            String ns = a.getNamespaceURI();
            if ("http://www.w3.org/2000/xmlns/".equals(ns)) {
                continue;
            }
            String local = a.getLocalName() == null ? a.getNodeName() : a.getLocalName();
            String type = xbrldi(q) && local.equals("dimension") ? "QName" : taxonomy.attributeType(q, ns, local);
            attrs.put("{" + (ns == null ? "" : ns) + "}" + local, typed(type, a.getNodeValue(), e));
        }
        attrs.forEach((k, v) -> sb.append(' ').append(k).append('=').append(v));
        sb.append('>');
        List<Element> kids = Ns.children(e);
        if (kids.isEmpty()) {
            String type = xbrldi(q) && q.getLocalPart().equals("explicitMember") ? "QName" : taxonomy.contentType(q);
            sb.append(typed(type, e.getTextContent(), e));
        } else {
            for (Element c : kids) {
                canonical(c, sb);
            }
        }
        sb.append("</>");
    }

    private static boolean xbrldi(QName q) {
        return "http://xbrl.org/2006/xbrldi".equals(q.getNamespaceURI());
    }

    private String typed(String type, String lexical, Element scope) {
        String s = lexical == null ? "" : lexical.trim();
        if (type == null) {
            return s;
        }
        switch (type) {
            case "decimal", "integer", "long", "int", "short", "byte", "nonNegativeInteger", "positiveInteger",
                 "nonPositiveInteger", "negativeInteger", "unsignedLong", "unsignedInt", "unsignedShort", "unsignedByte" -> {
                BigDecimal d = decimal(s);
                return d == null ? s : "d" + (d.signum() == 0 ? "0" : d.stripTrailingZeros().toPlainString());
            }
            case "float", "double" -> {
                if (s.equals("NaN")) {
                    return "NaN#" + nans.incrementAndGet();
                }
                try {
                    double v = Double.parseDouble(s.replace("INF", "Infinity"));
                    return "f" + (v == 0 ? 0.0 : v);
                } catch (NumberFormatException e) {
                    return s;
                }
            }
            case "boolean" -> {
                return s.equals("1") || s.equals("true") ? "true" : s.equals("0") || s.equals("false") ? "false" : s;
            }
            case "QName" -> {
                QName q = Ns.qname(scope, s);
                return q == null ? s : q.toString();
            }
            default -> {
                return s;
            }
        }
    }

    private Unit unit(Element e) {
        String id = e.getAttribute("id").trim();
        List<QName> num = new ArrayList<>();
        List<QName> den = new ArrayList<>();
        Element divide = Ns.child(e, Ns.XBRLI, "divide");
        if (divide != null) {
            Element n = Ns.child(divide, Ns.XBRLI, "unitNumerator");
            Element d = Ns.child(divide, Ns.XBRLI, "unitDenominator");
            if (n != null) {
                measures(n, num);
            }
            if (d != null) {
                measures(d, den);
            }
        } else {
            measures(e, num);
        }
        List<String> ns = num.stream().map(QName::toString).sorted().toList();
        List<String> ds = den.stream().map(QName::toString).sorted().toList();
        return new Unit(id, e, num, den, ns + "/" + ds);
    }

    private static void measures(Element parent, List<QName> out) {
        for (Element m : Ns.children(parent)) {
            if (Ns.is(m, Ns.XBRLI, "measure")) {
                QName q = Ns.qname(m, m.getTextContent());
                out.add(q == null ? new QName("?", m.getTextContent().trim()) : q);
            }
        }
    }

    Context contextOf(Fact f) {
        String ref = f.attr("contextRef");
        return ref == null ? null : contexts.get(ref.trim());
    }

    Unit unitOf(Fact f) {
        String ref = f.attr("unitRef");
        return ref == null ? null : units.get(ref.trim());
    }

    /** The duplicate-detection key of 4.10: concept, parent, context, unit and language. */
    record DuplicateKey(QName concept, Element parent, String context, String unit, String lang) { }

    DuplicateKey duplicateKey(Fact f) {
        Context c = contextOf(f);
        Unit u = unitOf(f);
        String lang = f.concept().numeric() ? "" : f.lang();
        return new DuplicateKey(f.concept().name(), f.parent(), c == null ? "ref:" + f.attr("contextRef") : c.key(),
                u == null ? "" : u.key(), lang);
    }

    static String lang(Element e) {
        for (Node n = e; n != null && n.getNodeType() == Node.ELEMENT_NODE; n = n.getParentNode()) {
            String l = Ns.attr((Element) n, Ns.XML, "lang");
            if (l != null) {
                return l.trim().toLowerCase(java.util.Locale.ROOT);
            }
        }
        return "";
    }
}
