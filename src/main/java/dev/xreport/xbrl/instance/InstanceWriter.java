package dev.xreport.xbrl.instance;

import dev.xreport.model.Dims;
import dev.xreport.model.Fact;
import dev.xreport.model.Period;
import dev.xreport.model.Report;
import dev.xreport.xbrl.XbrlNamespaces;
import dev.xreport.xbrl.XmlOut;
import java.io.IOException;
import java.io.OutputStream;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * Writes a report's facts as an XBRL 2.1 instance, streaming: contexts (entity, period, explicit
 * dimension members), units, then every fact in the order the report states them. Context and
 * unit ids are derived from the report's period, dimension and unit ids, so the same report
 * always gives the same bytes.
 */
public final class InstanceWriter {
    private static final String XBRLI = XbrlNamespaces.XBRLI;
    private static final String LINK = XbrlNamespaces.LINK;
    private static final String XLINK = XbrlNamespaces.XLINK;
    private static final String XBRLDI = XbrlNamespaces.XBRLDI;
    private static final String ISO4217 = XbrlNamespaces.ISO4217;

    private final Report report;
    private final String prefix;

    public InstanceWriter(Report report) {
        this.report = report;
        this.prefix = report.vocabulary().prefix();
    }

    /** The id of the context of {@code period} with {@code dims}: C_I2022, C_FY2022_ShareCapitalMember. */
    public static String contextId(String period, Dims dims) {
        StringBuilder sb = new StringBuilder(period.length() + 32).append("C_");
        for (int i = 0; i < period.length(); i++) {
            char c = period.charAt(i);
            boolean kept = c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '_' || c == '.' || c == '-';
            sb.append(kept ? c : '_');
        }
        dims.members().values().forEach(m -> sb.append('_').append(m));
        return sb.toString();
    }

    /** Writes the instance; {@code schemaRef} is the taxonomy entry point relative to the instance. */
    public void write(OutputStream os, String schemaRef) throws IOException {
        try (XmlOut x = new XmlOut(os)) {
            x.start("xbrli:xbrl").namespace("xbrli", XBRLI).namespace("link", LINK).namespace("xlink", XLINK)
                    .namespace("iso4217", ISO4217).namespace(prefix, report.vocabulary().namespace());
            if (report.facts().stream().anyMatch(f -> !f.dims().isEmpty())) {
                x.namespace("xbrldi", XBRLDI);
            }
            x.start("link:schemaRef").attr("xlink:type", "simple").attr("xlink:href", schemaRef).end();
            resources(x);
            for (Fact f : report.facts()) {
                x.start(prefix + ":" + f.concept()).attr("contextRef", contextId(f.period(), f.dims()));
                if (f.isNumeric()) {
                    x.attr("unitRef", f.unit()).attr("decimals", Integer.toString(f.decimals())).text(f.value().toPlainString());
                } else {
                    x.attr("xml:lang", f.lang()).text(f.text());
                }
                x.end();
            }
        }
    }

    /**
     * The contexts and units of the facts, as XML elements with the xbrli, xbrldi and iso4217 prefixes
     * (declared by the enclosing document): the ix:resources of an Inline XBRL document.
     */
    public String resources() throws IOException {
        java.io.ByteArrayOutputStream buf = new java.io.ByteArrayOutputStream();
        try (XmlOut x = new XmlOut(buf, true)) {
            resources(x);
        }
        return buf.toString(java.nio.charset.StandardCharsets.UTF_8);
    }

    /** One context per period and dimensions the facts use, then one unit per unit they use. */
    private void resources(XmlOut x) throws IOException {
        Map<String, Fact> contexts = new LinkedHashMap<>();
        Set<String> units = new LinkedHashSet<>();
        for (Fact f : report.facts()) {
            contexts.putIfAbsent(contextId(f.period(), f.dims()), f);
            if (f.isNumeric()) {
                units.add(f.unit());
            }
        }
        for (Map.Entry<String, Fact> e : contexts.entrySet()) {
            context(x, e.getKey(), e.getValue());
        }
        for (String id : units) {
            x.start("xbrli:unit").attr("id", id).leaf("xbrli:measure", report.units().get(id).measure()).end();
        }
    }

    private void context(XmlOut x, String id, Fact f) throws IOException {
        Period p = report.periods().get(f.period());
        x.start("xbrli:context").attr("id", id);
        x.start("xbrli:entity");
        x.start("xbrli:identifier").attr("scheme", report.entity().identifier().scheme())
                .text(report.entity().identifier().value()).end();
        if (!f.dims().isEmpty()) {
            x.start("xbrli:segment");
            for (Map.Entry<String, String> m : f.dims().members().entrySet()) {
                x.start("xbrldi:explicitMember").attr("dimension", prefix + ":" + m.getKey()).text(prefix + ":" + m.getValue()).end();
            }
            x.end();
        }
        x.end();
        x.start("xbrli:period");
        if (p.isInstant()) {
            x.leaf("xbrli:instant", p.instant().toString());
        } else {
            x.leaf("xbrli:startDate", p.start().toString()).leaf("xbrli:endDate", p.end().toString());
        }
        x.end().end();
    }
}
