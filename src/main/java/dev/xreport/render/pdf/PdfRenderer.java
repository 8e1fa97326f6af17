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
import dev.xreport.render.Presentation;
import dev.xreport.render.RenderOptions;
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
 * landscape pages. Two runs on the same report write the same bytes: the document's dates are its
 * {@link DocumentDate}, never the clock (see {@link ReproduciblePdf}).
 *
 * <p>The fonts: the text is set in Liberation Sans (SIL Open Font License, embedded as a subset),
 * which xreport carries. A CJK font is embedded only when the page has CJK text, and sets only
 * that text ({@link CjkRuns}): the first of {@code --cjk-font}, {@code XREPORT_CJK_FONT} (a .ttf,
 * .otf or .ttc file) and Debian's Noto Sans CJK or WenQuanYi Micro Hei that exists. Without one the
 * PDF is still written, and a warning names the CJK text that shows blank and what to install.
 */
public final class PdfRenderer implements Renderer {
    /** Fonts tried in order when {@code XREPORT_CJK_FONT} is not set. */
    static final List<String> SYSTEM_FONTS = List.of(
            "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc",
            "/usr/share/fonts/opentype/noto/NotoSansCJK-Bold.ttc",
            "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc");

    /** The text font's faces, on the class path (com.github.librepdf:openpdf-fonts-extra). */
    static final List<String> TEXT_FONTS = List.of("liberation/LiberationSans-Regular.ttf",
            "liberation/LiberationSans-Bold.ttf", "liberation/LiberationSans-Italic.ttf",
            "liberation/LiberationSans-BoldItalic.ttf");

    /** The family name the print stylesheet gives CJK text, whatever font file provides it. */
    static final String CJK_FAMILY = "xreport CJK";

    private final HtmlRenderer html;
    private final RenderOptions options;
    private final java.util.function.Supplier<List<Path>> fonts;

    public PdfRenderer(String lang, Path userTemplates) {
        this(new RenderOptions(lang, userTemplates, null));
    }

    /** @param cjkFont the CJK font to embed: a font file, "none" for no font, or null for the usual search */
    public PdfRenderer(String lang, Path userTemplates, String cjkFont) {
        this(new RenderOptions(lang, userTemplates, cjkFont));
    }

    public PdfRenderer(RenderOptions options) {
        this(options, options.cjkFont() == null ? PdfRenderer::fonts
                : options.cjkFont().equals("none") ? List::of : () -> fonts(options.cjkFont()));
    }

    /** With the CJK fonts to embed given (tests use this for a machine without any). */
    PdfRenderer(String lang, Path userTemplates, java.util.function.Supplier<List<Path>> fonts) {
        this(new RenderOptions(lang, userTemplates, null), fonts);
    }

    private PdfRenderer(RenderOptions options, java.util.function.Supplier<List<Path>> fonts) {
        this.options = options;
        this.html = new HtmlRenderer(options, false);
        this.fonts = fonts;
    }

    @Override
    public String format() {
        return "pdf";
    }

    @Override
    public Path render(Report report, Cells cells, Taxonomy taxonomy, Findings findings, Path dir) throws IOException {
        Presentation presentation = Presentation.of(report, options);
        String xhtml = html.renderForPrint(report, cells, taxonomy);
        Path file = dir.resolve(report.id() + presentation.fileSuffix() + ".pdf");
        System.setProperty("xr.util-logging.loggingEnabled", "false"); // xreport speaks through findings
        org.xhtmlrenderer.util.XRLog.setLoggingEnabled(false);
        ITextRenderer renderer = offlineRenderer();
        try {
            for (String face : TEXT_FONTS) {
                renderer.getFontResolver().addFont(face, BaseFont.IDENTITY_H, BaseFont.EMBEDDED);
            }
        } catch (com.lowagie.text.DocumentException e) {
            throw new IOException("cannot use xreport's text font: " + e.getMessage(), e);
        }
        int cjk = CjkRuns.first(xhtml);
        if (cjk >= 0) {
            xhtml = CjkRuns.wrap(xhtml);
            List<Path> fonts = this.fonts.get();
            if (fonts.isEmpty()) {
                findings.add(Code.PDF_NO_CJK_FONT, Source.NONE, "no CJK font to embed, so the report's CJK text (such as \""
                        + new String(Character.toChars(cjk)) + "\") shows as blanks in " + file.getFileName()
                        + ": install Debian's fonts-noto-cjk (or fonts-wqy-microhei), or name a .ttf, .otf or .ttc file "
                        + "with --cjk-font or XREPORT_CJK_FONT");
            }
            for (Path font : fonts) {
                try {
                    renderer.getFontResolver().addFont(face(font, presentation.languages()), CJK_FAMILY,
                            BaseFont.IDENTITY_H, BaseFont.EMBEDDED, null);
                } catch (com.lowagie.text.DocumentException e) {
                    throw new IOException("cannot use the font " + font + ": " + e.getMessage(), e);
                }
            }
        }
        renderer.setDocumentFromString(xhtml);
        renderer.layout();
        // written whole in memory first: the file identifier is a digest of the finished document
        ByteArrayOutputStream pdf = new ByteArrayOutputStream(1 << 20);
        try {
            renderer.createPDF(pdf, false);
            String lang = presentation.authored() && report.locale() != null ? report.locale() : presentation.lang();
            renderer.getWriter().getExtraCatalog().put(PdfName.LANG, new PdfString(lang));
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
     * The face of a font file to use: a .ttf or .otf as it is; of a collection (.ttc), the face for
     * the report's CJK language (simplified Chinese for zh, Japanese for ja, Korean for ko; the
     * first proportional face otherwise), named as OpenPDF reads one face of a collection: "file.ttc,2".
     */
    static String face(Path font, List<String> languages) throws IOException {
        String path = font.toString();
        if (!path.toLowerCase(java.util.Locale.ROOT).endsWith(".ttc")) {
            return path;
        }
        String[] names;
        try {
            names = BaseFont.enumerateTTCNames(path);
        } catch (com.lowagie.text.DocumentException e) {
            throw new IOException("cannot read the font collection " + font + ": " + e.getMessage(), e);
        }
        String want = languages.contains("zh-TW") || languages.contains("zh-Hant") ? "tc"
                : languages.contains("zh-HK") ? "hk" : languages.stream().anyMatch(l -> l.startsWith("zh")) ? "sc"
                : languages.contains("ja") ? "jp" : languages.contains("ko") ? "kr" : "sc";
        int fallback = -1;
        for (int i = 0; i < names.length; i++) {
            String n = names[i].toLowerCase(java.util.Locale.ROOT);
            if (n.contains("mono")) {
                continue;
            }
            if (fallback < 0) {
                fallback = i;
            }
            if (n.contains("cjk" + want) || n.endsWith(" " + want) || n.contains(want + "-")) {
                return path + "," + i;
            }
        }
        return path + "," + Math.max(fallback, 0);
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

    /** The CJK fonts to embed: the one XREPORT_CJK_FONT names, else the system's. */
    static List<Path> fonts() {
        String chosen = System.getenv("XREPORT_CJK_FONT");
        if (chosen != null && !chosen.isBlank()) {
            return fonts(chosen);
        }
        List<Path> found = SYSTEM_FONTS.stream().map(Path::of).filter(Files::isRegularFile).toList();
        // one family: Noto's regular and bold faces, or else WenQuanYi's one
        boolean noto = found.stream().anyMatch(p -> p.getFileName().toString().startsWith("NotoSansCJK"));
        return noto ? found.stream().filter(p -> p.getFileName().toString().startsWith("NotoSansCJK")).toList() : found;
    }

    private static List<Path> fonts(String file) {
        return Optional.of(Path.of(file)).filter(Files::isRegularFile).map(List::of).orElse(List.of());
    }
}
