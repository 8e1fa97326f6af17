package dev.xreport.render;

import dev.xreport.render.html.HtmlRenderer;
import dev.xreport.render.json.CanonicalJsonRenderer;
import dev.xreport.render.pdf.PdfRenderer;
import dev.xreport.render.xlsx.XlsxRenderer;
import dev.xreport.render.xbrl.XbrlRenderer;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The deliverables xreport can write, by format name, in the order they are produced. */
public final class Renderers {
    private Renderers() { }

    /** Every renderer, English output with the default templates. */
    public static Map<String, Renderer> byFormat() {
        return byFormat(RenderOptions.DEFAULTS);
    }

    /**
     * @param lang      the language of the human-readable deliverables (null: the report's own)
     * @param templates a folder of templates overriding the defaults of the same name, or null
     */
    public static Map<String, Renderer> byFormat(String lang, java.nio.file.Path templates) {
        return byFormat(lang, templates, null);
    }

    /** @param cjkFont the Chinese font the PDF embeds: a font file, "none", or null for the usual search */
    public static Map<String, Renderer> byFormat(String lang, java.nio.file.Path templates, String cjkFont) {
        return byFormat(new RenderOptions(lang, templates, cjkFont));
    }

    /** Every renderer, each showing the report as the options say. */
    public static Map<String, Renderer> byFormat(RenderOptions options) {
        Map<String, Renderer> m = new LinkedHashMap<>();
        for (Renderer r : List.of(new CanonicalJsonRenderer(), new XbrlRenderer(), new HtmlRenderer(options, false),
                new HtmlRenderer(options, true), new PdfRenderer(options), new XlsxRenderer(options))) {
            m.put(r.format(), r);
        }
        return m;
    }
}
