package dev.xreport.render.pdf;

import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfString;
import dev.xreport.derive.Cells;
import dev.xreport.diag.Code;
import dev.xreport.diag.Findings;
import dev.xreport.model.Report;
import dev.xreport.model.Source;
import dev.xreport.render.DocumentDate;
import dev.xreport.render.Renderer;
import dev.xreport.render.html.HtmlRenderer;
import dev.xreport.taxonomy.Taxonomy;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.xhtmlrenderer.pdf.ITextRenderer;

/**
 * {@code <id>.pdf}: the same XHTML as the HTML report, laid out for A4 paper by Flying Saucer — a
 * cover, contents with page numbers, bookmarks per chapter and statement, a running header, "Page
 * X of Y", tables that repeat their header and never split a row, the wide equity statements on
 * landscape pages — with a Chinese font embedded. Two runs on the same report write the same bytes:
 * the document's dates are its {@link DocumentDate}, never the clock (see {@link ReproduciblePdf}).
 *
 * <p>The font: the first of {@code XREPORT_CJK_FONT} (a .ttf, .otf or .ttc file) and Debian's
 * Noto Sans CJK or WenQuanYi Micro Hei that exists. Without one the PDF is still written, and a
 * warning says what to install.
 */
public final class PdfRenderer implements Renderer {
    /** Fonts tried in order when {@code XREPORT_CJK_FONT} is not set. */
    static final List<String> SYSTEM_FONTS = List.of(
            "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc",
            "/usr/share/fonts/opentype/noto/NotoSansCJK-Bold.ttc",
            "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc");

    private final HtmlRenderer html;
    private final String lang;
    private final java.util.function.Supplier<List<Path>> fonts;

    public PdfRenderer(String lang, Path userTemplates) {
        this(lang, userTemplates, (String) null);
    }

    /** @param cjkFont the Chinese font to embed: a font file, "none" for no font, or null for the usual search */
    public PdfRenderer(String lang, Path userTemplates, String cjkFont) {
        this(lang, userTemplates, cjkFont == null ? PdfRenderer::fonts
                : cjkFont.equals("none") ? List::of : () -> fonts(cjkFont));
    }

    /** With the Chinese fonts to embed given (tests use this for a machine without any). */
    PdfRenderer(String lang, Path userTemplates, java.util.function.Supplier<List<Path>> fonts) {
        this.lang = lang == null ? "en" : lang;
        this.html = new HtmlRenderer(this.lang, userTemplates);
        this.fonts = fonts;
    }

    @Override
    public String format() {
        return "pdf";
    }

    @Override
    public Path render(Report report, Cells cells, Taxonomy taxonomy, Findings findings, Path dir) throws IOException {
        String xhtml = html.renderForPrint(report, cells, taxonomy);
        Path file = dir.resolve(report.id() + (lang.equals("en") ? "" : "-" + lang) + ".pdf");
        System.setProperty("xr.util-logging.loggingEnabled", "false"); // xreport speaks through findings
        org.xhtmlrenderer.util.XRLog.setLoggingEnabled(false);
        ITextRenderer renderer = offlineRenderer();
        List<Path> fonts = this.fonts.get();
        if (fonts.isEmpty()) {
            findings.add(Code.PDF_NO_CJK_FONT, Source.NONE, "no Chinese font to embed, so Chinese text in "
                    + file.getFileName() + " shows as blanks: install Debian's fonts-noto-cjk (or fonts-wqy-microhei), "
                    + "or name a .ttf, .otf or .ttc file with --cjk-font or XREPORT_CJK_FONT");
        }
        for (Path font : fonts) {
            try {
                renderer.getFontResolver().addFont(font.toString(), BaseFont.IDENTITY_H, BaseFont.EMBEDDED);
            } catch (com.lowagie.text.DocumentException e) {
                throw new IOException("cannot use the font " + font + ": " + e.getMessage(), e);
            }
        }
        renderer.setDocumentFromString(xhtml);
        renderer.layout();
        // written whole in memory first: the file identifier is a digest of the finished document
        ByteArrayOutputStream pdf = new ByteArrayOutputStream(1 << 20);
        try {
            renderer.createPDF(pdf, false);
            renderer.getWriter().getExtraCatalog().put(PdfName.LANG, new PdfString(lang.equals("zh") ? "zh-CN" : lang));
            ReproduciblePdf.date(renderer.getWriter().getInfo(), DocumentDate.of(report));
            ReproduciblePdf.subsetTags(renderer.getFontResolver());
            renderer.finishPDF();
        } catch (com.lowagie.text.DocumentException e) {
            throw new IOException(e.getMessage(), e);
        }
        Files.write(file, ReproduciblePdf.contentId(pdf.toByteArray()));
        return file;
    }

    /**
     * A Flying Saucer renderer that opens no URL: the page is given as a string with its styles
     * inline, fonts are added by file, so whatever else a page asks for (an image or stylesheet on a
     * server or on disk, from a user's template) is refused, never fetched. The templates are checked
     * for such references before a run (XR-TPL-402); this holds for any caller of the renderer.
     */
    private static ITextRenderer offlineRenderer() {
        float dotsPerPoint = 20f * 4f / 3f; // Flying Saucer's defaults
        int dotsPerPixel = 20;
        org.xhtmlrenderer.pdf.ITextOutputDevice device = new org.xhtmlrenderer.pdf.ITextOutputDevice(dotsPerPoint);
        org.xhtmlrenderer.pdf.ITextUserAgent agent = new org.xhtmlrenderer.pdf.ITextUserAgent(device, dotsPerPixel) {
            @Override
            protected java.io.InputStream openStream(String uri) throws IOException {
                throw new IOException("xreport opens no URL while writing a PDF: " + uri);
            }

            @Override
            protected java.net.URLConnection openConnection(String uri) throws IOException {
                throw new IOException("xreport opens no URL while writing a PDF: " + uri);
            }
        };
        ITextRenderer renderer = new ITextRenderer(dotsPerPoint, dotsPerPixel, device, agent);
        return renderer;
    }

    /** The Chinese fonts to embed: the one XREPORT_CJK_FONT names, else the system's. */
    static List<Path> fonts() {
        String chosen = System.getenv("XREPORT_CJK_FONT");
        if (chosen != null && !chosen.isBlank()) {
            return fonts(chosen);
        }
        return SYSTEM_FONTS.stream().map(Path::of).filter(Files::isRegularFile).toList();
    }

    private static List<Path> fonts(String file) {
        return Optional.of(Path.of(file)).filter(Files::isRegularFile).map(List::of).orElse(List.of());
    }
}
