package dev.xreport.xbrl.validate;

import dev.xreport.diag.Code;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.w3c.dom.Element;

/** XBRL 2.1 section 4.11: footnote links of an instance. */
final class Footnotes {
    private Footnotes() { }

    static void check(Dts.Doc instance, InstanceModel model, Dts dts, Sink sink) {
        Set<Element> facts = new HashSet<>();
        model.facts.forEach(f -> {
            if (f.element() != null) {
                facts.add(f.element());
            }
        });
        for (Element link : Ns.children(model.root)) {
            if (Ns.is(link, Ns.LINK, "footnoteLink")) {
                link(instance, link, model, facts, dts, sink);
            }
        }
    }

    private static void link(Dts.Doc instance, Element link, InstanceModel model, Set<Element> facts, Dts dts, Sink sink) {
        Map<String, String> kinds = new HashMap<>();
        for (Element c : Ns.children(link)) {
            String type = c.getAttributeNS(Ns.XLINK, "type");
            String label = c.getAttributeNS(Ns.XLINK, "label");
            if (type.equals("locator")) {
                kinds.merge(label, "locator", (a, b) -> a.equals(b) ? a : "mixed");
                locator(instance, c, model, facts, dts, sink);
            } else if (type.equals("resource")) {
                String kind = Ns.is(c, Ns.LINK, "footnote") ? "footnote" : "resource";
                if (kind.equals("footnote") && Ns.attr(c, Ns.XML, "lang") == null) {
                    sink.add(Code.XBRL_FOOTNOTE, c, "footnote \"" + label + "\" has no xml:lang (4.11.1.3)");
                }
                kinds.merge(label, kind, (a, b) -> a.equals(b) ? a : "mixed");
            }
        }
        for (Element arc : Ns.children(link)) {
            if (!"arc".equals(arc.getAttributeNS(Ns.XLINK, "type"))) {
                continue;
            }
            String from = arc.getAttributeNS(Ns.XLINK, "from");
            String to = arc.getAttributeNS(Ns.XLINK, "to");
            for (String end : new String[] {from, to}) {
                if (!kinds.containsKey(end)) {
                    sink.add(Code.XBRL_FOOTNOTE, arc, "footnote arc: no locator or footnote in this footnoteLink has the label \""
                            + end + "\"");
                }
            }
            if (Ns.FACT_FOOTNOTE.equals(arc.getAttributeNS(Ns.XLINK, "arcrole"))) {
                if (kinds.containsKey(from) && !"locator".equals(kinds.get(from))) {
                    sink.add(Code.XBRL_FOOTNOTE, arc, "fact-footnote arc must start at a locator of a fact, not at \"" + from + "\"");
                }
                if (kinds.containsKey(to) && !"footnote".equals(kinds.get(to))) {
                    sink.add(Code.XBRL_FOOTNOTE, arc, "fact-footnote arc must end at a footnote, not at \"" + to + "\"");
                }
            }
        }
    }

    private static void locator(Dts.Doc instance, Element loc, InstanceModel model, Set<Element> facts, Dts dts, Sink sink) {
        String href = loc.getAttributeNS(Ns.XLINK, "href").trim();
        int hash = href.indexOf('#');
        String doc = hash == 0 ? instance.uri() : dts.resolveHref(loc, instance.uri(), hash < 0 ? href : href.substring(0, hash));
        if (hash < 0 || doc == null || !doc.equals(instance.uri())) {
            sink.add(Code.XBRL_FOOTNOTE, loc, "footnote locator \"" + href + "\" must point to a fact of this instance");
            return;
        }
        String id = href.substring(hash + 1);
        Element target = model.ids.get(id);
        boolean fact = target == null ? model.leanIds.containsKey(id) : facts.contains(target);
        if (!fact) {
            sink.add(Code.XBRL_FOOTNOTE, loc, "footnote locator \"" + href + "\" does not point to a fact"
                    + (target == null ? "" : " but to " + target.getTagName()));
        }
    }
}
