package dev.xreport.arelle;

import dev.xreport.diag.Severity;
import dev.xreport.generate.Generator;
import dev.xreport.generate.Request;
import dev.xreport.generate.Result;
import dev.xreport.synth.SyntheticReport;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The XBRL deliverables of every test report — the embedded WeBank report, each folder of
 * {@code src/test/resources/reports/} and of {@code examples/}, and a synthetic report of {@value #SYNTHETIC_FACTS} facts —
 * generated with the {@link Generator} once per test run into {@code target/arelle-work/generated/}.
 */
public final class ReportDeliverables {
    static final Path WORK = Path.of("target/arelle-work");
    private static final Path TEST_REPORTS = Path.of("src/test/resources/reports");
    /** The example reports a user copies: a US not-for-profit in dollars, a UK company in pounds millions. */
    private static final Path EXAMPLES = Path.of("examples");
    private static final int SYNTHETIC_FACTS = 1000;
    private static final List<String> FORMATS = List.of("xbrl", "ixbrl");
    private static List<Generated> generated;

    private ReportDeliverables() { }

    /**
     * One report's XBRL deliverables.
     *
     * @param name            the report's id
     * @param instance        the XBRL 2.1 instance ({@code <id>.xbrl}), its taxonomy in {@code taxonomy} beside it
     * @param inline          the Inline XBRL document ({@code <id>.xhtml})
     * @param reportPackage   the report package ({@code <id>.zip})
     * @param taxonomyPackage the taxonomy package ({@code <id>-taxonomy.zip})
     * @param taxonomy        the taxonomy folder the instance's schemaRef points into
     */
    public record Generated(String name, Path instance, Path inline, Path reportPackage, Path taxonomyPackage, Path taxonomy) {
        /** Every file an XBRL processor opens: instance, Inline XBRL document, report package, taxonomy package. */
        public List<Path> xbrlFiles() {
            return List.of(instance, inline, reportPackage, taxonomyPackage);
        }
    }

    /** Every test report's deliverables, generated on the first call. */
    public static synchronized List<Generated> all() {
        if (generated == null) {
            try {
                generated = generate(WORK.resolve("generated"));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return generated;
    }

    private static List<Generated> generate(Path out) throws IOException {
        dev.xreport.internal.Trees.delete(out);
        Path synthetic = out.resolve("synthetic-source");
        SyntheticReport.write(synthetic, SYNTHETIC_FACTS, 1);
        List<Path> reports = new ArrayList<>();
        reports.add(null); // the embedded WeBank report
        for (Path folder : List.of(TEST_REPORTS, EXAMPLES)) {
            try (Stream<Path> dirs = Files.list(folder)) {
                dirs.filter(d -> Files.isRegularFile(d.resolve("report.yaml"))).sorted().forEach(reports::add);
            }
        }
        reports.add(synthetic);
        Generator generator = new Generator(line -> { });
        List<Generated> all = new ArrayList<>();
        long t0 = System.nanoTime();
        for (Path report : reports) {
            Result r = generator.generate(new Request(report, out, FORMATS, Severity.INCONSISTENCY));
            if (r.outputDir() == null) {
                throw new IllegalStateException((report == null ? "the embedded report" : report) + " did not generate: "
                        + r.findings().all());
            }
            all.add(of(r.report().id(), r.outputDir()));
        }
        System.out.printf("ReportDeliverables: %d reports generated (xbrl, ixbrl) in %d ms%n", all.size(),
                (System.nanoTime() - t0) / 1_000_000);
        return List.copyOf(all);
    }

    private static Generated of(String id, Path dir) {
        return new Generated(id, dir.resolve(id + ".xbrl"), dir.resolve(id + ".xhtml"), dir.resolve(id + ".zip"),
                dir.resolve(id + "-taxonomy.zip"), dir.resolve("taxonomy"));
    }
}
