package dev.xreport.xbrl.validate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.xreport.TestSupport;
import dev.xreport.diag.Finding;
import dev.xreport.diag.Severity;
import dev.xreport.diag.SpecErrors;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * Runs the full XBRL 2.1 conformance suite (58 testcases, 548 variations) and the XBRL Dimensions
 * 1.0 suite (337 variations) in ../shared through {@link XbrlValidator}, and requires the expected
 * verdict for every variation not explained in src/test/resources/xbrl/conformance-known-differences.txt.
 * Where a variation names the error it expects (XBRL Dimensions: {@code xbrldte:...}, {@code xbrldie:...}),
 * an error finding whose code {@link SpecErrors} maps to that name is required. Both suites are run a
 * second time with the official copies of the XBRL schemas, which must give the same verdicts.
 */
class ConformanceSuiteTest {
    private static final String XBRL21 = "xbrl-testdata/conformance/xbrl-2.1/XBRL-CONF-2014-12-10";
    private static final String XDT = "xbrl-testdata/conformance/xdt/XDT-CONF-CR4-2009-10-06";

    /** One suite: its name, folder, index file, and the number of variations its index lists. */
    record Suite(String name, String folder, String index, int size) { }

    static final List<Suite> SUITES = List.of(
            new Suite("XBRL 2.1", XBRL21, "xbrl.xml", 548),
            new Suite("XBRL Dimensions 1.0", XDT, "xdt.xml", 337));

    /**
     * One variation: {@code series} is the folder of its testcase that groups it (100-schema, 200-xbrldie...),
     * {@code expectedError} the spec error it names, or null.
     */
    record Variation(Suite suite, String series, String testcase, String id, String name, Path input,
                     boolean expectValid, String expectedError) {
        String key() {
            return testcase + " " + id;
        }
    }

    private record Outcome(Variation variation, List<Finding> findings, Boolean referenceValid) { }

    @Test
    void everyVariationGivesItsExpectedVerdict() throws Exception {
        Optional<Path> shared = TestSupport.shared();
        assumeTrue(shared.isPresent() && Files.isDirectory(shared.get().resolve(XBRL21))
                && Files.isDirectory(shared.get().resolve(XDT)), "../shared is not present");
        long started = System.nanoTime();
        Map<String, String> known = knownDifferences();
        XbrlValidator own = new XbrlValidator();
        Path official = shared.get().resolve("xbrl-base-schemas");
        XbrlValidator reference = Files.isDirectory(official) ? new XbrlValidator(XbrlCatalog.mirror(official)) : null;

        List<String> unexpected = new ArrayList<>();
        List<String> schemaDisagreements = new ArrayList<>();
        Set<String> keys = new HashSet<>();
        for (Suite suite : SUITES) {
            List<Variation> variations = variations(shared.get().resolve(suite.folder()), suite);
            assertThat(variations).as(suite.name() + " variations").hasSize(suite.size());
            boolean compare = reference != null;
            long suiteStarted = System.nanoTime();
            // two cores: the variations are independent, and the validators are safe to share
            List<Outcome> outcomes = variations.parallelStream().map(v -> {
                List<Finding> findings = own.validate(v.input());
                Boolean referenceValid = compare ? XbrlValidator.isValid(reference.validate(v.input())) : null;
                return new Outcome(v, findings, referenceValid);
            }).toList();

            Map<String, int[]> perSeries = new TreeMap<>();
            int pass = 0;
            for (Outcome o : outcomes) {
                Variation v = o.variation();
                assertThat(keys.add(v.key())).as("variation key " + v.key() + " is unique").isTrue();
                String miss = miss(v, o.findings());
                int[] counts = perSeries.computeIfAbsent(v.series(), s -> new int[2]);
                counts[1]++;
                if (miss == null) {
                    pass++;
                    counts[0]++;
                    if (known.containsKey(v.key())) {
                        unexpected.add(v.key() + ": passes now; remove it from the known differences");
                    }
                } else if (!known.containsKey(v.key())) {
                    unexpected.add(v.key() + " (" + v.name() + ", " + v.input().getFileName() + "): " + miss
                            + o.findings().stream().map(f -> "\n      " + f).reduce("", String::concat));
                }
                boolean valid = XbrlValidator.isValid(o.findings());
                if (o.referenceValid() != null && o.referenceValid() != valid) {
                    schemaDisagreements.add(v.key() + ": own schemas say " + (valid ? "valid" : "invalid")
                            + ", official schemas say " + (o.referenceValid() ? "valid" : "invalid"));
                }
            }
            System.out.printf("%s: %d/%d variations pass (%.1f s, own and official schemas)%n", suite.name(), pass,
                    variations.size(), (System.nanoTime() - suiteStarted) / 1e9);
            perSeries.forEach((series, c) -> System.out.println("  " + series + ": " + c[0] + "/" + c[1]));
        }
        for (String k : known.keySet()) {
            if (!keys.contains(k)) {
                unexpected.add(k + ": listed in the known differences but no such variation");
            }
        }
        System.out.printf("conformance suites run in %.1f s%n", (System.nanoTime() - started) / 1e9);
        schemaDisagreements.forEach(System.out::println);
        unexpected.forEach(System.out::println);
        assertThat(schemaDisagreements).as("own and official XBRL schemas give the same verdict").isEmpty();
        assertThat(unexpected).as("variations with an unexpected verdict").isEmpty();
    }

    /** Why {@code findings} are not what {@code v} expects, or null when they are. */
    static String miss(Variation v, List<Finding> findings) {
        boolean valid = XbrlValidator.isValid(findings);
        if (valid != v.expectValid()) {
            return "expected " + (v.expectValid() ? "valid" : "invalid") + ", got " + (valid ? "valid" : "invalid");
        }
        if (v.expectedError() != null && findings.stream().noneMatch(f -> f.severity().reaches(Severity.INCONSISTENCY)
                && SpecErrors.of(f.code()).contains(v.expectedError()))) {
            return "expected " + v.expectedError() + ", got no finding that maps to it";
        }
        return null;
    }

    static List<Variation> variations(Path folder, Suite suite) throws Exception {
        List<Variation> out = new ArrayList<>();
        Document index = parse(folder.resolve(suite.index()));
        for (Element tc : elements(index.getDocumentElement(), "testcase")) {
            String uri = tc.getAttribute("uri");
            String[] parts = uri.split("/");
            // XBRL 2.1: Common/100-schema/...; XBRL Dimensions: 100-xbrldte/...
            String series = parts[0].equals("Common") ? parts[1] : parts[0];
            Path file = folder.resolve(uri);
            Document doc = parse(file);
            for (Element v : elements(doc.getDocumentElement(), "variation")) {
                Path input = null;
                Element data = elements(v, "data").get(0);
                for (Element d : elements(data, null)) {
                    if ("true".equals(d.getAttribute("readMeFirst").trim())) {
                        assertThat(input).as(uri + " " + v.getAttribute("id") + " has one readMeFirst").isNull();
                        input = file.resolveSibling(d.getTextContent().trim());
                    }
                }
                assertThat(input).as(uri + " " + v.getAttribute("id") + " has a readMeFirst").isNotNull();
                Element result = elements(v, "result").get(0);
                String expectedError = null;
                boolean expectValid;
                if (result.hasAttribute("expected")) {
                    // XBRL 2.1: <result expected="valid|invalid"/>
                    expectValid = "valid".equals(result.getAttribute("expected").trim());
                } else {
                    // XBRL Dimensions: <result><error>xbrldte:...</error></result>, or no error when valid
                    List<Element> errors = elements(result, "error");
                    expectValid = errors.isEmpty();
                    expectedError = errors.isEmpty() ? null : errors.get(0).getTextContent().trim();
                }
                out.add(new Variation(suite, series, file.getFileName().toString(), v.getAttribute("id"),
                        v.getAttribute("name"), input, expectValid, expectedError));
            }
        }
        return out;
    }

    /** {@code testcase-file variation-id: spec section: reason}, one a line; # starts a comment. */
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
                String why = l.substring(colon + 1).strip();
                int section = why.indexOf(':');
                assertThat(section).as("known difference without \"<spec section>: <reason>\": " + l).isPositive();
                assertThat(why.substring(0, section)).as("spec section of " + l).containsPattern("\\d");
                assertThat(why.substring(section + 1).strip()).as("reason of " + l).isNotEmpty();
                assertThat(out.put(l.substring(0, colon).strip(), l.substring(colon + 1).strip()))
                        .as("known difference listed twice: " + l).isNull();
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
