package dev.xreport.xbrl.validate;

import dev.xreport.diag.Code;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.xml.namespace.QName;
import org.w3c.dom.Element;

/**
 * The context-level rules of XBRL Dimensions 1.0 section 3.1.4 on explicit and typed members:
 * the dimension is declared and of the right kind, an explicit member is a declared element and not
 * the dimension's default, and no dimension appears twice in one context. Hypercube validity of
 * facts against their primary items (section 3.1.1 to 3.1.3) is not checked here.
 */
final class Dimensions {
    static final String XBRLDI = "http://xbrl.org/2006/xbrldi";
    private static final QName DIMENSION_ITEM = new QName("http://xbrl.org/2005/xbrldt", "dimensionItem");
    private static final String TYPED_DOMAIN_REF = "typedDomainRef";
    private static final String DIMENSION_DEFAULT = "http://xbrl.org/int/dim/arcrole/dimension-default";

    private Dimensions() { }

    static void check(InstanceModel model, Taxonomy taxonomy, Networks networks, Sink sink) {
        Map<QName, QName> defaults = new HashMap<>();
        for (Networks.Rel r : networks.effective(DIMENSION_DEFAULT)) {
            defaults.put(r.from(), r.to());
        }
        for (InstanceModel.Context c : model.contexts.values()) {
            Set<QName> seen = new HashSet<>();
            Element entity = Ns.child(c.element(), Ns.XBRLI, "entity");
            Element segment = entity == null ? null : Ns.child(entity, Ns.XBRLI, "segment");
            Element scenario = Ns.child(c.element(), Ns.XBRLI, "scenario");
            for (Element container : new Element[] {segment, scenario}) {
                for (Element m : container == null ? List.<Element>of() : Ns.children(container)) {
                    if (XBRLDI.equals(m.getNamespaceURI())) {
                        member(c, m, taxonomy, defaults, seen, sink);
                    }
                }
            }
        }
    }

    private static void member(InstanceModel.Context c, Element m, Taxonomy taxonomy, Map<QName, QName> defaults,
                               Set<QName> seen, Sink sink) {
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
        boolean typed = decl.hasAttributeNS("http://xbrl.org/2005/xbrldt", TYPED_DOMAIN_REF);
        if (explicit == typed) {
            sink.add(Code.XBRL_DIMENSION_MEMBER, m, where + dimension.getLocalPart() + " is " + (typed ? "a typed" : "an explicit")
                    + " dimension but is given " + (explicit ? "an explicit" : "a typed") + " member");
            return;
        }
        if (explicit) {
            QName member = Ns.qname(m, m.getTextContent());
            if (member == null || taxonomy.element(member) == null) {
                sink.add(Code.XBRL_DIMENSION_MEMBER, m, where + "member " + m.getTextContent().trim() + " of "
                        + dimension.getLocalPart() + " is not declared in the DTS");
            } else if (member.equals(defaults.get(dimension))) {
                sink.add(Code.XBRL_DIMENSION_MEMBER, m, where + "member " + member.getLocalPart() + " is the default of "
                        + dimension.getLocalPart() + " and must be left out of the context");
            }
        }
    }
}
