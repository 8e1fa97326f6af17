package dev.xreport.generate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.xreport.derive.Cells;
import dev.xreport.diag.Findings;
import dev.xreport.model.Report;
import dev.xreport.render.Renderer;
import dev.xreport.render.Renderers;
import dev.xreport.taxonomy.Taxonomy;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A failed run leaves the previous deliverables exactly as they were, and no debris. */
class AtomicOutputTest {
    private static final Path MINIMAL = Path.of("src/test/resources/reports/minimal");

    private static Map<String, byte[]> snapshot(Path dir) throws IOException {
        Map<String, byte[]> m = new LinkedHashMap<>();
        try (var files = Files.walk(dir)) {
            for (Path p : files.filter(Files::isRegularFile).sorted().toList()) {
                m.put(dir.relativize(p).toString(), Files.readAllBytes(p));
            }
        }
        return m;
    }

    private static List<String> names(Path dir) throws IOException {
        try (var s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void aRendererThatFailsHalfwayLeavesThePreviousOutputUntouched(@TempDir Path out) throws IOException {
        Generator good = new Generator(line -> { });
        Result first = good.generate(new Request(MINIMAL, out, List.of(), null));
        assertThat(first.exitCode()).isZero();
        Map<String, byte[]> before = snapshot(out.resolve("minimal"));
        assertThat(before).isNotEmpty();

        Renderer failing = new Renderer() {
            @Override
            public String format() {
                return "broken";
            }

            @Override
            public Path render(Report report, Cells cells, Taxonomy taxonomy, Findings findings, Path dir) throws IOException {
                Files.writeString(dir.resolve("half-written.txt"), "partial");
                throw new IOException("disk full");
            }
        };
        Map<String, Renderer> renderers = new LinkedHashMap<>(Renderers.byFormat());
        renderers.put("broken", failing);
        Result second = new Generator(line -> { }, renderers).generate(new Request(MINIMAL, out, List.of(), null));

        assertThat(second.outcome()).isEqualTo(Result.Outcome.OUTPUT_FAILED);
        assertThat(second.findings().all()).anySatisfy(f -> assertThat(f.message()).contains("disk full", "untouched"));
        assertThat(snapshot(out.resolve("minimal"))).containsExactlyEntriesOf(before);
        assertThat(names(out)).containsExactly("index.html", "minimal");
    }

    /**
     * The last renderer (the workbook) writes a figure other than the report's, so the last check
     * before publishing, the agree step, fails the run: nothing of the output changes, not even
     * index.html, and the staging folder is gone.
     */
    @Test
    void aDisagreementFoundByTheLastCheckBeforePublishingLeavesTheOutputExactlyAsItWas(@TempDir Path out) throws IOException {
        assertThat(new Generator(line -> { }).generate(new Request(MINIMAL, out, List.of(), null)).exitCode()).isZero();
        Map<String, String> before = OutputTree.of(out);
        assertThat(before).containsKeys("index.html", "minimal/", "minimal/minimal.xlsx", "minimal/minimal.pdf");

        Map<String, Renderer> renderers = new LinkedHashMap<>(Renderers.byFormat());
        Renderer xlsx = renderers.get("xlsx");
        renderers.put("xlsx", new Renderer() {
            @Override
            public String format() {
                return "xlsx";
            }

            @Override
            public Path render(Report report, Cells cells, Taxonomy taxonomy, Findings findings, Path dir) throws IOException {
                Path file = xlsx.render(report, cells, taxonomy, findings, dir);
                // the Facts sheet's value of the first fact, Cash@I2024 (100 thousand), one unit off
                try (var wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook(Files.newInputStream(file))) {
                    wb.getSheet("Facts").getRow(1).getCell(dev.xreport.render.xlsx.XlsxRenderer.factsValueColumn(report)).setCellValue(100_001);
                    var bytes = new java.io.ByteArrayOutputStream();
                    wb.write(bytes);
                    Files.write(file, bytes.toByteArray());
                }
                return file;
            }
        });
        List<String> steps = new java.util.ArrayList<>();
        Result second = new Generator(line -> steps.add(line.split(" ")[0]), renderers).generate(new Request(MINIMAL, out, List.of(), null));

        // every step ran up to the last one before publishing, which found the difference
        assertThat(steps).containsExactly("load", "validate", "json", "xbrl", "check", "html", "ixbrl", "pdf", "xlsx", "check", "agree");
        assertThat(second.outcome()).isEqualTo(Result.Outcome.FINDINGS);
        assertThat(second.exitCode()).isEqualTo(1);
        assertThat(second.outputDir()).isNull();
        assertThat(second.findings().all()).anySatisfy(f -> {
            assertThat(f.code().id()).isEqualTo("XR-AGREE-951");
            assertThat(f.message()).contains("100001");
        });
        assertThat(OutputTree.of(out)).containsExactlyEntriesOf(before);
        assertThat(OutputTree.names(out)).containsExactly("index.html", "minimal");
    }

    /**
     * The publish step itself fails: index.html cannot be replaced (here a folder stands in its
     * place). The run fails and the report's folder is the previous one, exactly.
     */
    @Test
    void aFailureWhilePublishingLeavesTheOutputExactlyAsItWas(@TempDir Path out) throws IOException {
        assertThat(new Generator(line -> { }).generate(new Request(MINIMAL, out, List.of("json", "xbrl"), null)).exitCode()).isZero();
        Files.delete(out.resolve("index.html"));
        Files.createDirectories(out.resolve("index.html"));
        Files.writeString(out.resolve("index.html/in-the-way.txt"), "a folder where index.html should be");
        Map<String, String> before = OutputTree.of(out);

        Result second = new Generator(line -> { }).generate(new Request(MINIMAL, out, List.of(), null));

        assertThat(second.outcome()).isEqualTo(Result.Outcome.OUTPUT_FAILED);
        assertThat(second.findings().all()).anySatisfy(f -> assertThat(f.message()).contains("index.html", "untouched"));
        assertThat(OutputTree.of(out)).containsExactlyEntriesOf(before);
        assertThat(OutputTree.names(out)).containsExactly("index.html", "minimal");
    }

    @Test
    void badInputLeavesThePreviousOutputUntouched(@TempDir Path out, @TempDir Path work) throws IOException {
        Generator generator = new Generator(line -> { });
        assertThat(generator.generate(new Request(MINIMAL, out, List.of(), null)).exitCode()).isZero();
        Map<String, byte[]> before = snapshot(out.resolve("minimal"));

        Path broken = work.resolve("minimal");
        Files.createDirectories(broken);
        Files.writeString(broken.resolve("report.yaml"),
                Files.readString(MINIMAL.resolve("report.yaml")).replace("value: 100}", "value: 1O0}"));
        Result r = generator.generate(new Request(broken, out, List.of(), null));
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(snapshot(out.resolve("minimal"))).containsExactlyEntriesOf(before);
        assertThat(names(out)).containsExactly("index.html", "minimal");
    }

    @Test
    void aSecondRunReplacesTheFolderWhole(@TempDir Path out) throws IOException {
        Files.createDirectories(out.resolve("minimal"));
        Files.writeString(out.resolve("minimal/stale.txt"), "from an older version");
        assertThat(new Generator(line -> { }).generate(new Request(MINIMAL, out, List.of(), null)).exitCode()).isZero();
        assertThat(names(out.resolve("minimal"))).containsExactly("minimal-taxonomy.zip", "minimal.facts.json", "minimal.html", "minimal.pdf", "minimal.xbrl",
                "minimal.xhtml", "minimal.xlsx", "minimal.zip", "taxonomy");
        assertThat(names(out)).containsExactly("index.html", "minimal");
    }

    @Test
    void theOutputMayNotReplaceTheReportItself(@TempDir Path work) throws IOException {
        Path reports = work.resolve("r");
        Path report = reports.resolve("minimal");
        Files.createDirectories(report);
        Files.copy(MINIMAL.resolve("report.yaml"), report.resolve("report.yaml"));
        Result r = new Generator(line -> { }).generate(new Request(report, reports, List.of(), null));
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.findings().all()).anySatisfy(f -> assertThat(f.code().id()).isEqualTo("XR-OUT-902"));
        assertThat(report.resolve("report.yaml")).exists();
        assertThat(names(report)).containsExactly("report.yaml");
    }

    /** What a killed run left (a half-written staging folder, a prepared index) is gone after the next run. */
    @Test
    void theDebrisOfAKilledRunIsRemovedByTheNext(@TempDir Path out) throws IOException {
        Path debris = out.resolve(".minimal.tmp-12345");
        Files.createDirectories(debris);
        Files.writeString(debris.resolve("minimal.pdf"), "%PDF-1.5 half");
        Files.writeString(out.resolve(".minimal.tmp-index-67890.html"), "<html>an index prepared, never published");
        assertThat(new Generator(line -> { }).generate(new Request(MINIMAL, out, List.of("json"), null)).exitCode()).isZero();
        assertThat(names(out)).containsExactly("index.html", "minimal");
    }

    @Test
    void thePublishedFolderIsReadableByOthers(@TempDir Path out) throws IOException {
        assertThat(new Generator(line -> { }).generate(new Request(MINIMAL, out, List.of(), null)).exitCode()).isZero();
        if (Files.getFileStore(out).supportsFileAttributeView(java.nio.file.attribute.PosixFileAttributeView.class)) {
            assertThat(java.nio.file.attribute.PosixFilePermissions.toString(
                    Files.getPosixFilePermissions(out.resolve("minimal")))).isEqualTo("rwxr-xr-x");
        }
    }
}
