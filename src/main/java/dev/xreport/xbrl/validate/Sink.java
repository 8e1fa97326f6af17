package dev.xreport.xbrl.validate;

import dev.xreport.diag.Code;
import dev.xreport.diag.Finding;
import dev.xreport.diag.Findings;
import dev.xreport.model.Source;
import java.net.URI;
import java.nio.file.Path;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/** Collects the findings of one validation, placing each at a document, line, column and XPath. */
final class Sink {
    private final Findings findings = new Findings();

    void add(Code code, Node node, String message) {
        findings.add(Finding.of(code, source(node), message));
    }

    void add(Code code, InstanceModel.Fact fact, String message) {
        findings.add(Finding.of(code, fact.source(), message));
    }

    void add(Code code, Source source, String message) {
        findings.add(Finding.of(code, source, message));
    }

    void add(Code code, String uri, int line, int column, String message) {
        findings.add(Finding.of(code, new Source(display(uri), line, column, ""), message));
    }

    Findings findings() {
        return findings;
    }

    static Source source(Node node) {
        if (node == null) {
            return Source.NONE;
        }
        Document doc = node.getNodeType() == Node.DOCUMENT_NODE ? (Document) node : node.getOwnerDocument();
        XmlDocs.Pos pos = XmlDocs.pos(node);
        return new Source(display(doc.getDocumentURI()), pos.line(), pos.column(), xpath(node));
    }

    /** Where a lean item of the instance whose root is {@code root} is; {@code counts} as {@link XmlDocs.Parsed} has them. */
    static Source source(LeanItem item, Element root, java.util.Map<String, Integer> counts) {
        String key = XmlDocs.Parsed.nameKey(item.namespace, item.localName);
        String step = "/" + item.tagName + (counts.getOrDefault(key, 1) > 1 ? "[" + item.ordinal + "]" : "");
        return new Source(display(root.getOwnerDocument().getDocumentURI()), item.line, item.column, xpath(root) + step);
    }

    /** A file URI as a path the reader can click; any other URI as it is. */
    static String display(String uri) {
        if (uri == null) {
            return null;
        }
        if (uri.startsWith("file:")) {
            try {
                return Source.shown(Path.of(URI.create(uri)));
            } catch (IllegalArgumentException e) {
                return uri;
            }
        }
        return uri;
    }

    /** {@code /xbrli:xbrl/xbrli:context[2]/xbrli:period}: the element's qualified names with positions where ambiguous. */
    static String xpath(Node node) {
        StringBuilder sb = new StringBuilder();
        for (Node n = node; n != null && n.getNodeType() == Node.ELEMENT_NODE; n = n.getParentNode()) {
            Element e = (Element) n;
            int index = 0;
            int count = 0;
            Node parent = e.getParentNode();
            for (Node s = parent == null ? null : parent.getFirstChild(); s != null; s = s.getNextSibling()) {
                if (s.getNodeType() == Node.ELEMENT_NODE && same(s, e)) {
                    count++;
                    if (s == e) {
                        index = count;
                    }
                }
            }
            String step = "/" + e.getTagName() + (count > 1 ? "[" + index + "]" : "");
            sb.insert(0, step);
        }
        return sb.toString();
    }

    private static boolean same(Node a, Node b) {
        return java.util.Objects.equals(a.getNamespaceURI(), b.getNamespaceURI())
                && java.util.Objects.equals(a.getLocalName(), b.getLocalName());
    }
}
