package dev.xreport.bench;

import dev.xreport.derive.Cells;
import dev.xreport.diag.Finding;
import dev.xreport.diag.Findings;
import dev.xreport.diag.Severity;
import dev.xreport.generate.XbrlCheck;
import dev.xreport.load.LoadResult;
import dev.xreport.load.ReportLoader;
import dev.xreport.model.Report;
import dev.xreport.render.Renderer;
import dev.xreport.render.html.HtmlRenderer;
import dev.xreport.render.pdf.PdfRenderer;
import dev.xreport.render.xbrl.XbrlRenderer;
import dev.xreport.render.xlsx.XlsxRenderer;
import dev.xreport.synth.SyntheticReport;
import dev.xreport.taxonomy.Taxonomy;
import dev.xreport.validate.ReportValidator;
import dev.xreport.xbrl.validate.XbrlValidator;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Measures xreport stage by stage — load, validate (the report's rules and compiling its taxonomy,
 * which the later stages are given, as in a run), XBRL instance and taxonomy, the instance's XBRL
 * check (XML Schema, XBRL 2.1, dimensions, Calculations 1.1), HTML, Inline XBRL, PDF, XLSX — for the WeBank report and synthetic reports of N facts
 * ({@link SyntheticReport}): the median wall time of the measured runs after warm-up runs, and the
 * peak heap in use during the stage (the sum of the heap pools' peaks, reset after a GC before the
 * stage: an upper bound, since the pools need not peak at the same moment).
 * Not a test (a smoke version is, {@code ScaleBenchmarkTest}); run it on a quiet machine:
 *
 * <pre>mvn -q test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt -Dmdep.includeScope=test
 * java -Xmx4g -cp target/classes:target/test-classes:$(cat target/cp.txt) dev.xreport.bench.ScaleBenchmark webank,10000,100000 3 1</pre>
 *
 * Arguments: the sizes (comma-separated; "webank" for the WeBank report), measured runs (default
 * 3), warm-up runs (default 1), and the largest size whose HTML, Inline XBRL and PDF are written
 * (default 20000 facts: a report a person would still print).
 */
public final class ScaleBenchmark {
    /** The stages, in the order a run takes them. */
    public static final List<String> STAGES = List.of("load", "validate", "xbrl", "check", "html", "ixbrl", "pdf", "xlsx");
    /** The steps of the instance check, each reported as a stage "check: step" without a heap figure. */
    public static final List<String> CHECK_STEPS = List.of("parse", "DTS", "XML Schema", "taxonomy", "XBRL 2.1 rules",
            "dimensions", "calculations");

    /** One stage's figures at one size. */
    public record Figure(String size, long facts, String stage, long medianMs, long peakHeapMb, int runs) { }

    private ScaleBenchmark() { }

    public static void main(String[] args) throws Exception {
        List<String> sizes = Arrays.asList((args.length > 0 ? args[0] : "webank,10000,100000").split(","));
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        int warmups = args.length > 2 ? Integer.parseInt(args[2]) : 1;
        long pagesUpTo = args.length > 3 ? Long.parseLong(args[3]) : 20_000;
        System.out.printf("java %s, %s, %d processors, max heap %d MB%n", System.getProperty("java.version"),
                System.getProperty("java.vm.name"), Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20);
        System.out.println("| size | facts | stage | median ms | peak heap MB | runs |");
        System.out.println("|---|---|---|---|---|---|");
        for (String size : sizes) {
            for (Figure f : run(size, runs, warmups, pagesUpTo)) {
                // a step of the check has no heap figure of its own
                String peak = f.stage().startsWith("check: ") ? "" : String.format("%,d", f.peakHeapMb());
                System.out.printf("| %s | %,d | %s | %,d | %s | %d |%n", f.size(), f.facts(), f.stage(), f.medianMs(), peak, f.runs());
            }
        }
    }

    /** Measures every stage at {@code size} ("webank" or a number of facts). */
    public static List<Figure> run(String size, int runs, int warmups, long pagesUpTo) throws IOException {
        Path work = Files.createTempDirectory("xreport-scale-");
        try {
            Path report;
            if (size.equals("webank")) {
                report = Path.of("src/main/reports/webank-2022");
            } else {
                report = work.resolve("report");
                SyntheticReport.write(report, Long.parseLong(size), 1);
            }
            Map<String, long[]> times = new LinkedHashMap<>();
            Map<String, Long> peaks = new LinkedHashMap<>();
            long facts = 0;
            for (int i = 0; i < warmups + runs; i++) {
                Map<String, long[]> one = once(report, work.resolve("run-" + i), pagesUpTo);
                facts = one.remove("facts")[0];
                if (i < warmups) {
                    continue;
                }
                for (var e : one.entrySet()) {
                    times.computeIfAbsent(e.getKey(), k -> new long[runs])[i - warmups] = e.getValue()[0];
                    peaks.merge(e.getKey(), e.getValue()[1], Math::max);
                }
                dev.xreport.internal.Trees.delete(work.resolve("run-" + i));
            }
            List<Figure> figures = new ArrayList<>();
            for (var e : times.entrySet()) {
                long[] t = e.getValue().clone();
                Arrays.sort(t);
                figures.add(new Figure(size, facts, e.getKey(), t[t.length / 2] / 1_000_000, peaks.get(e.getKey()) >> 20, runs));
            }
            return figures;
        } finally {
            dev.xreport.internal.Trees.delete(work);
        }
    }

    /** One run of every stage: per stage, {nanoseconds, peak heap bytes}; under "facts", the facts. */
    private static Map<String, long[]> once(Path reportPath, Path dir, long pagesUpTo) throws IOException {
        Files.createDirectories(dir);
        Map<String, long[]> m = new LinkedHashMap<>();
        Report[] report = new Report[1];
        Findings findings = new Findings();
        stage(m, "load", () -> {
            LoadResult r = ReportLoader.load(reportPath);
            report[0] = r.report();
            findings.addAll(r.findings().all());
        });
        require(report[0] != null && !findings.anyInputError(), findings);
        Report r = report[0];
        Cells cells = new Cells(r);
        Taxonomy[] taxonomy = new Taxonomy[1];
        stage(m, "validate", () -> taxonomy[0] = ReportValidator.validate(r, findings));
        require(!findings.any(Severity.INCONSISTENCY), findings);
        Path[] instance = new Path[1];
        stage(m, "xbrl", () -> instance[0] = new XbrlRenderer().render(r, cells, taxonomy[0], findings, dir));
        Map<String, long[]> steps = new LinkedHashMap<>();
        XbrlValidator validator = XbrlCheck.validator().withStepTimer((step, nanos) -> steps.put("check: " + step, new long[] {nanos, 0}));
        List<Finding> check = new ArrayList<>();
        stage(m, "check", () -> check.addAll(validator.validate(instance[0])));
        require(check.stream().noneMatch(f -> f.severity().reaches(Severity.INCONSISTENCY)), check);
        m.putAll(steps);
        boolean pages = r.facts().size() <= pagesUpTo;
        if (pages) {
            render(m, "html", new HtmlRenderer("en", null), r, cells, taxonomy[0], dir);
            render(m, "ixbrl", new HtmlRenderer("en", null, true), r, cells, taxonomy[0], dir);
            render(m, "pdf", new PdfRenderer("en", null), r, cells, taxonomy[0], dir);
        }
        render(m, "xlsx", new XlsxRenderer("en"), r, cells, taxonomy[0], dir);
        m.put("facts", new long[] {r.facts().size(), 0});
        return m;
    }

    private static void render(Map<String, long[]> m, String stage, Renderer renderer, Report r, Cells cells, Taxonomy taxonomy,
                               Path dir) throws IOException {
        Findings f = new Findings();
        stage(m, stage, () -> renderer.render(r, cells, taxonomy, f, dir));
        require(!f.any(Severity.ERROR), f.all());
    }

    private interface Step {
        void run() throws IOException;
    }

    private static void stage(Map<String, long[]> m, String name, Step step) throws IOException {
        System.gc();
        List<MemoryPoolMXBean> heap = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == MemoryType.HEAP).toList();
        heap.forEach(MemoryPoolMXBean::resetPeakUsage);
        long t = System.nanoTime();
        step.run();
        long ns = System.nanoTime() - t;
        long peak = heap.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
        m.put(name, new long[] {ns, peak});
    }

    private static void require(boolean ok, Findings findings) {
        require(ok, findings.all());
    }

    private static void require(boolean ok, List<Finding> findings) {
        if (!ok) {
            throw new IllegalStateException("the benchmark's report has findings: " + findings.stream().limit(5).toList());
        }
    }

}
