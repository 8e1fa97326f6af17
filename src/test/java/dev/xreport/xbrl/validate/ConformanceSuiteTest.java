package dev.xreport.xbrl.validate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.xreport.TestSupport;
import dev.xreport.diag.Finding;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * Runs the XBRL 2.1 conformance-suite subset in ../shared (13 testcases, 244 variations) through
 * {@link XbrlValidator}, once with xreport's own specification schemas and once with the official
 * copies, and requires the expected verdict for every variation not explained in
 * src/test/resources/xbrl/conformance-known-differences.txt.
 */
class ConformanceSuiteTest {
    private static final String SUITE = "xbrl-testdata/conformance/xbrl-2.1/XBRL-CONF-2014-12-10";

    record Variation(String testcase, String id, String name, Path input, boolean expectValid) {
        String key() {
            return testcase + " " + id;
        }
    }

    private record Outcome(Variation variation, List<Finding> findings, Boolean referenceValid) { }

    @Test
    void everyVariationGivesItsExpectedVerdict() throws Exception {
        Optional<Path> shared = TestSupport.shared();
        assumeTrue(shared.isPresent() && Files.isDirectory(shared.get().resolve(SUITE)), "../shared is not present");
        Path suite = shared.get().resolve(SUITE);
        List<Variation> variations = variations(suite);
        Map<String, String> known = knownDifferences();

        XbrlValidator own = new XbrlValidator();
        Path official = shared.get().resolve("xbrl-base-schemas");
        XbrlValidator reference = Files.isDirectory(official) ? new XbrlValidator(XbrlCatalog.mirror(official)) : null;

        // two cores: the variations are independent, and the validators are safe to share
        List<Outcome> outcomes = variations.parallelStream().map(v -> {
            List<Finding> findings = own.validate(v.input());
            Boolean referenceValid = reference == null ? null : XbrlValidator.isValid(reference.validate(v.input()));
            return new Outcome(v, findings, referenceValid);
        }).toList();

        int pass = 0;
        List<String> unexpected = new ArrayList<>();
        List<String> schemaDisagreements = new ArrayList<>();
        for (Outcome o : outcomes) {
            Variation v = o.variation();
            boolean valid = XbrlValidator.isValid(o.findings());
            if (valid == v.expectValid()) {
                pass++;
                if (known.containsKey(v.key())) {
                    unexpected.add(v.key() + ": passes now; remove it from the known differences");
                }
            } else if (!known.containsKey(v.key())) {
                unexpected.add(v.key() + " (" + v.name() + ", " + v.input().getFileName() + "): expected "
                        + (v.expectValid() ? "valid" : "invalid") + ", got " + (valid ? "valid" : "invalid")
                        + o.findings().stream().map(f -> "\n      " + f).reduce("", String::concat));
            }
            if (o.referenceValid() != null && o.referenceValid() != valid) {
                schemaDisagreements.add(v.key() + ": own schemas say " + (valid ? "valid" : "invalid")
                        + ", official schemas say " + (o.referenceValid() ? "valid" : "invalid"));
            }
        }
        System.out.println(pass + "/" + variations.size() + " variations pass");
        schemaDisagreements.forEach(System.out::println);
        unexpected.forEach(System.out::println);
        assertThat(variations).hasSize(244);
        assertThat(schemaDisagreements).as("own and official XBRL schemas give the same verdict").isEmpty();
        assertThat(unexpected).as("variations with an unexpected verdict").isEmpty();
    }

    static List<Variation> variations(Path suite) throws Exception {
        List<Variation> out = new ArrayList<>();
        Document index = parse(suite.resolve("xbrl-subset.xml"));
        for (Element tc : elements(index.getDocumentElement(), "testcase")) {
            Path file = suite.resolve(tc.getAttribute("uri"));
            Document doc = parse(file);
            for (Element v : elements(doc.getDocumentElement(), "variation")) {
                Path input = null;
                Element data = elements(v, "data").get(0);
                for (Element d : elements(data, null)) {
                    if ("true".equals(d.getAttribute("readMeFirst"))) {
                        input = file.resolveSibling(d.getTextContent().trim());
                    }
                }
                Element result = elements(v, "result").get(0);
                out.add(new Variation(file.getFileName().toString(), v.getAttribute("id"), v.getAttribute("name"),
                        input, "valid".equals(result.getAttribute("expected"))));
            }
        }
        return out;
    }

    /** {@code testcase-file variation-id: reason}, one a line; # starts a comment. */
    static Map<String, String> knownDifferences() throws IOException {
        Map<String, String> out = new LinkedHashMap<>();
        try (InputStream in = ConformanceSuiteTest.class.getResourceAsStream("/xbrl/conformance-known-differences.txt")) {
            if (in == null) {
                return out;
            }
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                String l = line.strip();
                if (l.isEmpty() || l.startsWith("#")) {
                    continue;
                }
                int colon = l.indexOf(':');
                assertThat(colon).as("known difference without a reason: " + l).isPositive();
                assertThat(l.substring(colon + 1).strip()).as("reason of " + l).isNotEmpty();
                out.put(l.substring(0, colon).strip(), l.substring(colon + 1).strip());
            }
        }
        return out;
    }

    private static Document parse(Path p) throws Exception {
        return XmlDocs.parse(Files.readAllBytes(p), p.toUri().toString());
    }

    private static List<Element> elements(Element parent, String local) {
        List<Element> out = new ArrayList<>();
        for (Element e : Ns.children(parent)) {
            if (local == null || local.equals(e.getLocalName())) {
                out.add(e);
            }
        }
        return out;
    }
}
