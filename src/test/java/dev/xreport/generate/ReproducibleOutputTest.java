package dev.xreport.generate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.xreport.TestSupport;
import dev.xreport.render.DocumentDate;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two runs on the same report, more than a second apart, write the same bytes: every deliverable,
 * the taxonomy, both ZIPs and the index. The dates the PDF and the workbook state are the report's
 * {@link DocumentDate}, not the time of the run.
 */
class ReproducibleOutputTest {
    @TempDir
    static Path first;
    @TempDir
    static Path second;
    private static Map<String, byte[]> firstRun;
    private static Map<String, byte[]> secondRun;

    @BeforeAll
    static void generateTwice() throws Exception {
        firstRun = run(first);
        Thread.sleep(1100); // a date taken from the clock, to the second, would now differ
        secondRun = run(second);
    }

    private static Map<String, byte[]> run(Path out) throws IOException {
        Result r = new Generator(line -> { }).generate(new Request(TestSupport.webankFolder(), out, List.of(), null));
        assertThat(r.exitCode()).as("%s", r.findings().all()).isZero();
        Map<String, byte[]> files = new TreeMap<>();
        try (var walk = Files.walk(out)) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) {
                files.put(out.relativize(p).toString().replace('\\', '/'), Files.readAllBytes(p));
            }
        }
        return files;
    }

    @Test
    void everyFileIsTheSameByteForByte() {
        assertThat(firstRun.keySet()).contains("index.html", "webank-2022/webank-2022.xbrl", "webank-2022/webank-2022.html",
                "webank-2022/webank-2022.xhtml", "webank-2022/webank-2022.pdf", "webank-2022/webank-2022.xlsx",
                "webank-2022/webank-2022.zip", "webank-2022/webank-2022-taxonomy.zip", "webank-2022/webank-2022.facts.json");
        assertThat(firstRun.keySet()).anyMatch(name -> name.startsWith("webank-2022/taxonomy/"));
        assertThat(secondRun.keySet()).containsExactlyElementsOf(firstRun.keySet());
        List<String> differ = new ArrayList<>();
        firstRun.forEach((name, bytes) -> {
            if (!Arrays.equals(bytes, secondRun.get(name))) {
                differ.add(name + " (first difference at byte " + Arrays.mismatch(bytes, secondRun.get(name)) + ")");
            }
        });
        assertThat(differ).as("files that differ between two runs").isEmpty();
    }

    @Test
    void thePdfIsCreatedOnTheDocumentDate() throws IOException {
        ZonedDateTime expected = DocumentDate.of(TestSupport.webank());
        try (PDDocument doc = Loader.loadPDF(first.resolve("webank-2022/webank-2022.pdf").toFile())) {
            assertThat(doc.getDocumentInformation().getCreationDate().toInstant()).isEqualTo(expected.toInstant());
            var modified = doc.getDocumentInformation().getModificationDate();
            if (modified != null) {
                assertThat(modified.toInstant()).isEqualTo(expected.toInstant());
            }
            // the file identifier is a digest of the document: both halves the same, not OpenPDF's random one
            var id = doc.getDocument().getTrailer().getCOSArray(org.apache.pdfbox.cos.COSName.ID);
            assertThat(id.size()).isEqualTo(2);
            assertThat(id.getObject(0)).isEqualTo(id.getObject(1));
        }
    }

    @Test
    void theWorkbookIsCreatedOnTheDocumentDate() throws IOException {
        ZonedDateTime expected = DocumentDate.of(TestSupport.webank());
        try (InputStream in = Files.newInputStream(first.resolve("webank-2022/webank-2022.xlsx"));
             XSSFWorkbook wb = new XSSFWorkbook(in)) {
            var core = wb.getProperties().getCoreProperties();
            assertThat(core.getCreated().toInstant()).isEqualTo(expected.toInstant());
            if (core.getModified() != null) {
                assertThat(core.getModified().toInstant()).isEqualTo(expected.toInstant());
            }
        }
    }
}
