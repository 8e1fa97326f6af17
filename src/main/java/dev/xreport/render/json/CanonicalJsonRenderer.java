package dev.xreport.render.json;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;
import dev.xreport.derive.Cells;
import dev.xreport.diag.Finding;
import dev.xreport.diag.Findings;
import dev.xreport.model.Correction;
import dev.xreport.model.Fact;
import dev.xreport.model.Period;
import dev.xreport.model.Report;
import dev.xreport.model.Unit;
import dev.xreport.render.Renderer;
import dev.xreport.taxonomy.Taxonomy;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * {@code <id>.facts.json}: every fact of the report in full units with its period, dims, unit and
 * decimals, the corrections, and the validation result — the canonical data, for tools and for
 * diffing one run against another.
 */
public final class CanonicalJsonRenderer implements Renderer {
    private static final JsonFactory JSON = JsonFactory.builder()
            .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN).build();

    @Override
    public String format() {
        return "json";
    }

    /** The facts need no taxonomy: {@code taxonomy} is not read. */
    @Override
    public Path render(Report report, Cells cells, Taxonomy taxonomy, Findings findings, Path dir) throws IOException {
        return render(report, cells, findings, dir);
    }

    /** Writes the facts file without compiling the taxonomy, which the facts do not need. */
    @Override
    public Path render(Report report, Cells cells, Findings findings, Path dir) throws IOException {
        Path file = dir.resolve(report.id() + ".facts.json");
        try (OutputStream out = Files.newOutputStream(file);
             JsonGenerator g = JSON.createGenerator(out, JsonEncoding.UTF8).useDefaultPrettyPrinter()) {
            g.writeStartObject();
            g.writeStringField("report", report.id());
            g.writeStringField("title", report.title().in(report.language()));
            if (report.entity() != null) {
                g.writeObjectFieldStart("entity");
                g.writeStringField("name", report.entity().name().in(report.language()));
                // the name in each other language the report gives it (WeBank's Chinese name as "nameZh")
                for (String lang : report.languages()) {
                    String other = report.entity().name().byLanguage().get(lang);
                    if (!lang.equals(report.language()) && other != null) {
                        g.writeStringField("name" + Character.toUpperCase(lang.charAt(0)) + lang.substring(1), other);
                    }
                }
                if (report.entity().identifier() != null) {
                    g.writeStringField("scheme", report.entity().identifier().scheme());
                    g.writeStringField("identifier", report.entity().identifier().value());
                }
                g.writeEndObject();
            }
            g.writeObjectFieldStart("periods");
            for (Period p : report.periods().values()) {
                g.writeObjectFieldStart(p.id());
                if (p.isInstant()) {
                    g.writeStringField("instant", p.instant().toString());
                } else {
                    g.writeStringField("start", p.start().toString());
                    g.writeStringField("end", p.end().toString());
                }
                g.writeEndObject();
            }
            g.writeEndObject();
            g.writeObjectFieldStart("units");
            for (Unit u : report.units().values()) {
                g.writeStringField(u.id(), u.measure());
            }
            g.writeEndObject();
            g.writeArrayFieldStart("facts");
            for (Fact f : report.facts()) {
                writeFact(g, f);
            }
            g.writeEndArray();
            g.writeArrayFieldStart("corrections");
            for (Correction c : report.corrections()) {
                g.writeStartObject();
                g.writeStringField("target", c.target().toString());
                g.writeStringField("printed", c.printed());
                g.writeStringField("reason", c.reason());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeObjectFieldStart("validation");
            g.writeStringField("summary", findings.summary());
            g.writeArrayFieldStart("findings");
            for (Finding f : findings.sorted()) {
                g.writeString(f.toString());
            }
            g.writeEndArray();
            g.writeEndObject();
            g.writeEndObject();
        }
        return file;
    }

    private static void writeFact(JsonGenerator g, Fact f) throws IOException {
        g.writeStartObject();
        g.writeStringField("concept", f.concept());
        g.writeStringField("period", f.period());
        if (!f.dims().isEmpty()) {
            g.writeObjectFieldStart("dims");
            for (Map.Entry<String, String> e : f.dims().members().entrySet()) {
                g.writeStringField(e.getKey(), e.getValue());
            }
            g.writeEndObject();
        }
        if (f.isNumeric()) {
            g.writeStringField("unit", f.unit());
            g.writeNumberField("decimals", f.decimals());
            g.writeFieldName("value");
            g.writeNumber(f.value());
        } else {
            g.writeStringField("lang", f.lang());
            g.writeStringField("text", f.text());
        }
        g.writeEndObject();
    }
}
