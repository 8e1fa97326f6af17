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
        return byFormat("en", null);
    }

    /**
     * @param lang      the language of the human-readable deliverables ("en" or "zh")
     * @param templates a folder of templates overriding the defaults of the same name, or null
     */
    public static Map<String, Renderer> byFormat(String lang, java.nio.file.Path templates) {
        return byFormat(lang, templates, null);
    }

    /** @param cjkFont the Chinese font the PDF embeds: a font file, "none", or null for the usual search */
    public static Map<String, Renderer> byFormat(String lang, java.nio.file.Path templates, String cjkFont) {
        Map<String, Renderer> m = new LinkedHashMap<>();
        for (Renderer r : List.of(new CanonicalJsonRenderer(), new XbrlRenderer(), new HtmlRenderer(lang, templates),
                new HtmlRenderer(lang, templates, true), new PdfRenderer(lang, templates, cjkFont), new XlsxRenderer(lang))) {
            m.put(r.format(), r);
        }
        return m;
    }
}
