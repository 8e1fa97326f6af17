package dev.xreport.render.html;

import dev.xreport.model.Fact;
import dev.xreport.model.FactKey;
import dev.xreport.model.Report;
import dev.xreport.model.Unit;
import dev.xreport.xbrl.instance.InstanceWriter;
import java.io.IOException;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * How the figures of an Inline XBRL page are tagged: each shown fact as {@code ix:nonFraction} (with
 * context, unit, decimals, scale, a Transformation Registry format and the sign) or
 * {@code ix:nonNumeric}; and the {@code ix:header} with the schemaRef, the contexts and units, and
 * every fact the page does not show, hidden. A fact shown twice is tagged twice, the same way.
 */
final class InlineTags {
    static final String IX = "http://www.xbrl.org/2013/inlineXBRL";
    static final String IXT = "http://www.xbrl.org/inlineXBRL/transformation/2020-02-12";

    private final Report report;
    private final String schemaRef;
    private final String prefix;
    private final Set<FactKey> shown = new LinkedHashSet<>();

    /** How the page writes numbers, and so the transformation that reads them. */
    private final dev.xreport.derive.NumberStyle numbers;

    InlineTags(Report report, String schemaRef) {
        this.report = report;
        this.schemaRef = schemaRef;
        this.prefix = report.vocabulary().prefix(); // the page binds it to the report's namespace
        this.numbers = dev.xreport.derive.NumberStyle.of(report);
    }

    /** The tag of fact {@code f} shown as {@code text} (the cell's words, as printed, amounts in 10^{@code scale}). */
    View.Tag tag(Fact f, String text, boolean negatedRow, int scale) {
        shown.add(f.key());
        String context = InstanceWriter.contextId(f.period(), f.dims());
        String name = prefix + ":" + f.concept();
        if (!f.isNumeric()) {
            if (f.text().matches("\\d{4}-\\d{2}-\\d{2}") && !text.equals(f.text())) {
                // TR4: "2023年3月23日" is a year-month-day date, "23 March 2023" a day-monthname-year one
                String format = text.matches("\\d{4}\\D+\\d{1,2}\\D+\\d{1,2}\\D*") ? "ixt:date-year-month-day"
                        : text.matches("\\d{1,2} [A-Za-z]+ \\d{4}") ? "ixt:date-day-monthname-year-en"
                        : text.matches("[A-Za-z]+ \\d{1,2}, \\d{4}") ? "ixt:date-monthname-day-year-en" : null;
                if (format == null) {
                    throw new IllegalStateException("no Transformation Registry format reads the date \"" + text + "\" of " + f.key());
                }
                return new View.Tag("nonNumeric", name, context, null, null, null, format, null,
                        f.lang(), "", text, "");
            }
            return new View.Tag("nonNumeric", name, context, null, null, null, null, null, f.lang(), "", text, "");
        }
        Unit unit = report.units().get(f.unit());
        String decimals = Integer.toString(f.decimals());
        if (f.value().signum() == 0) {
            return new View.Tag("nonFraction", name, context, f.unit(), decimals, "0", "ixt:fixed-zero", null, null, "", text, "");
        }
        boolean percent = unit != null && unit.isPure() && text.endsWith("%");
        String shownIn = percent ? "-2" : unit != null && unit.isMonetary() ? Integer.toString(scale) : "0";
        String before = "";
        String after = percent ? "%" : "";
        String digits = percent ? text.substring(0, text.length() - 1) : text;
        if (digits.startsWith("(") && digits.endsWith(")")) {
            before = "(";
            after = ")" + after;
            digits = digits.substring(1, digits.length() - 1);
        } else if (digits.startsWith("-")) {
            before = "-";
            digits = digits.substring(1);
        }
        // the page shows the figure's magnitude; a negative fact says so with sign="-"
        String sign = f.value().signum() < 0 ? "-" : null;
        return new View.Tag("nonFraction", name, context, f.unit(), decimals, shownIn, numbers.ixFormat(), sign, null,
                before, digits, after);
    }

    /** The ix:header: references, resources, and the facts no table shows, hidden. Call after tagging the page. */
    String header() throws IOException {
        StringBuilder sb = new StringBuilder();
        for (Fact f : report.facts()) {
            if (shown.contains(f.key())) {
                continue;
            }
            String context = InstanceWriter.contextId(f.period(), f.dims());
            if (f.isNumeric()) {
                sb.append("<ix:nonFraction name=\"").append(prefix).append(':').append(f.concept()).append("\" contextRef=\"")
                        .append(context).append("\" unitRef=\"").append(f.unit()).append("\" decimals=\"").append(f.decimals())
                        .append("\" format=\"ixt:num-dot-decimal\"").append(f.value().signum() < 0 ? " sign=\"-\"" : "")
                        .append('>').append(f.value().abs().toPlainString()).append("</ix:nonFraction>");
            } else {
                sb.append("<ix:nonNumeric name=\"").append(prefix).append(':').append(f.concept()).append("\" contextRef=\"")
                        .append(context).append("\" xml:lang=\"").append(escape(f.lang())).append("\">").append(escape(f.text()))
                        .append("</ix:nonNumeric>");
            }
        }
        // ix:hidden may not be empty: it is left out when the page shows every fact
        String hidden = sb.isEmpty() ? "" : "<ix:hidden>" + sb + "</ix:hidden>";
        sb.setLength(0);
        sb.append("<ix:header>").append(hidden).append("<ix:references><link:schemaRef xlink:type=\"simple\" xlink:href=\"")
                .append(escape(schemaRef)).append("\"/></ix:references><ix:resources>")
                .append(new InstanceWriter(report).resources()).append("</ix:resources></ix:header>");
        return sb.toString();
    }

    static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
