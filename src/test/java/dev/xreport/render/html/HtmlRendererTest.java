package dev.xreport.render.html;

import static org.assertj.core.api.Assertions.assertThat;

import dev.xreport.TestSupport;
import dev.xreport.derive.Cells;
import dev.xreport.diag.Findings;
import dev.xreport.model.Column;
import dev.xreport.model.FactTable;
import dev.xreport.model.Report;
import dev.xreport.model.Row;
import dev.xreport.taxonomy.Taxonomy;
import dev.xreport.taxonomy.TaxonomyCompiler;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** The WeBank report as one HTML page: well-formed, self-contained, every statement figure in its table. */
class HtmlRendererTest {
    private static final String XHTML = "http://www.w3.org/1999/xhtml";
    private final Report report = TestSupport.webank();

    private Path render(Path dir, String lang, Path templates) throws Exception {
        return new HtmlRenderer(lang, templates).render(report, new Cells(report), new Findings(), dir);
    }

    private static Document parse(Path file) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        f.setExpandEntityReferences(false);
        return f.newDocumentBuilder().parse(file.toFile());
    }

    private static Element byId(Document doc, String id) {
        NodeList all = doc.getElementsByTagNameNS(XHTML, "*");
        for (int i = 0; i < all.getLength(); i++) {
            Element e = (Element) all.item(i);
            if (id.equals(e.getAttribute("id"))) {
                return e;
            }
        }
        throw new AssertionError("no element with id " + id);
    }

    /** The rows of a table element: for each body row, the label and the texts of its figure cells. */
    private static List<List<String>> rows(Element wrap) {
        List<List<String>> out = new ArrayList<>();
        NodeList trs = ((Element) wrap.getElementsByTagNameNS(XHTML, "tbody").item(0)).getElementsByTagNameNS(XHTML, "tr");
        for (int i = 0; i < trs.getLength(); i++) {
            Element tr = (Element) trs.item(i);
            List<String> cells = new ArrayList<>();
            cells.add(tr.getElementsByTagNameNS(XHTML, "th").item(0).getTextContent());
            NodeList tds = tr.getElementsByTagNameNS(XHTML, "td");
            for (int j = 0; j < tds.getLength(); j++) {
                Element td = (Element) tds.item(j);
                if (!td.getAttribute("class").equals("note")) {
                    cells.add(td.getTextContent());
                }
            }
            out.add(cells);
        }
        return out;
    }

    @Test
    void isWellFormedXhtmlWithLanguageAndSemanticTables(@TempDir Path dir) throws Exception {
        Document doc = parse(render(dir, "en", null));
        Element html = doc.getDocumentElement();
        assertThat(html.getNamespaceURI()).isEqualTo(XHTML);
        assertThat(html.getAttribute("lang")).isEqualTo("en");
        // every id once: a chapter and a table may share an id in the report, never on the page
        List<String> ids = new ArrayList<>();
        org.w3c.dom.NodeList all = doc.getElementsByTagName("*");
        for (int i = 0; i < all.getLength(); i++) {
            String id = ((Element) all.item(i)).getAttribute("id");
            if (!id.isEmpty()) {
                ids.add(id);
            }
        }
        assertThat(ids).doesNotHaveDuplicates().contains("corporate-information", "table-corporate-information");
        assertThat(html.getAttributeNS("http://www.w3.org/XML/1998/namespace", "lang")).isEqualTo("en");
        Element bs = byId(doc, "table-balance-sheet");
        assertThat(bs.getElementsByTagNameNS(XHTML, "caption").getLength()).isEqualTo(1);
        assertThat(bs.getElementsByTagNameNS(XHTML, "thead").getLength()).isEqualTo(1);
        assertThat(((Element) bs.getElementsByTagNameNS(XHTML, "tbody").item(0)).getElementsByTagNameNS(XHTML, "th")
                .item(0).getAttributes().getNamedItem("scope").getNodeValue()).isEqualTo("row");
    }

    @Test
    void makesNoExternalRequest(@TempDir Path dir) throws Exception {
        String html = Files.readString(render(dir, "en", null));
        Matcher m = Pattern.compile("(?i)(src|href)\\s*=\\s*\"([^\"]*)\"").matcher(html);
        while (m.find()) {
            assertThat(m.group(2)).as(m.group()).doesNotContainPattern("(?i)^(https?:)?//");
        }
        assertThat(html).doesNotContainPattern("(?i)url\\(\\s*['\"]?(https?:)?//").doesNotContainPattern("(?i)@import");
        assertThat(html).doesNotContain("<link ").doesNotContain("<script");
    }

    /** Every figure of the four statements, cell for cell, in its table of the page. */
    @Test
    void everyFigureOfTheStatementsIsInItsTable(@TempDir Path dir) throws Exception {
        Document doc = parse(render(dir, "en", null));
        Cells cells = new Cells(report);
        int figures = 0;
        for (String id : List.of("balance-sheet", "income-statement", "cash-flow-statement", "equity-statement-2022",
                "equity-statement-2021")) {
            FactTable t = (FactTable) report.table(id).orElseThrow();
            List<List<String>> page = rows(byId(doc, "table-" + id));
            assertThat(page).hasSize(t.rows().size());
            for (int i = 0; i < t.rows().size(); i++) {
                Row r = t.rows().get(i);
                List<String> expected = new ArrayList<>();
                expected.add(r.label());
                if (r.hasFigures()) {
                    for (Column c : t.columns()) {
                        expected.add(cells.text(t, r, c));
                        figures += cells.fact(t, r, c).isPresent() ? 1 : 0;
                    }
                }
                assertThat(page.get(i)).as("%s row %d", id, i).isEqualTo(expected);
            }
        }
        assertThat(figures).isEqualTo(64 + 52 + 80 + 30 + 42);
    }

    /** With zh, the balance sheet's row words are the Chinese labels of the taxonomy. */
    @Test
    void inChineseTheRowLabelsAreTheTaxonomysChineseLabels(@TempDir Path dir) throws Exception {
        Path file = render(dir, "zh", null);
        assertThat(file.getFileName().toString()).isEqualTo("webank-2022-zh.html");
        Document doc = parse(file);
        assertThat(doc.getDocumentElement().getAttribute("lang")).isEqualTo("zh");
        Taxonomy taxonomy = TaxonomyCompiler.compile(report, new Findings());
        FactTable bs = (FactTable) report.table("balance-sheet").orElseThrow();
        List<List<String>> page = rows(byId(doc, "table-balance-sheet"));
        for (int i = 0; i < bs.rows().size(); i++) {
            String zh = taxonomy.rowLabel("balance-sheet", bs.rows().get(i).id(), "zh").orElseThrow();
            assertThat(page.get(i).get(0)).isEqualTo(zh).matches(".*\\p{IsHan}.*");
        }
        assertThat(page.get(1).get(0)).isEqualTo("现金及存放中央银行款项");
        assertThat(Files.readString(file)).contains("目录", "单位：人民币千元", "资产负债表");
    }

    /** A user's fragment replaces the default of the same name, and nothing else changes. */
    @Test
    void aUserTemplateReplacesOnlyItsPart(@TempDir Path dir, @TempDir Path templates) throws Exception {
        Files.createDirectories(templates.resolve("fragments"));
        Files.writeString(templates.resolve("fragments/cover.html"), """
                <?xml version="1.0" encoding="UTF-8"?>
                <html xmlns="http://www.w3.org/1999/xhtml" xmlns:th="http://www.thymeleaf.org"><body>
                <header th:fragment="cover(doc)" class="cover" id="cover"><h1 class="custom" th:text="${doc.entity()}">x</h1></header>
                </body></html>
                """);
        Path standard = render(Files.createDirectories(dir.resolve("a")), "en", null);
        Path custom = render(Files.createDirectories(dir.resolve("b")), "en", templates);
        String a = Files.readString(standard);
        String b = Files.readString(custom);
        assertThat(b).contains("<h1 class=\"custom\">WeBank Co., Ltd.</h1>");
        String coverless = "(?s)<header class=\"cover\" id=\"cover\">.*?</header>";
        assertThat(b.replaceAll(coverless, "")).isEqualTo(a.replaceAll(coverless, ""));
        assertThat(a.replaceAll(coverless, "")).isNotEqualTo(a);
    }
}
