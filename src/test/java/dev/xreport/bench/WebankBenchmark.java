package dev.xreport.bench;

import dev.xreport.generate.Generator;
import dev.xreport.generate.Request;
import dev.xreport.xbrl.validate.XbrlValidator;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Measures, in one JVM, the WeBank report end to end (load, rules, deliverables, XBRL check) and
 * the validation of its instance alone: the first call (cold) and the median of the next ones.
 * Not a test: run it on a quiet machine and write the figures to BENCHMARKS.md.
 *
 * <pre>mvn -q test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=dev.xreport.bench.WebankBenchmark</pre>
 */
public final class WebankBenchmark {
    private WebankBenchmark() { }

    public static void main(String[] args) throws Exception {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 15;
        Path out = Files.createTempDirectory("xreport-bench-");
        Generator generator = new Generator(line -> { });
        long[] generate = new long[runs];
        for (int i = 0; i < runs; i++) {
            long t = System.nanoTime();
            if (generator.generate(Request.defaults(out)).exitCode() != 0) {
                throw new IllegalStateException("the WeBank report did not generate");
            }
            generate[i] = System.nanoTime() - t;
        }
        Path instance = out.resolve("webank-2022/webank-2022.xbrl");
        XbrlValidator validator = new XbrlValidator();
        long[] validate = new long[runs];
        for (int i = 0; i < runs; i++) {
            long t = System.nanoTime();
            validator.validate(instance);
            validate[i] = System.nanoTime() - t;
        }
        dev.xreport.model.Report report = dev.xreport.load.ReportLoader.loadDefault().report();
        dev.xreport.derive.Cells cells = new dev.xreport.derive.Cells(report);
        long[] html = new long[runs];
        long[] pdf = new long[runs];
        Path scratch = Files.createTempDirectory("xreport-bench-render-");
        for (int i = 0; i < runs; i++) {
            long t = System.nanoTime();
            new dev.xreport.render.html.HtmlRenderer().render(report, cells, new dev.xreport.diag.Findings(), scratch);
            html[i] = System.nanoTime() - t;
            t = System.nanoTime();
            new dev.xreport.render.pdf.PdfRenderer("en", null).render(report, cells, new dev.xreport.diag.Findings(), scratch);
            pdf[i] = System.nanoTime() - t;
        }
        System.out.printf("HTML: first %d ms, median of the rest %d ms; PDF: first %d ms, median of the rest %d ms%n",
                html[0] / 1_000_000, median(html) / 1_000_000, pdf[0] / 1_000_000, median(pdf) / 1_000_000);
        System.out.printf("generate (all deliverables + XBRL check): first %d ms, median of the rest %d ms%n",
                generate[0] / 1_000_000, median(generate) / 1_000_000);
        System.out.printf("validate the instance alone: first %d ms, median of the rest %d ms%n",
                validate[0] / 1_000_000, median(validate) / 1_000_000);
    }

    private static long median(long[] runs) {
        long[] rest = java.util.Arrays.copyOfRange(runs, 1, runs.length);
        java.util.Arrays.sort(rest);
        return rest[rest.length / 2];
    }
}
