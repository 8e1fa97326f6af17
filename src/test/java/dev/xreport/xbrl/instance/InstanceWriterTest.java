package dev.xreport.xbrl.instance;

import static org.assertj.core.api.Assertions.assertThat;

import dev.xreport.Golden;
import dev.xreport.TestSupport;
import dev.xreport.load.ReportLoader;
import dev.xreport.model.Fact;
import dev.xreport.model.Report;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamReader;
import org.junit.jupiter.api.Test;
import org.xmlunit.builder.DiffBuilder;
import org.xmlunit.builder.Input;
import org.xmlunit.diff.Diff;

class InstanceWriterTest {
    private static final Path GOLDEN = Path.of("src/test/resources/golden/minimal.xbrl");

    private static byte[] write(Report report) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new InstanceWriter(report).write(out, "taxonomy/" + report.id() + ".xsd");
        return out.toByteArray();
    }

    /** The instance of the minimal report, reviewed by hand in src/test/resources/golden/minimal.xbrl. */
    @Test
    void theMinimalReportsInstanceIsTheReviewedOne() throws Exception {
        Report minimal = ReportLoader.load(Path.of("src/test/resources/reports/minimal")).report();
        byte[] actual = write(minimal);
        if (Golden.updating() || !Files.exists(GOLDEN)) {
            Golden.record(GOLDEN, actual);
        }
        Diff diff = DiffBuilder.compare(Input.fromFile(GOLDEN.toFile())).withTest(Input.fromByteArray(actual))
                .ignoreWhitespace().checkForSimilar().build();
        if (diff.hasDifferences()) {
            Golden.record(GOLDEN, actual);
        }
        assertThat(diff.hasDifferences()).as(diff.toString()).isFalse();
    }

    @Test
    void theSameReportGivesTheSameBytes() throws Exception {
        assertThat(write(TestSupport.webank())).isEqualTo(write(ReportLoader.loadDefault().report()));
    }

    /** Every fact of the WeBank report is in the instance, with its value, unit and decimals. */
    @Test
    void everyFactOfTheReportIsInTheInstance() throws Exception {
        Report report = TestSupport.webank();
        byte[] xml = write(report);
        XMLInputFactory f = XMLInputFactory.newFactory();
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        XMLStreamReader r = f.createXMLStreamReader(new ByteArrayInputStream(xml));
        Map<String, String> facts = new HashMap<>();
        String ns = report.vocabulary().namespace();
        while (r.hasNext()) {
            if (r.next() == XMLStreamConstants.START_ELEMENT && ns.equals(r.getNamespaceURI())) {
                String key = r.getLocalName() + "|" + r.getAttributeValue(null, "contextRef") + "|"
                        + r.getAttributeValue(null, "unitRef") + "|" + r.getAttributeValue(null, "decimals");
                assertThat(facts.put(key, r.getElementText())).as("stated once: " + key).isNull();
            }
        }
        assertThat(facts).hasSize(report.facts().size());
        for (Fact fact : report.facts()) {
            String key = fact.concept() + "|" + InstanceWriter.contextId(fact.period(), fact.dims()) + "|"
                    + fact.unit() + "|" + fact.decimals();
            assertThat(facts).containsKey(key);
            if (fact.isNumeric()) {
                assertThat(new BigDecimal(facts.get(key))).as(key).isEqualByComparingTo(fact.value());
            } else {
                assertThat(facts.get(key)).isEqualTo(fact.text());
            }
        }
    }
}
