package dev.xreport.taxonomy;

import static org.assertj.core.api.Assertions.assertThat;

import dev.xreport.TestSupport;
import dev.xreport.diag.Findings;
import dev.xreport.load.ReportLoader;
import dev.xreport.model.Report;
import dev.xreport.synth.SyntheticReport;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * No two arcs of one extended link join the same two labels (XLink 1.0 section 5.1.5, Arelle's
 * xlink:dupArcs): a concept shown twice under one parent, and a dimension whose domain is also
 * its default, get a second locator of the concept instead.
 */
class LocatorsTest {
    private static final String XLINK = "http://www.w3.org/1999/xlink";

    private static Taxonomy.Arc arc(String arcrole, String from, String to, int order) {
        return new Taxonomy.Arc(arcrole, from, to, order, null, null, Map.of());
    }

    @Test
    void aSecondArcBetweenTheSameConceptsGoesToASecondLocator() {
        Locators l = new Locators(new Taxonomy.Network("r", List.of(
                arc("parent-child", "Movements", "Equity", 1),
                arc("parent-child", "Movements", "Profit", 2),
                arc("parent-child", "Movements", "Equity", 3),
                arc("parent-child", "Movements", "Equity", 4),
                arc("parent-child", "Other", "Equity", 1))));
        assertThat(l.all()).extracting(Locators.Loc::label).containsExactly("Movements", "Equity", "Profit", "Equity_2", "Equity_3", "Other");
        assertThat(l.all()).extracting(Locators.Loc::concept).containsExactly("Movements", "Equity", "Profit", "Equity", "Equity", "Other");
        assertThat(List.of(l.to(0), l.to(2), l.to(3), l.to(4))).containsExactly("Equity", "Equity_2", "Equity_3", "Equity");
        assertThat(l.from(4)).isEqualTo("Other");
    }

    @Test
    void aSecondLocatorNeverTakesTheLabelOfAnotherConcept() {
        Locators l = new Locators(new Taxonomy.Network("r", List.of(
                arc("dimension-domain", "Axis", "Domain", 1),
                arc("dimension-default", "Axis", "Domain", 1),
                arc("domain-member", "Domain", "Domain_2", 1))));
        assertThat(l.to(1)).isEqualTo("Domain_3");
        assertThat(l.all()).extracting(Locators.Loc::label).doesNotHaveDuplicates();
    }

    @Test
    void theTestReportsTaxonomiesHaveNoDuplicateArcs(@TempDir Path tmp) throws Exception {
        List<Report> reports = new ArrayList<>(List.of(TestSupport.webank()));
        for (String name : List.of("minimal", "rich")) {
            reports.add(ReportLoader.load(Path.of("src/test/resources/reports", name)).report());
        }
        SyntheticReport.write(tmp.resolve("synth"), 1000, 1);
        reports.add(ReportLoader.load(tmp.resolve("synth")).report());
        int twice = 0;
        for (Report report : reports) {
            Path dir = tmp.resolve(report.id());
            Files.createDirectories(dir);
            for (Path file : TaxonomyWriter.write(TaxonomyCompiler.compile(report, new Findings()), dir)) {
                if (file.getFileName().toString().endsWith(".xml") && !file.toString().contains("META-INF")) {
                    twice += checkLinkbase(file);
                }
            }
        }
        assertThat(twice).as("arcs to a concept's second locator in the test reports (WeBank shows several)").isPositive();
    }

    /** Asserts the links of {@code file} have no duplicate arcs and every arc label is a locator; returns how many arcs end at a second locator. */
    private static int checkLinkbase(Path file) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        Document doc = f.newDocumentBuilder().parse(file.toFile());
        int second = 0;
        for (Element link : children(doc.getDocumentElement())) {
            if (!"extended".equals(link.getAttributeNS(XLINK, "type"))) {
                continue;
            }
            Map<String, String> hrefOf = new HashMap<>();
            Set<String> pairs = new HashSet<>();
            for (Element e : children(link)) {
                if ("locator".equals(e.getAttributeNS(XLINK, "type"))) {
                    assertThat(hrefOf.put(e.getAttributeNS(XLINK, "label"), e.getAttributeNS(XLINK, "href")))
                            .as("%s: one locator per label", file.getFileName()).isNull();
                }
            }
            for (Element e : children(link)) {
                if ("arc".equals(e.getAttributeNS(XLINK, "type"))) {
                    String from = e.getAttributeNS(XLINK, "from");
                    String to = e.getAttributeNS(XLINK, "to");
                    assertThat(pairs.add(from + " " + to)).as("%s %s: a second arc from %s to %s",
                            file.getFileName(), link.getAttributeNS(XLINK, "role"), from, to).isTrue();
                    if (hrefOf.containsKey(to) && !hrefOf.get(to).endsWith("_" + to)) {
                        second++;
                    }
                }
            }
        }
        return second;
    }

    private static List<Element> children(Element parent) {
        List<Element> out = new ArrayList<>();
        NodeList nodes = parent.getChildNodes();
        for (int i = 0; i < nodes.getLength(); i++) {
            if (nodes.item(i).getNodeType() == Node.ELEMENT_NODE) {
                out.add((Element) nodes.item(i));
            }
        }
        return out;
    }
}
