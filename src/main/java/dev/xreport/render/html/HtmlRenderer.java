package dev.xreport.render.html;

import dev.xreport.derive.Cells;
import dev.xreport.diag.Findings;
import dev.xreport.model.Report;
import dev.xreport.render.Presentation;
import dev.xreport.render.RenderOptions;
import dev.xreport.render.Renderer;
import dev.xreport.taxonomy.Taxonomy;
import dev.xreport.taxonomy.TaxonomyWriter;
import dev.xreport.render.xbrl.XbrlRenderer;
import dev.xreport.xbrl.inline.ReportPackageWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;
import org.thymeleaf.templateresolver.FileTemplateResolver;

/**
 * {@code <id>.html}: the report as one self-contained XHTML page (stylesheet inlined, no external
 * request), from the Thymeleaf templates in {@code templates/}. A folder of the user's templates
 * overrides any template, fragment, stylesheet or message bundle of the same name; the rest come
 * from the defaults. The page is in English, or with {@code lang = "zh"} in the taxonomy's Chinese
 * labels and the Chinese bundles (the narrative stays as authored).
 */
public final class HtmlRenderer implements Renderer {
    private final RenderOptions options;
    private final Path userTemplates;
    private final boolean inline;
    /** What report.html binds the xr prefix to; the rendered page binds the report's own prefix to its namespace there instead (an attribute name with a colon cannot be set by Thymeleaf). */
    static final String NAMESPACE_PLACEHOLDER = "urn:xreport:report-namespace";

    public HtmlRenderer() {
        this(RenderOptions.DEFAULTS, false);
    }

    /**
     * @param lang          "en" or "zh"
     * @param userTemplates a folder of templates that replace the defaults of the same name, or null
     */
    public HtmlRenderer(String lang, Path userTemplates) {
        this(lang, userTemplates, false);
    }

    /**
     * @param inline true for the Inline XBRL document ({@code <id>.xhtml}, format "ixbrl"): the same
     *               page with every shown figure tagged and the facts in an ix:header
     */
    public HtmlRenderer(String lang, Path userTemplates, boolean inline) {
        this(new RenderOptions(lang, userTemplates, null), inline);
    }

    /** @param inline true for the Inline XBRL document, as above */
    public HtmlRenderer(RenderOptions options, boolean inline) {
        this.options = options;
        this.userTemplates = options.templates();
        this.inline = inline;
    }

    @Override
    public String format() {
        return inline ? "ixbrl" : "html";
    }

    @Override
    public Path render(Report report, Cells cells, Taxonomy taxonomy, Findings findings, Path dir) throws IOException {
        String name = report.id() + Presentation.suffix(report, options.lang());
        Path file = dir.resolve(name + (inline ? ".xhtml" : ".html"));
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write(page(report, cells, taxonomy, false));
        }
        if (inline) {
            // the filing: the document with its taxonomy as a Report Package
            ReportPackageWriter.write(name, file, taxonomy, XbrlRenderer.TAXONOMY_FOLDER, dir.resolve(name + ".zip"));
        }
        return file;
    }

    /** The same page laid out for paper: the XHTML the PDF renderer gives Flying Saucer. */
    public String renderForPrint(Report report, Cells cells, Taxonomy taxonomy) throws IOException {
        return page(report, cells, taxonomy, true);
    }

    private String page(Report report, Cells cells, Taxonomy taxonomy, boolean print) throws IOException {
        Presentation presentation = Presentation.of(report, options);
        InlineTags tags = inline && !print ? new InlineTags(report,
                XbrlRenderer.TAXONOMY_FOLDER + "/" + TaxonomyWriter.entryPoint(taxonomy)) : null;
        View.Document doc = new ViewBuilder(report, cells, taxonomy, presentation, tags).build(stylesheet("report.css"));
        if (print) {
            doc = doc.forPdf(stylesheet("print.css"));
        }
        Context context = new Context(Locale.forLanguageTag(presentation.lang()));
        context.setVariable("doc", doc);
        String page = engine(presentation.messages()).process("report", context).replace("xmlns:xr=\"" + NAMESPACE_PLACEHOLDER + "\"",
                "xmlns:" + report.vocabulary().prefix() + "=\"" + InlineTags.escape(report.vocabulary().namespace()) + "\"");
        return tags == null ? page : xhtml11(page);
    }

    private static final java.util.regex.Pattern HTML5_ELEMENT =
            java.util.regex.Pattern.compile("<(/?)(?:section|nav|main|header|footer|article|aside|figure|figcaption)\\b");

    /**
     * The page in the XHTML 1.1 vocabulary that the Inline XBRL 1.1 schema accepts: HTML5 sectioning
     * elements become div (each keeps its class and id), data- attributes go, the charset meta becomes its http-equiv form,
     * style gets its type, and the root keeps xml:lang only.
     */
    static String xhtml11(String page) {
        String out = HTML5_ELEMENT.matcher(page).replaceAll("<$1div").replaceAll(" data-[a-z-]+=\"[^\"]*\"", "");
        out = out.replace("<meta charset=\"UTF-8\"/>", "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=UTF-8\"/>")
                .replace("<style>", "<style type=\"text/css\">");
        int root = out.indexOf("<html");
        int end = out.indexOf('>', root);
        String start = out.substring(root, end).replaceFirst("\\slang=\"[^\"]*\"", "");
        return out.substring(0, root) + start + out.substring(end);
    }

    /** One engine per render: the user's folder first, then the defaults packaged with xreport. */
    private TemplateEngine engine(dev.xreport.render.Messages words) {
        TemplateEngine engine = new TemplateEngine();
        // #{...} in any template reads the same bundles as the rest of xreport: the user's, else the defaults
        engine.setMessageResolver(new org.thymeleaf.messageresolver.AbstractMessageResolver() {
            @Override
            public String resolveMessage(org.thymeleaf.context.ITemplateContext context, Class<?> origin, String key,
                                         Object[] parameters) {
                String text = words.has(key) ? words.get(key) : null;
                return text == null || parameters == null || parameters.length == 0 ? text
                        : java.text.MessageFormat.format(text, parameters);
            }

            @Override
            public String createAbsentMessageRepresentation(org.thymeleaf.context.ITemplateContext context, Class<?> origin,
                                                            String key, Object[] parameters) {
                return "??" + key + "??";
            }
        });
        int order = 1;
        if (userTemplates != null) {
            FileTemplateResolver user = new FileTemplateResolver();
            user.setPrefix(userTemplates.toAbsolutePath() + "/");
            user.setSuffix(".html");
            user.setTemplateMode(TemplateMode.XML);
            user.setCharacterEncoding("UTF-8");
            user.setCheckExistence(true);
            user.setCacheable(false);
            user.setOrder(order++);
            engine.addTemplateResolver(user);
        }
        ClassLoaderTemplateResolver defaults = new ClassLoaderTemplateResolver(HtmlRenderer.class.getClassLoader());
        defaults.setPrefix("templates/");
        defaults.setSuffix(".html");
        defaults.setTemplateMode(TemplateMode.XML);
        defaults.setCharacterEncoding("UTF-8");
        defaults.setOrder(order);
        engine.addTemplateResolver(defaults);
        return engine;
    }

    private String stylesheet(String name) throws IOException {
        Path user = userTemplates == null ? null : userTemplates.resolve(name);
        if (user != null && Files.isRegularFile(user)) {
            return Files.readString(user, StandardCharsets.UTF_8);
        }
        try (InputStream in = HtmlRenderer.class.getClassLoader().getResourceAsStream("templates/" + name)) {
            return in == null ? "" : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
