package dev.xreport.render;

import java.nio.file.Path;

/**
 * What the request says about how the deliverables look, given once to every renderer.
 *
 * @param lang      the language of the pages, workbook and PDF; null for the report's own language
 * @param templates a folder of templates overriding the defaults of the same name, or null
 * @param cjkFont   the CJK font the PDF embeds when the report has CJK text: a font file, "none", or
 *                  null for XREPORT_CJK_FONT or the system's
 */
public record RenderOptions(String lang, Path templates, String cjkFont) {
    /** The report's own language, the default templates and fonts. */
    public static final RenderOptions DEFAULTS = new RenderOptions(null, null, null);
}
