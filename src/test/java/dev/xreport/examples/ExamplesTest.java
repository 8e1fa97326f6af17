package dev.xreport.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.xreport.diag.Finding;
import dev.xreport.diag.Severity;
import dev.xreport.generate.Generator;
import dev.xreport.generate.Request;
import dev.xreport.generate.Result;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The reports under {@code examples/} — a US not-for-profit in whole dollars and a UK company in
 * pounds sterling millions — generate every deliverable with no finding at all, and none of their
 * deliverables carries a word that only the WeBank report's data should put there (its currency,
 * its scale, its Chinese labels), unless the example's own data says it.
 */
class ExamplesTest {
    static final Path EXAMPLES = Path.of("examples");

    /**
     * The words of WeBank's data that an engine still assuming WeBank leaks into another report's
     * deliverables, each with the pattern that finds it. "Item" is WeBank's label-column heading; a
     * Han character is a Chinese label; "zh" a Chinese label file or language attribute.
     */
    static final Map<String, Pattern> WEBANK_WORDS = new LinkedHashMap<>();

    static {
        WEBANK_WORDS.put("RMB", Pattern.compile("RMB"));
        WEBANK_WORDS.put("CNY", Pattern.compile("CNY"));
        WEBANK_WORDS.put("人民币", Pattern.compile("人民币"));
        WEBANK_WORDS.put("thousand", Pattern.compile("(?i)thousand"));
        WEBANK_WORDS.put("Item (the label column's heading)", Pattern.compile("\\bItem\\b"));
        WEBANK_WORDS.put("a Chinese character", Pattern.compile("\\p{IsHan}"));
        WEBANK_WORDS.put("Chinese (a label column or language)", Pattern.compile("Chinese"));
        WEBANK_WORDS.put("zh (a label file or language tag)", Pattern.compile("lab-zh|xml:lang=\"zh|\"zh\"|nameZh"));
        WEBANK_WORDS.put("WeBank", Pattern.compile("(?i)webank"));
    }

    @TempDir
    static Path out;
    private static final Map<String, Result> RESULTS = new LinkedHashMap<>();

    static List<String> examples() throws IOException {
        try (Stream<Path> dirs = Files.list(EXAMPLES)) {
            return dirs.filter(d -> Files.isRegularFile(d.resolve("report.yaml"))).map(d -> d.getFileName().toString())
                    .sorted().toList();
        }
    }

    @BeforeAll
    static void generate() throws IOException {
        Generator generator = new Generator(line -> { });
        for (String id : examples()) {
            RESULTS.put(id, generator.generate(new Request(EXAMPLES.resolve(id), out, List.of(), Severity.WARNING)));
        }
    }

    @Test
    void thereAreTwoExamplesBesideTheEmbeddedReport() throws IOException {
        assertThat(examples()).hasSizeGreaterThanOrEqualTo(2);
    }

    @ParameterizedTest
    @MethodSource("examples")
    void generatesEveryDeliverableWithNoFinding(String id) {
        Result r = RESULTS.get(id);
        assertThat(r.findings().all()).extracting(Finding::toString).isEmpty();
        assertThat(r.outputDir()).isNotNull();
        for (String file : List.of(id + ".html", id + ".pdf", id + ".xlsx", id + ".xbrl", id + ".xhtml", id + ".zip",
                id + "-taxonomy.zip", id + ".facts.json", "taxonomy/" + id + ".xsd")) {
            assertThat(r.outputDir().resolve(file)).as(file).isRegularFile();
        }
    }

    @ParameterizedTest
    @MethodSource("examples")
    void noDeliverableCarriesWebanksWordsUnlessTheDataDoes(String id) throws IOException {
        String data = sourceText(EXAMPLES.resolve(id));
        Map<String, String> deliverables = deliverableTexts(out.resolve(id));
        assertThat(deliverables).containsKeys(id + ".pdf", id + ".xlsx", id + ".html", id + ".xbrl");
        List<String> leaks = new ArrayList<>();
        WEBANK_WORDS.forEach((word, pattern) -> {
            if (pattern.matcher(data).find()) {
                return; // the example's own data says it
            }
            deliverables.forEach((file, text) -> {
                Matcher m = pattern.matcher(text);
                if (m.find()) {
                    int from = Math.max(m.start() - 40, 0);
                    leaks.add(word + " in " + file + ": …" + text.substring(from, Math.min(m.end() + 40, text.length()))
                            .replace('\n', ' ') + "…");
                }
            });
        });
        assertThat(leaks).isEmpty();
    }

    @Test
    void theWordListFindsWhatItLooksFor() {
        // the check above can fail: each pattern finds its word in what WeBank's deliverables print
        String webank = "RMB thousands | CNY | 单位：人民币千元 | Item | 资产总计 | Chinese label | webank_lab-zh.xml | WeBank";
        WEBANK_WORDS.forEach((word, pattern) -> assertThat(pattern.matcher(webank).find()).as(word).isTrue());
    }

    /** Every YAML file of a report folder, as one text. */
    private static String sourceText(Path dir) throws IOException {
        StringBuilder sb = new StringBuilder();
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".yaml")).sorted().toList()) {
                sb.append(Files.readString(f, StandardCharsets.UTF_8)).append('\n');
            }
        }
        return sb.toString();
    }

    /**
     * What each deliverable says, as its reader sees it: text files as they are, the PDF's text (PDFBox),
     * the workbook's sheet names, cell texts and number formats (POI, stored values), and the names and
     * contents of the files in the taxonomy folder and the packages.
     */
    static Map<String, String> deliverableTexts(Path dir) throws IOException {
        Map<String, String> out = new LinkedHashMap<>();
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path f : files.filter(Files::isRegularFile).sorted().toList()) {
                String name = dir.relativize(f).toString();
                String lower = name.toLowerCase(Locale.ROOT);
                if (lower.endsWith(".pdf")) {
                    try (PDDocument doc = Loader.loadPDF(f.toFile())) {
                        out.put(name, new PDFTextStripper().getText(doc) + "\n" + doc.getDocumentInformation().getTitle()
                                + " " + doc.getDocumentInformation().getSubject());
                    }
                } else if (lower.endsWith(".xlsx")) {
                    out.put(name, workbookText(f));
                } else if (lower.endsWith(".zip")) {
                    out.put(name, zipText(f));
                } else {
                    out.put(name, name + "\n" + Files.readString(f, StandardCharsets.UTF_8));
                }
            }
        }
        return out;
    }

    private static String workbookText(Path f) throws IOException {
        StringBuilder sb = new StringBuilder();
        try (InputStream in = Files.newInputStream(f); Workbook wb = new XSSFWorkbook(in)) {
            for (Sheet sheet : wb) {
                sb.append(sheet.getSheetName()).append('\n');
                for (Row row : sheet) {
                    for (Cell c : row) {
                        sb.append(c.getCellStyle().getDataFormatString()).append(' ');
                        if (c.getCellType() == org.apache.poi.ss.usermodel.CellType.STRING) {
                            sb.append(c.getStringCellValue());
                        }
                        sb.append('\t');
                    }
                    sb.append('\n');
                }
            }
        }
        return sb.toString();
    }

    private static String zipText(Path f) throws IOException {
        StringBuilder sb = new StringBuilder();
        try (java.util.zip.ZipInputStream zip = new java.util.zip.ZipInputStream(Files.newInputStream(f))) {
            for (var e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                sb.append(e.getName()).append('\n');
                if (!e.isDirectory()) {
                    sb.append(new String(zip.readAllBytes(), StandardCharsets.UTF_8)).append('\n');
                }
            }
        }
        return sb.toString();
    }
}
