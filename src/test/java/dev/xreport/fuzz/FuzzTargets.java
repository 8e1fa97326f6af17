package dev.xreport.fuzz;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import dev.xreport.diag.Finding;
import dev.xreport.diag.Severity;
import dev.xreport.generate.Generator;
import dev.xreport.generate.Request;
import dev.xreport.generate.Result;
import dev.xreport.load.LoadResult;
import dev.xreport.load.ReportLoader;
import dev.xreport.load.ReportSource;
import dev.xreport.validate.ReportValidator;
import dev.xreport.xbrl.inline.InlineValidator;
import dev.xreport.xbrl.validate.XbrlValidator;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * What the fuzz test and its replay run: the seeds, and the three targets — the report loader with
 * the report validator, the XBRL validator, and the Inline XBRL validator — each taking bytes and
 * giving findings (or throwing, which is the bug).
 *
 * <p>XML inputs are written as if they stood in {@link #REPLAY}: their relative hrefs are rewritten
 * when the seeds are read so that they resolve from there, and an XBRL input is validated in memory
 * with a system id in that folder. A crashing input copied into {@code src/test/resources/fuzz/}
 * therefore replays as it crashed. Inline XBRL inputs are written to a folder just as deep, below
 * {@code target/fuzz-work/}. The Inline XBRL seed and one XBRL seed (with its taxonomy) are generated
 * from {@code reports/rich} into {@code target/fuzz-work/generated/} once per test run.
 */
final class FuzzTargets {
    static final Path REPLAY = Path.of("src/test/resources/fuzz").toAbsolutePath();
    static final Path WORK = Path.of("target/fuzz-work").toAbsolutePath();
    private static final Path GENERATED = WORK.resolve("generated");
    private static final Path REPORTS = Path.of("src/test/resources/reports");
    private static final Path XBRL = Path.of("src/test/resources/xbrl");
    /** The bad-input fixtures, one folder per finding code: their instances and documents are seeds too. */
    private static final Path INVALID = Path.of("src/test/resources/invalid");
    private static final Pattern HREF = Pattern.compile("(xlink:href|schemaLocation)=\"([^\"#:]+)(#[^\"]*)?\"");

    private static final XbrlValidator XBRL_21 = new XbrlValidator();
    /** The mode generate and validate use (sharing the compiled schemas). */
    private static final XbrlValidator CALC_11 = XBRL_21.withCalculationMode(XbrlValidator.CalculationMode.CALCULATIONS_1_1);

    private static Path generatedReport;

    private FuzzTargets() { }

    /** A report as files; {@code mutate} names the ones a mutation may change. */
    record ReportSeed(String name, String entry, Map<String, byte[]> files, List<String> mutate) { }

    /** A file of the XML family and the extension it is run as. */
    record XmlSeed(String name, String ext, byte[] bytes) { }

    // ---------------------------------------------------------------- seeds

    static List<ReportSeed> reportSeeds() throws IOException {
        List<ReportSeed> seeds = new ArrayList<>();
        byte[] minimal = Files.readAllBytes(REPORTS.resolve("minimal/report.yaml"));
        seeds.add(new ReportSeed("minimal", "report.yaml", Map.of("report.yaml", minimal), List.of("report.yaml")));
        seeds.add(new ReportSeed("minimal-json", "report.json", Map.of("report.json", toJson(minimal)), List.of("report.json")));
        Map<String, byte[]> rich = new LinkedHashMap<>();
        for (String f : List.of("report.yaml", "more.yaml", "vocabulary.yaml")) {
            rich.put(f, Files.readAllBytes(REPORTS.resolve("rich").resolve(f)));
        }
        seeds.add(new ReportSeed("rich", "report.yaml", rich, List.of("report.yaml", "report.yaml", "more.yaml", "vocabulary.yaml")));
        Map<String, byte[]> richJson = new LinkedHashMap<>(rich);
        richJson.remove("report.yaml");
        richJson.put("report.json", toJson(rich.get("report.yaml")));
        seeds.add(new ReportSeed("rich-json", "report.json", richJson, List.of("report.json")));
        if (Boolean.getBoolean("fuzz.webank")) {
            // the real report (ten files, 424 facts): a hundred times slower, for long local runs
            Path folder = Path.of("src/main/reports/webank-2022");
            Map<String, byte[]> webank = new LinkedHashMap<>();
            try (Stream<Path> s = Files.list(folder)) {
                for (Path p : s.sorted().toList()) {
                    webank.put(p.getFileName().toString(), Files.readAllBytes(p));
                }
            }
            seeds.add(new ReportSeed("webank", "report.yaml", webank, List.copyOf(webank.keySet())));
        }
        return seeds;
    }

    /** The same report as pretty JSON, with its own lines and columns. */
    private static byte[] toJson(byte[] yaml) throws IOException {
        JsonNode tree = new YAMLMapper().readTree(yaml);
        return new ObjectMapper().writerWithDefaultPrettyPrinter().writeValueAsBytes(tree);
    }

    /**
     * Instances (every test instance, and the one generated from reports/rich), and a few taxonomy
     * schemas and linkbases given as the entry point of a DTS.
     */
    static List<XmlSeed> xbrlSeeds() throws IOException {
        List<XmlSeed> seeds = new ArrayList<>();
        List<Path> files;
        try (Stream<Path> s = Stream.concat(Files.walk(XBRL), Files.walk(INVALID))) {
            files = s.filter(p -> p.toString().endsWith(".xbrl")).sorted().toList();
        }
        for (Path p : files) {
            seeds.add(new XmlSeed(p.getParent().getParent().relativize(p).toString(), "xbrl", relocated(p)));
        }
        Path report = generated();
        seeds.add(new XmlSeed("generated rich.xbrl", "xbrl", relocated(report.resolve("rich.xbrl"))));
        for (Path p : List.of(XBRL.resolve("taxonomy/xr-test.xsd"), report.resolve("taxonomy/rich.xsd"))) {
            seeds.add(new XmlSeed(p.getFileName().toString(), "xsd", relocated(p)));
        }
        for (Path p : List.of(XBRL.resolve("taxonomy/xr-test_cal.xml"), XBRL.resolve("dimensions/xr-dim_def.xml"),
                report.resolve("taxonomy/rich_cal.xml"), report.resolve("taxonomy/rich_def.xml"),
                report.resolve("taxonomy/rich_pre.xml"), report.resolve("taxonomy/rich_lab-en.xml"))) {
            seeds.add(new XmlSeed(p.getFileName().toString(), "xml", relocated(p)));
        }
        return seeds;
    }

    /** The Inline XBRL document generated from reports/rich, and the test document the extractor refuses parts of. */
    static List<XmlSeed> inlineSeeds() throws IOException {
        List<XmlSeed> seeds = new ArrayList<>(List.of(
                new XmlSeed("generated rich.xhtml", "xhtml", relocated(generated().resolve("rich.xhtml"))),
                new XmlSeed("unreadable-figures", "xhtml", relocated(Path.of("src/test/resources/inline/unreadable-figures.xhtml")))));
        try (Stream<Path> s = Files.walk(INVALID)) {
            for (Path p : s.filter(p -> p.toString().endsWith(".xhtml")).sorted().toList()) {
                seeds.add(new XmlSeed(p.getParent().getParent().getFileName() + "/" + p.getParent().getFileName(), "xhtml",
                        relocated(p)));
            }
        }
        return seeds;
    }

    /** {@code file}'s text with each relative href to an existing file rewritten to resolve from {@link #REPLAY}. */
    static byte[] relocated(Path file) throws IOException {
        Path dir = file.toAbsolutePath().getParent();
        String text = Files.readString(file);
        Matcher m = HREF.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            Path target = dir.resolve(m.group(2)).normalize();
            String replacement = m.group();
            if (!m.group(2).isEmpty() && Files.isRegularFile(target)) {
                String rel = REPLAY.relativize(target).toString().replace('\\', '/');
                replacement = m.group(1) + "=\"" + rel + (m.group(3) == null ? "" : m.group(3)) + "\"";
            }
            m.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        m.appendTail(out);
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** The deliverables of reports/rich (instance, Inline XBRL, taxonomy), generated once per run. */
    static synchronized Path generated() {
        if (generatedReport == null) {
            Result r = new Generator(line -> { }).generate(new Request(REPORTS.resolve("rich"), GENERATED,
                    List.of("xbrl", "ixbrl"), Severity.ERROR));
            if (r.outputDir() == null) {
                throw new IllegalStateException("reports/rich did not generate: " + r.findings().all());
            }
            generatedReport = r.outputDir();
        }
        return generatedReport;
    }

    // ---------------------------------------------------------------- targets

    /**
     * Loads the report {@code files} (its entry {@code entry}) and, when it loads without an input
     * error, validates it, as generate and validate do. Text that is UTF-8 is served from memory,
     * unless {@code onDisk}; text that is not (or that starts with a byte order mark) is written to
     * {@code dir} and read from there by the loader itself, so that its own decoding (and its own
     * handling of the names of included files) is what judges it.
     */
    static List<Finding> loadAndValidate(String entry, Map<String, byte[]> files, Path dir, boolean onDisk) throws IOException {
        LoadResult r;
        if (!onDisk && files.values().stream().allMatch(FuzzTargets::plainUtf8)) {
            r = ReportLoader.load(new Memory(entry, files));
        } else {
            Files.createDirectories(dir);
            try (Stream<Path> old = Files.list(dir)) {
                for (Path p : old.toList()) {
                    Files.delete(p);
                }
            }
            for (Map.Entry<String, byte[]> f : files.entrySet()) {
                Files.write(dir.resolve(f.getKey()), f.getValue());
            }
            r = ReportLoader.load(dir);
        }
        return validated(r);
    }

    /** A report folder or file on disk, as the replay has it. */
    static List<Finding> loadAndValidate(Path report) {
        return validated(ReportLoader.load(report));
    }

    /** What loading found and, when the report loaded, what validating it found. */
    private static List<Finding> validated(LoadResult r) {
        List<Finding> findings = new ArrayList<>(r.findings().all());
        if (r.ok()) {
            dev.xreport.diag.Findings more = new dev.xreport.diag.Findings();
            ReportValidator.validate(r.report(), more);
            findings.addAll(more.all());
        }
        return findings;
    }

    /** An XBRL instance, schema or linkbase, validated as if it stood in {@link #REPLAY} under {@code name}. */
    static List<Finding> validateXbrl(byte[] bytes, String name, boolean calculations11) throws IOException {
        XbrlValidator v = calculations11 ? CALC_11 : XBRL_21;
        return v.validate(new ByteArrayInputStream(bytes), REPLAY.resolve(name).toUri().toString());
    }

    /** An XBRL file on disk, through the API the CLI uses. */
    static List<Finding> validateXbrl(Path file, boolean calculations11) {
        return (calculations11 ? CALC_11 : XBRL_21).validate(file);
    }

    /** An Inline XBRL document written to {@code file} (a folder as deep as {@link #REPLAY}) and validated. */
    static List<Finding> validateInline(byte[] bytes, Path file, boolean calculations11) throws IOException {
        Files.createDirectories(file.getParent());
        Files.write(file, bytes);
        return new InlineValidator(calculations11 ? CALC_11 : XBRL_21).validate(file);
    }

    /** An Inline XBRL document on disk, through the API the CLI uses. */
    static List<Finding> validateInline(Path file, boolean calculations11) throws IOException {
        return new InlineValidator(calculations11 ? CALC_11 : XBRL_21).validate(file);
    }

    /** A folder below {@link #WORK} as deep below the project as {@link #REPLAY}, so relocated hrefs resolve. */
    static Path inlineFolder(String name) {
        Path project = Path.of("").toAbsolutePath();
        int depth = project.relativize(REPLAY).getNameCount();
        Path p = WORK;
        for (int i = project.relativize(WORK).getNameCount(); i < depth - 1; i++) {
            p = p.resolve("d");
        }
        return p.resolve(name);
    }

    private static boolean plainUtf8(byte[] b) {
        if (b.length >= 3 && b[0] == (byte) 0xEF && b[1] == (byte) 0xBB && b[2] == (byte) 0xBF) {
            return false;
        }
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(b));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    /** Report files held in memory (all UTF-8): the loader reads them as it reads a folder. */
    private record Memory(String entry, Map<String, byte[]> files) implements ReportSource {
        @Override
        public String read(String name) throws IOException {
            byte[] b = files.get(name);
            if (b == null) {
                throw new NoSuchFileException(name);
            }
            return new String(b, StandardCharsets.UTF_8);
        }

        @Override
        public String display(String name) {
            return name;
        }
    }

    static void deleteTree(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
