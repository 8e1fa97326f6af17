package dev.xreport.render.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.xreport.TestSupport;
import dev.xreport.derive.Cells;
import dev.xreport.diag.Findings;
import dev.xreport.model.Column;
import dev.xreport.model.FactTable;
import dev.xreport.model.Report;
import dev.xreport.model.Row;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The WeBank report as a PDF, read back with PDFBox: its text page by page, the contents' page
 * numbers, the landscape pages, the document properties, and page images under target/pdf-pages/
 * for a person to look at.
 */
class PdfRendererTest {
    private static final Path PAGES = Path.of("target/pdf-pages");
    private static final Report REPORT = TestSupport.webank();
    private static Path pdf;
    private static List<String> text;
    private static Findings findings;

    @BeforeAll
    static void render() throws Exception {
        Path dir = Files.createTempDirectory("xreport-pdf-");
        findings = new Findings();
        pdf = new PdfRenderer("en", null).render(REPORT, new Cells(REPORT), findings, dir);
        text = new ArrayList<>();
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            PDFTextStripper stripper = new PDFTextStripper();
            for (int p = 1; p <= doc.getNumberOfPages(); p++) {
                stripper.setStartPage(p);
                stripper.setEndPage(p);
                text.add(stripper.getText(doc));
            }
        }
    }

    /** The page whose first line after the running header is {@code heading}. */
    private static int pageLedBy(String heading) {
        for (int p = 3; p <= text.size(); p++) {
            List<String> lines = text.get(p - 1).lines().map(String::strip).filter(l -> !l.isEmpty())
                    .filter(l -> !l.startsWith("WeBank Co., Ltd. · ") && !l.matches("Page \\d+ of \\d+|\\d+ / \\d+")).toList();
            if (!lines.isEmpty() && (lines.get(0).equals(heading) || heading.startsWith(lines.get(0)) && lines.get(0).length() > 30)) {
                return p;
            }
        }
        return -1;
    }

    private static int pageOf(String words, int from) {
        for (int p = from; p <= text.size(); p++) {
            if (text.get(p - 1).contains(words)) {
                return p;
            }
        }
        return -1;
    }

    @Test
    void everyFigureOfTheFourStatementsIsOnItsPages() {
        Cells cells = new Cells(REPORT);
        int found = 0;
        for (String id : List.of("balance-sheet", "income-statement", "cash-flow-statement", "equity-statement-2022",
                "equity-statement-2021")) {
            FactTable t = (FactTable) REPORT.table(id).orElseThrow();
            int first = -1;
            for (int p = 3; p <= text.size() && first < 0; p++) {
                if (text.get(p - 1).contains(t.title()) && text.get(p - 1).contains(t.subtitle())) {
                    first = p;
                }
            }
            assertThat(first).as(id).isPositive();
            String pages = String.join("\n", text.subList(first - 1, Math.min(first + 2, text.size())));
            for (Row r : t.rows()) {
                for (Column c : t.columns()) {
                    String shown = cells.text(t, r, c);
                    if (cells.fact(t, r, c).isPresent() && !shown.equals(Cells.NIL)) {
                        assertThat(pages).as("%s / %s / %s", id, r.label(), c.label()).contains(shown);
                        found++;
                    }
                }
            }
        }
        assertThat(found).isGreaterThan(200);
    }

    @Test
    void theChineseNameShowsAndExtractsAsText() {
        assumeTrue(!PdfRenderer.fonts().isEmpty(), "no Chinese font on this machine (install fonts-noto-cjk)");
        assertThat(text.get(0)).contains("深圳前海微众银行股份有限公司");
        assertThat(findings.all()).noneMatch(f -> f.code().id().equals("XR-PDF-801"));
    }

    /** Each contents entry's page number is the page where that chapter's heading is. */
    @Test
    void theContentsPageNumbersAreRight() {
        String contents = text.get(1);
        assertThat(contents).contains("Contents");
        int checked = 0;
        for (var section : REPORT.sections()) {
            String heading = section.heading();
            Matcher m = Pattern.compile(Pattern.quote(heading.length() > 40 ? heading.substring(0, 40) : heading)
                    + "[^\\n]*?(\\n[^\\n]*?)?\\s(\\d+)\\s*\\n").matcher(contents);
            assertThat(m.find()).as("contents entry for %s", heading).isTrue();
            int page = Integer.parseInt(m.group(2));
            assertThat(pageLedBy(heading)).as("the page that opens with %s", heading).isEqualTo(page);
            checked++;
        }
        assertThat(checked).isEqualTo(14);
    }

    @Test
    void theEquityStatementsAreOnLandscapePagesAndTheRestPortrait() throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            int equity = pageOf("Cancellation of", 3);
            PDPage landscape = doc.getPage(equity - 1);
            assertThat(landscape.getMediaBox().getWidth()).isGreaterThan(landscape.getMediaBox().getHeight());
            PDPage cover = doc.getPage(0);
            assertThat(cover.getMediaBox().getHeight()).isGreaterThan(cover.getMediaBox().getWidth());
            assertThat(Math.round(cover.getMediaBox().getWidth() / 72 * 25.4)).isEqualTo(210); // A4
        }
    }

    @Test
    void runningHeaderFooterAndProperties() throws Exception {
        assertThat(text.get(4)).contains("WeBank Co., Ltd. · 2022 Annual Report").contains("Page 5 of " + text.size());
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            var info = doc.getDocumentInformation();
            assertThat(info.getTitle()).isEqualTo("WeBank Co., Ltd. — 2022 Annual Report");
            assertThat(info.getAuthor()).isEqualTo("WeBank Co., Ltd.");
            assertThat(info.getSubject()).contains("2022 Annual Report");
            assertThat(info.getKeywords()).contains("XBRL");
            assertThat(doc.getDocumentCatalog().getLanguage()).isEqualTo("en-GB"); // the report's locale
            assertThat(doc.getDocumentCatalog().getDocumentOutline()).isNotNull();
            List<String> outline = new ArrayList<>();
            doc.getDocumentCatalog().getDocumentOutline().children().forEach(i -> outline.add(i.getTitle()));
            assertThat(outline).contains("MANAGEMENT DISCUSSION AND ANALYSIS", "AUDIT AND FINANCIAL REPORTS").hasSize(14);
        }
    }

    /**
     * Every bookmark, the statements' included, leads to its page: one whose id the page lacks falls
     * back to the cover, where no bookmark belongs.
     */
    @Test
    void everyBookmarkLeadsToAPage() throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            List<String> statements = new ArrayList<>();
            java.util.Deque<org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem> todo = new java.util.ArrayDeque<>();
            doc.getDocumentCatalog().getDocumentOutline().children().forEach(todo::add);
            int n = 0;
            while (!todo.isEmpty()) {
                var item = todo.pop();
                item.children().forEach(todo::add);
                var page = item.findDestinationPage(doc);
                assertThat(page).as("the page of bookmark \"%s\"", item.getTitle()).isNotNull();
                assertThat(doc.getPages().indexOf(page)).as("the page of bookmark \"%s\"", item.getTitle()).isPositive();
                if (item.getTitle().startsWith("Balance Sheet") || item.getTitle().startsWith("Income Statement")) {
                    statements.add(item.getTitle());
                }
                n++;
            }
            assertThat(statements).isNotEmpty();
            assertThat(n).isGreaterThan(14);
        }
    }

    @Test
    void everyFontIsEmbedded() throws Exception {
        assumeTrue(!PdfRenderer.fonts().isEmpty(), "no Chinese font on this machine (install fonts-noto-cjk)");
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            int fonts = 0;
            for (PDPage page : doc.getPages()) {
                for (var name : page.getResources().getFontNames()) {
                    var font = page.getResources().getFont(name);
                    assertThat(font.isEmbedded()).as("%s on a page", font.getName()).isTrue();
                    fonts++;
                }
            }
            assertThat(fonts).isPositive();
        }
    }

    /** Without a Chinese font the PDF is still written, and a warning says what to install. */
    @Test
    void withoutAChineseFontAWarningNamesWhatToInstall() throws Exception {
        Path dir = Files.createTempDirectory("xreport-pdf-nofont-");
        Findings found = new Findings();
        Path file = new PdfRenderer("en", null, List::of).render(REPORT, new Cells(REPORT), found, dir);
        assertThat(file).exists();
        assertThat(found.all()).singleElement().satisfies(f -> {
            assertThat(f.code().id()).isEqualTo("XR-PDF-801");
            assertThat(f.severity()).isEqualTo(dev.xreport.diag.Severity.WARNING);
            assertThat(f.message()).contains("fonts-noto-cjk", "XREPORT_CJK_FONT");
        });
    }

    /** A table that runs onto the next page repeats its header there. */
    @Test
    void aContinuedTableRepeatsItsHeader() {
        int continued = 0;
        for (int p = 4; p <= text.size(); p++) {
            String page = text.get(p - 1);
            if (page.contains("Name of Major Awards") && !page.contains("Honors and Awards") && !page.contains("HONORS AND AWARDS")) {
                continued = p;
            }
        }
        assertThat(continued).as("a page continuing the awards table, with its header again").isPositive();
    }

    /** Pictures of the cover, the contents, the balance sheet, the equity statement and a continued table. */
    @Test
    void pagesAreRenderedForReview() throws Exception {
        Files.createDirectories(PAGES);
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            PDFRenderer renderer = new PDFRenderer(doc);
            int[] pages = {1, 2, pageOf("TOTAL ASSETS", 3), pageOf("Cancellation of", 3), text.size()};
            for (int p : pages) {
                BufferedImage image = renderer.renderImageWithDPI(p - 1, 60);
                Path file = PAGES.resolve("page-" + p + ".png");
                ImageIO.write(image, "png", file.toFile());
                assertThat(file).exists();
            }
        }
    }
}
