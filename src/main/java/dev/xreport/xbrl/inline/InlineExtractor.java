package dev.xreport.xbrl.inline;

import dev.xreport.diag.Code;
import dev.xreport.diag.Finding;
import dev.xreport.model.Source;
import dev.xreport.xbrl.XmlIn;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXParseException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Turns an Inline XBRL 1.1 document into the XBRL instance it carries: the schemaRef of
 * {@code ix:references}, the contexts and units of {@code ix:resources}, and one fact per
 * {@code ix:nonFraction} and {@code ix:nonNumeric} (transformation formats, scale and sign applied).
 * The same fact tagged twice becomes one fact. Each extracted fact carries an id whose place in the
 * Inline XBRL document the extraction remembers, so that findings about it point there.
 */
public final class InlineExtractor {
    static final String IX = "http://www.xbrl.org/2013/inlineXBRL";
    static final String XBRLI = "http://www.xbrl.org/2003/instance";
    /** Transformation Registry 4, the registry xreport writes and reads. */
    static final String TR4 = "http://www.xbrl.org/inlineXBRL/transformation/2020-02-12";
    /** Inline XBRL elements the extractor does not read (xreport does not write them): a finding, never a silent loss. */
    private static final Set<String> UNSUPPORTED = Set.of("fraction", "tuple", "exclude", "continuation", "footnote", "relationship");
    /** TR4 date-year-month-day: four-digit year, month and day with any separators ("2023年3月23日", "2023-03-23"). */
    private static final java.util.regex.Pattern YEAR_MONTH_DAY = java.util.regex.Pattern.compile("(\\d{4})\\D+(\\d{1,2})\\D+(\\d{1,2})\\D*");
    private static final DateTimeFormatter MONTH_DAY_YEAR = DateTimeFormatter.ofPattern("MMMM d, yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter DAY_MONTH_YEAR = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);

    /**
     * @param instance the extracted instance (UTF-8 XML)
     * @param places   line of the extracted instance → where the tag of the fact on that line stands in
     *                 the Inline XBRL document
     * @param findings what could not be extracted
     */
    public record Extraction(byte[] instance, Map<Integer, Source> places, List<Finding> findings) {
        /** Where in the Inline XBRL document the fact on this line of the instance was tagged, or null. */
        public Source place(int instanceLine) {
            return places.get(instanceLine);
        }
    }

    /** How deep elements may nest in a document the extractor reads (the JDK parser's limit, a finding at the element). */
    static final int MAX_DEPTH = 1000;
    private static final String MAX_ELEMENT_DEPTH = "http://www.oracle.com/xml/jaxp/properties/maxElementDepth";

    private InlineExtractor() { }

    public static Extraction extract(Path xhtml) throws IOException {
        byte[] bytes = Files.readAllBytes(xhtml);
        String file = xhtml.toString();
        List<Finding> findings = new ArrayList<>();
        Document doc;
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setNamespaceAware(true);
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            f.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            f.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            f.setExpandEntityReferences(false);
            // the resources are copied by a recursive serializer: deeper nesting would exhaust the stack
            f.setAttribute(MAX_ELEMENT_DEPTH, String.valueOf(MAX_DEPTH));
            DocumentBuilder builder = f.newDocumentBuilder();
            builder.setErrorHandler(new DefaultHandler() {
                @Override
                public void fatalError(SAXParseException e) throws SAXParseException {
                    throw e; // a finding with its place, not a line on standard error
                }
            });
            doc = builder.parse(new ByteArrayInputStream(bytes));
        } catch (SAXParseException e) {
            findings.add(Finding.of(Code.IX_MALFORMED, XmlIn.place(file, e), "not a well-formed Inline XBRL document: "
                    + XmlIn.explain(e)));
            return new Extraction(new byte[0], Map.of(), findings);
        } catch (Exception e) {
            findings.add(Finding.of(Code.IX_MALFORMED, new Source(file, 0, 0, ""), "not a well-formed Inline XBRL document: "
                    + e.getMessage()));
            return new Extraction(new byte[0], Map.of(), findings);
        }
        String schemaRef = null;
        NodeList refs = doc.getElementsByTagNameNS("http://www.xbrl.org/2003/linkbase", "schemaRef");
        if (refs.getLength() > 0) {
            schemaRef = ((Element) refs.item(0)).getAttributeNS("http://www.w3.org/1999/xlink", "href");
        } else {
            findings.add(Finding.of(Code.IX_MALFORMED, new Source(file, 0, 0, ""), "no link:schemaRef in ix:references"));
        }
        List<String> resources = new ArrayList<>();
        List<Source> resourcePlaces = new ArrayList<>();
        NodeList res = doc.getElementsByTagNameNS(IX, "resources");
        for (int i = 0; i < res.getLength(); i++) {
            for (Node c = res.item(i).getFirstChild(); c != null; c = c.getNextSibling()) {
                if (c.getNodeType() == Node.ELEMENT_NODE) {
                    resources.add(serialize(c) + "\n");
                }
            }
        }
        Map<String, String> prefixes = new LinkedHashMap<>();
        Set<String> seen = new LinkedHashSet<>();
        Map<String, String> firstValue = new LinkedHashMap<>();
        Map<String, Source> firstPlace = new LinkedHashMap<>();
        List<String> facts = new ArrayList<>();
        List<Source> factPlaces = new ArrayList<>();
        Source schemaRefPlace = null;
        try {
            XMLStreamReader r = XmlIn.reader(bytes);
            java.util.Deque<String> langs = new java.util.ArrayDeque<>();
            while (r.hasNext()) {
                int event = r.next();
                if (event == XMLStreamConstants.END_ELEMENT) {
                    langs.pop();
                    continue;
                }
                if (event != XMLStreamConstants.START_ELEMENT) {
                    continue;
                }
                // the xml:lang in scope: the element's own, else its nearest ancestor's
                String own = r.getAttributeValue(XMLConstants.XML_NS_URI, "lang");
                langs.push(own != null ? own : langs.isEmpty() ? "" : langs.peek());
                if (schemaRefPlace == null && "schemaRef".equals(r.getLocalName())
                        && "http://www.xbrl.org/2003/linkbase".equals(r.getNamespaceURI())) {
                    schemaRefPlace = new Source(file, r.getLocation().getLineNumber(), r.getLocation().getColumnNumber(),
                            "link:schemaRef");
                }
                if (!IX.equals(r.getNamespaceURI())) {
                    continue;
                }
                String kind = r.getLocalName();
                Source at = new Source(file, r.getLocation().getLineNumber(), r.getLocation().getColumnNumber(), "ix:" + kind);
                if (kind.equals("resources")) {
                    resourcePlaces.addAll(children(r, file));
                    langs.pop();
                    continue;
                }
                if (UNSUPPORTED.contains(kind)) {
                    findings.add(Finding.of(Code.IX_MALFORMED, at, "ix:" + kind + " is not supported by xreport's extractor"));
                    continue;
                }
                if (!kind.equals("nonFraction") && !kind.equals("nonNumeric")) {
                    continue;
                }
                for (String attribute : List.of("continuedAt", "target")) {
                    if (r.getAttributeValue(null, attribute) != null) {
                        findings.add(Finding.of(Code.IX_MALFORMED, at, "the " + attribute + " attribute is not supported by xreport's extractor"));
                    }
                }
                if (r.getAttributeValue("http://www.w3.org/2001/XMLSchema-instance", "nil") != null) {
                    findings.add(Finding.of(Code.IX_MALFORMED, at, "xsi:nil facts are not supported by xreport's extractor"));
                }
                String name = r.getAttributeValue(null, "name");
                String context = r.getAttributeValue(null, "contextRef");
                String unit = r.getAttributeValue(null, "unitRef");
                String decimals = r.getAttributeValue(null, "decimals");
                String scale = r.getAttributeValue(null, "scale");
                String format = r.getAttributeValue(null, "format");
                String sign = r.getAttributeValue(null, "sign");
                String lang = langs.peek().isEmpty() ? null : langs.peek();
                String formatNs = format == null || !format.contains(":") ? null
                        : r.getNamespaceContext().getNamespaceURI(format.substring(0, format.indexOf(':')));
                String text = text(r);
                langs.pop(); // text() read to the element's end
                if (format != null && !TR4.equals(formatNs)) {
                    findings.add(Finding.of(Code.IX_FORMAT, at, "the format " + format + " is not in the Transformation Registry 4 namespace "
                            + TR4 + " (its prefix is bound to " + formatNs + ")"));
                    continue;
                }
                if (kind.equals("nonFraction") && (unit == null || decimals == null)) {
                    findings.add(Finding.of(Code.IX_MALFORMED, at, "an ix:nonFraction needs unitRef and decimals (xreport writes no precision)"));
                    continue;
                }
                if (kind.equals("nonNumeric") && lang == null) {
                    lang = "en"; // no xml:lang in scope
                }
                if (name == null || !name.contains(":") || context == null) {
                    findings.add(Finding.of(Code.IX_MALFORMED, at, "an ix:" + kind + " needs name (a QName) and contextRef"));
                    continue;
                }
                String prefix = name.substring(0, name.indexOf(':'));
                String ns = r.getNamespaceContext().getNamespaceURI(prefix);
                if (ns == null || ns.isEmpty()) {
                    findings.add(Finding.of(Code.IX_MALFORMED, at, "the prefix of " + name + " is not declared"));
                    continue;
                }
                prefixes.putIfAbsent(prefix, ns);
                String value;
                if (kind.equals("nonFraction")) {
                    BigDecimal v = number(text, format, at, findings);
                    if (v == null) {
                        continue;
                    }
                    if (scale != null) {
                        if (!scale.trim().matches("-?\\d{1,3}")) {
                            findings.add(Finding.of(Code.IX_FORMAT, at, "scale \"" + scale + "\" is not an integer"));
                            continue;
                        }
                        v = v.movePointRight(Integer.parseInt(scale.trim()));
                    }
                    if ("-".equals(sign)) {
                        v = v.negate();
                    }
                    value = v.signum() == 0 ? "0" : v.stripTrailingZeros().toPlainString();
                } else {
                    value = format == null ? text : date(text, format, at, findings);
                    if (value == null) {
                        continue;
                    }
                }
                String key = name + "|" + context + "|" + unit + "|" + decimals + "|" + lang + "|" + value;
                String same = name + "|" + context + "|" + unit + "|" + lang;
                String before = firstValue.putIfAbsent(same, value);
                if (before == null) {
                    firstPlace.put(same, at);
                } else if (!before.equals(value)) {
                    Source first = firstPlace.get(same);
                    findings.add(Finding.of(Code.IX_INCONSISTENT_DUPLICATE, at, name + " in context " + context + " is " + value
                            + " here but " + before + " where it is first tagged (line " + first.line() + ")")
                            .with(List.of(new Finding.Related("the first tag", first))));
                }
                if (!seen.add(key)) {
                    continue; // the same fact tagged again (a table and the key indicators)
                }
                StringBuilder fact = new StringBuilder("  <").append(name).append(" contextRef=\"").append(esc(context)).append('"');
                if (kind.equals("nonFraction")) {
                    fact.append(" unitRef=\"").append(esc(unit)).append("\" decimals=\"").append(esc(decimals)).append('"');
                } else {
                    fact.append(" xml:lang=\"").append(esc(lang)).append('"');
                }
                facts.add(fact.append('>').append(esc(value).replace("\n", "&#10;")).append("</").append(name).append(">\n").toString());
                factPlaces.add(at);
            }
        } catch (XMLStreamException e) {
            findings.add(Finding.of(Code.IX_MALFORMED, XmlIn.place(file, e), XmlIn.explain(e)));
        }
        StringBuilder out = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<xbrli:xbrl");
        out.append(" xmlns:xbrli=\"").append(XBRLI).append('"')
                .append(" xmlns:link=\"http://www.xbrl.org/2003/linkbase\" xmlns:xlink=\"http://www.w3.org/1999/xlink\"")
                .append(" xmlns:iso4217=\"http://www.xbrl.org/2003/iso4217\" xmlns:xbrldi=\"http://xbrl.org/2006/xbrldi\"");
        prefixes.forEach((p, ns) -> out.append(" xmlns:").append(p).append("=\"").append(esc(ns)).append('"'));
        out.append(">\n");
        Map<Integer, Source> places = new LinkedHashMap<>();
        if (schemaRefPlace != null) {
            places.put((int) out.chars().filter(c -> c == '\n').count() + 1, schemaRefPlace);
        }
        out.append("  <link:schemaRef xlink:type=\"simple\" xlink:href=\"").append(esc(schemaRef == null ? "" : schemaRef))
                .append("\"/>\n");
        int line = (int) out.chars().filter(c -> c == '\n').count() + 1;
        for (int i = 0; i < resources.size(); i++) {
            String resource = resources.get(i);
            out.append(resource);
            int lines = (int) resource.chars().filter(c -> c == '\n').count();
            for (int k = 0; k < lines; k++, line++) {
                if (i < resourcePlaces.size()) {
                    places.put(line, resourcePlaces.get(i));
                }
            }
        }
        for (int i = 0; i < facts.size(); i++) {
            out.append(facts.get(i));
            places.put(line++, factPlaces.get(i));
        }
        out.append("</xbrli:xbrl>\n");
        return new Extraction(out.toString().getBytes(StandardCharsets.UTF_8), places, findings);
    }

    /** Where each child element of the element stands, reading to its end. */
    private static List<Source> children(XMLStreamReader r, String file) throws XMLStreamException {
        List<Source> places = new ArrayList<>();
        int depth = 1;
        while (depth > 0) {
            int e = r.next();
            if (e == XMLStreamConstants.START_ELEMENT) {
                if (depth == 1) {
                    places.add(new Source(file, r.getLocation().getLineNumber(), r.getLocation().getColumnNumber(),
                            r.getPrefix() + ":" + r.getLocalName()));
                }
                depth++;
            } else if (e == XMLStreamConstants.END_ELEMENT) {
                depth--;
            }
        }
        return places;
    }

    /** All the text inside the element (its descendants' too), reading to its end. */
    private static String text(XMLStreamReader r) throws XMLStreamException {
        StringBuilder sb = new StringBuilder();
        int depth = 1;
        while (depth > 0) {
            int e = r.next();
            if (e == XMLStreamConstants.START_ELEMENT) {
                depth++;
            } else if (e == XMLStreamConstants.END_ELEMENT) {
                depth--;
            } else if (e == XMLStreamConstants.CHARACTERS || e == XMLStreamConstants.CDATA) {
                sb.append(r.getText());
            }
        }
        return sb.toString().strip();
    }

    /** TR4 num-dot-decimal: digits grouped by commas, spaces or no-break spaces, a dot before the fraction. */
    private static final java.util.regex.Pattern NUM_DOT_DECIMAL = java.util.regex.Pattern.compile("[0-9][0-9, \u00a0]*(\\.[0-9 \u00a0]+)?");
    /** TR4 num-comma-decimal: digits grouped by dots, spaces or no-break spaces, a comma before the fraction. */
    private static final java.util.regex.Pattern NUM_COMMA_DECIMAL = java.util.regex.Pattern.compile("[0-9][0-9. \u00a0]*(,[0-9 \u00a0]+)?");
    /** Without a format: the plain decimal that xsd:decimal takes. */
    private static final java.util.regex.Pattern PLAIN_DECIMAL = java.util.regex.Pattern.compile("[0-9]+(\\.[0-9]+)?|\\.[0-9]+");

    /** The Transformation Registry formats xreport writes: num-dot-decimal, num-comma-decimal and fixed-zero; or none. */
    private static BigDecimal number(String text, String format, Source at, List<Finding> findings) {
        String local = format == null ? null : format.substring(format.indexOf(':') + 1);
        if ("fixed-zero".equals(local)) {
            return BigDecimal.ZERO;
        }
        boolean comma = "num-comma-decimal".equals(local);
        if (local != null && !local.equals("num-dot-decimal") && !comma) {
            findings.add(Finding.of(Code.IX_FORMAT, at, "the transformation format " + format + " is not supported"));
            return null;
        }
        String t = text.strip();
        if (t.startsWith("-")) {
            findings.add(Finding.of(Code.IX_FORMAT, at, "\"" + text + "\" has a sign of its own: use sign=\"-\""));
            return null;
        }
        if (!(local == null ? PLAIN_DECIMAL : comma ? NUM_COMMA_DECIMAL : NUM_DOT_DECIMAL).matcher(t).matches()) {
            findings.add(Finding.of(Code.IX_FORMAT, at, "\"" + text + "\" is not a number in " + (format == null ? "xsd:decimal (no format)" : format)));
            return null;
        }
        String digits = t.replace(" ", "").replace("\u00a0", "");
        return new BigDecimal(comma ? digits.replace(".", "").replace(',', '.') : digits.replace(",", ""));
    }

    private static String date(String text, String format, Source at, List<Finding> findings) {
        String local = format.substring(format.indexOf(':') + 1);
        try {
            if (local.equals("date-day-monthname-year-en")) {
                return LocalDate.parse(text.strip(), DAY_MONTH_YEAR).toString();
            }
            if (local.equals("date-monthname-day-year-en")) {
                return LocalDate.parse(text.strip(), MONTH_DAY_YEAR).toString();
            }
            if (local.equals("date-year-month-day")) {
                java.util.regex.Matcher m = YEAR_MONTH_DAY.matcher(text.strip());
                if (!m.matches()) {
                    throw new DateTimeParseException("not year, month and day", text, 0);
                }
                return LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3))).toString();
            }
        } catch (java.time.DateTimeException e) {
            findings.add(Finding.of(Code.IX_FORMAT, at, "\"" + text + "\" is not a date in " + format));
            return null;
        }
        findings.add(Finding.of(Code.IX_FORMAT, at, "the transformation format " + format + " is not supported"));
        return null;
    }

    private static String serialize(Node node) {
        try {
            TransformerFactory tf = TransformerFactory.newInstance();
            tf.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            tf.setAttribute(XMLConstants.ACCESS_EXTERNAL_STYLESHEET, "");
            var t = tf.newTransformer();
            t.setOutputProperty(OutputKeys.OMIT_XML_DECLARATION, "yes");
            StringWriter w = new StringWriter();
            t.transform(new DOMSource(node), new StreamResult(w));
            return w.toString();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static String esc(String s) {
        return s == null ? "" : s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
