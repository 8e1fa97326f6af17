package dev.xreport.render.xlsx;

import dev.xreport.model.Dims;
import dev.xreport.model.Entity;
import dev.xreport.model.Fact;
import dev.xreport.model.FactKey;
import dev.xreport.model.Period;
import dev.xreport.model.Report;
import dev.xreport.model.Source;
import dev.xreport.model.Text;
import dev.xreport.model.Unit;
import dev.xreport.model.Vocabulary;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Writes the Facts sheet of a synthetic report with N facts (default 1,000,000) and reports the
 * time and the heap in use. Not a test; run it with a small heap:
 *
 * <pre>mvn -q test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt -Dmdep.includeScope=test
 * java -Xmx512m -cp target/classes:target/test-classes:$(cat target/cp.txt) dev.xreport.render.xlsx.FactsSheetBenchmark 1000000</pre>
 */
public final class FactsSheetBenchmark {
    private FactsSheetBenchmark() { }

    public static void main(String[] args) throws Exception {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        Map<String, Period> periods = new LinkedHashMap<>();
        periods.put("FY", Period.duration("FY", LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31), Source.NONE));
        periods.put("I", Period.instant("I", LocalDate.of(2024, 12, 31), Source.NONE));
        Map<String, Unit> units = new LinkedHashMap<>();
        units.put("EUR", new Unit("EUR", "iso4217:EUR", Source.NONE));
        String[] concepts = new String[1000];
        for (int i = 0; i < concepts.length; i++) {
            concepts[i] = "Concept" + i;
        }
        List<Fact> facts = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            String concept = concepts[i % concepts.length];
            String period = (i / concepts.length) % 2 == 0 ? "FY" : "I";
            Dims dims = Dims.of(Map.of("SegmentAxis", "Segment" + (i / 2000) + "Member"));
            facts.add(Fact.numeric(new FactKey(concept, period, dims), "EUR", -3, BigDecimal.valueOf(i * 1000L), Source.NONE));
        }
        Report report = new Report("big", Text.of("en", "Big"), "en", null,
                new Entity(Text.of("en", "Big Co."), null, new Entity.Identifier("https://xreport.dev/entity", "big"), Source.NONE),
                "FY", 3, periods, units, facts, List.of(), List.of(), List.of(), List.of(),
                new Vocabulary("https://xreport.dev/taxonomy/big", "xr", Map.of(), Map.of(), Map.of(), Map.of()), Source.NONE);
        Runtime rt = Runtime.getRuntime();
        System.gc();
        long before = rt.totalMemory() - rt.freeMemory();
        long t0 = System.nanoTime();
        Path file = Files.createTempFile("facts-", ".xlsx");
        try (SXSSFWorkbook wb = new SXSSFWorkbook(200)) {
            wb.setCompressTempFiles(true);
            XlsxRenderer.Styles styles = new XlsxRenderer.Styles(wb);
            SXSSFSheet sheet = wb.createSheet("Facts");
            FactsSheet.write(report, Map.of(), sheet, styles, report.languages());
            try (OutputStream out = new java.io.BufferedOutputStream(Files.newOutputStream(file))) {
                wb.write(out);
            }
            wb.dispose();
        }
        long ms = (System.nanoTime() - t0) / 1_000_000;
        long used = rt.totalMemory() - rt.freeMemory();
        System.out.printf("%,d facts: Facts sheet written in %,d ms, %,d bytes; heap in use %d MB before, %d MB after, max heap %d MB%n",
                n, ms, Files.size(file), before >> 20, used >> 20, rt.maxMemory() >> 20);
        Files.delete(file);
    }
}
