package dev.xreport.bench;

import dev.xreport.derive.Cells;
import dev.xreport.diag.Findings;
import dev.xreport.load.LoadResult;
import dev.xreport.load.ReportLoader;
import dev.xreport.model.Report;
import dev.xreport.render.xbrl.XbrlRenderer;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Measures the load stage alone (YAML → model, references) of one report folder, and optionally
 * the XBRL instance written after it, to see what fits in a small heap. Not a test; for example
 *
 * <pre>java -Xmx512m -cp target/classes:target/test-classes:$(cat target/cp-test.txt) \
 *     dev.xreport.bench.LoadBenchmark /tmp/load-synth-1m 1 0 xbrl</pre>
 *
 * Arguments: the report folder, measured runs (default 3), warm-up runs (default 1), and "xbrl" to
 * also write the instance and taxonomy. Prints per run the wall time (and the loading thread's CPU
 * time and the collectors' time, which a busy machine disturbs less), the peak heap in use (the sum
 * of the heap pools' peaks after a GC before the run: an upper bound) and the heap the loaded report
 * keeps (in use after a GC).
 */
public final class LoadBenchmark {
    private LoadBenchmark() { }

    public static void main(String[] args) throws Exception {
        Path report = Path.of(args[0]);
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        int warmups = args.length > 2 ? Integer.parseInt(args[2]) : 1;
        boolean xbrl = args.length > 3 && args[3].equals("xbrl");
        System.out.printf("max heap %d MB%n", Runtime.getRuntime().maxMemory() >> 20);
        for (int i = 0; i < warmups + runs; i++) {
            List<MemoryPoolMXBean> heap = resetPeaks();
            long gc = gcMillis();
            long cpu = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
            long t = System.nanoTime();
            LoadResult r = ReportLoader.load(report);
            long ms = (System.nanoTime() - t) / 1_000_000;
            cpu = (ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() - cpu) / 1_000_000;
            gc = gcMillis() - gc;
            long peak = peak(heap);
            if (r.report() == null || r.findings().anyInputError()) {
                throw new IllegalStateException("the report has findings: " + r.findings().all().stream().limit(5).toList());
            }
            System.gc();
            long kept = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
            System.out.printf("%s load: %,d ms (its thread's CPU %,d ms, GC %,d ms), peak heap %,d MB, report keeps %,d MB (%,d facts)%n",
                    i < warmups ? "warm-up" : "run", ms, cpu, gc, peak >> 20, kept >> 20, r.report().facts().size());
            if (xbrl) {
                writeInstance(r.report());
            }
        }
    }

    private static void writeInstance(Report report) throws Exception {
        Path dir = Files.createTempDirectory("xreport-load-bench-");
        List<MemoryPoolMXBean> heap = resetPeaks();
        long t = System.nanoTime();
        Path instance = new XbrlRenderer().render(report, new Cells(report), new Findings(), dir);
        long ms = (System.nanoTime() - t) / 1_000_000;
        System.out.printf("    xbrl: %,d ms, peak heap %,d MB, %s (%,d bytes)%n", ms, peak(heap) >> 20,
                instance.getFileName(), Files.size(instance));
        dev.xreport.internal.Trees.delete(dir);
    }

    /** The time the collectors report having spent, in all. */
    private static long gcMillis() {
        return ManagementFactory.getGarbageCollectorMXBeans().stream().mapToLong(b -> Math.max(b.getCollectionTime(), 0)).sum();
    }

    private static List<MemoryPoolMXBean> resetPeaks() {
        System.gc();
        List<MemoryPoolMXBean> heap = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == MemoryType.HEAP).toList();
        heap.forEach(MemoryPoolMXBean::resetPeakUsage);
        return heap;
    }

    private static long peak(List<MemoryPoolMXBean> heap) {
        return heap.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
    }
}
