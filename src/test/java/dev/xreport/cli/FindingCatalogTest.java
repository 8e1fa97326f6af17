package dev.xreport.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.xreport.Golden;
import dev.xreport.diag.Code;
import dev.xreport.diag.Severity;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every finding xreport can report has a fixture under src/test/resources/invalid/&lt;CODE&gt;/
 * that produces it (run by {@link InvalidInputTest}), and docs/findings.md — code, severity,
 * what it means, an example — is generated from {@link Code} and those fixtures, so it cannot
 * drift from the code ({@code -Dgolden.update=true} rewrites it after a change).
 */
class FindingCatalogTest {
    private static final Path DOC = Path.of("docs/findings.md");

    /**
     * Codes no fixture can produce, each with the reason. XR-OUT-903 needs previous deliverables
     * that cannot be deleted, which neither git nor a root user (as CI runs) can make.
     */
    private static final Map<String, String> WITHOUT_FIXTURE = Map.of(
            "XR-OUT-903", "needs previous deliverables the file system refuses to delete");

    /** Per code, the folders of its fixtures. */
    private static Map<String, List<Path>> fixtures() throws IOException {
        Map<String, List<Path>> m = new LinkedHashMap<>();
        try (Stream<Path> cases = InvalidInputTest.fixtures()) {
            for (Path c : cases.toList()) {
                m.computeIfAbsent(c.getParent().getFileName().toString(), k -> new ArrayList<>()).add(c);
            }
        }
        return m;
    }

    @Test
    void everyFindingCodeHasAFixture() throws IOException {
        Map<String, List<Path>> fixtures = fixtures();
        List<String> missing = new ArrayList<>();
        for (Code c : Code.values()) {
            if (!fixtures.containsKey(c.id()) && !WITHOUT_FIXTURE.containsKey(c.id())) {
                missing.add(c.id() + " (" + c.summary() + ")");
            }
        }
        assertThat(missing).as("codes without a folder under %s", InvalidInputTest.FIXTURES).isEmpty();
        for (String id : WITHOUT_FIXTURE.keySet()) {
            assertThat(fixtures).as("%s has a fixture now: take it off the list", id).doesNotContainKey(id);
        }
    }

    @Test
    void everyFixtureFolderNamesACode() throws IOException {
        List<String> ids = Stream.of(Code.values()).map(Code::id).toList();
        assertThat(fixtures().keySet()).allSatisfy(id -> assertThat(ids).as("a code of dev.xreport.diag.Code").contains(id));
    }

    @Test
    void codesAreUnique() {
        assertThat(Stream.of(Code.values()).map(Code::id)).doesNotHaveDuplicates();
    }

    @Test
    void theFindingsDocumentIsGeneratedFromTheCode() throws IOException {
        byte[] actual = document(fixtures()).getBytes(StandardCharsets.UTF_8);
        if (!Files.exists(DOC) || !java.util.Arrays.equals(Files.readAllBytes(DOC), actual)) {
            Golden.record(DOC, actual);
        }
        assertThat(DOC).as("%s (run the tests with -Dgolden.update=true after changing the findings)", DOC)
                .exists().hasBinaryContent(actual);
    }

    private static String document(Map<String, List<Path>> fixtures) throws IOException {
        StringBuilder md = new StringBuilder();
        md.append("# Findings\n\n")
                .append("Everything xreport says about its input or its output is a finding with a stable code. The text form is\n")
                .append("`file:line:col: severity CODE: $.json.path: message` (file and position are left out when a finding\n")
                .append("is about no place in a file); `--findings-format json` prints one JSON object per finding.\n\n")
                .append("Exit codes: 2 when an **error** is about the input (it cannot be read, or refers to what does not\n")
                .append("exist); 1 when a finding reaches `--fail-on` (default: inconsistency) or a deliverable cannot be\n")
                .append("written; 0 otherwise. A run that does not exit 0 writes nothing.\n\n")
                .append("This file is generated from `dev.xreport.diag.Code` and the fixtures under\n")
                .append("`src/test/resources/invalid/<CODE>/` by `FindingCatalogTest`; each example is the first line its first\n")
                .append("fixture prints.\n\n");
        md.append("| Code | Severity | About | Meaning |\n|---|---|---|---|\n");
        for (Code c : Code.values()) {
            md.append("| [").append(c.id()).append("](#").append(c.id().toLowerCase(java.util.Locale.ROOT)).append(") | ")
                    .append(c.severity().word()).append(" | ").append(stage(c)).append(" | ")
                    .append(c.summary().replace("|", "\\|")).append(" |\n");
        }
        for (Code c : Code.values()) {
            md.append("\n## ").append(c.id()).append("\n\n").append(c.severity().word()).append(", ").append(stage(c))
                    .append(": ").append(c.summary()).append(".\n\n");
            List<Path> cases = fixtures.getOrDefault(c.id(), List.of());
            if (cases.isEmpty()) {
                md.append("No fixture: ").append(WITHOUT_FIXTURE.get(c.id())).append(".\n");
                continue;
            }
            Path first = cases.get(0);
            String example = Files.readString(first.resolve("expected.txt"), StandardCharsets.UTF_8).lines()
                    .filter(l -> l.contains(" " + c.id() + ": ")).findFirst().orElseThrow();
            md.append("Example (`").append(InvalidInputTest.FIXTURES.relativize(first)).append("`):\n\n```\n")
                    .append(example).append("\n```\n");
            if (cases.size() > 1) {
                md.append("\nAlso: ").append(String.join(", ", cases.subList(1, cases.size()).stream()
                        .map(p -> "`" + p.getFileName() + "`").toList())).append(".\n");
            }
        }
        return md.toString();
    }

    private static String stage(Code c) {
        return switch (c.stage()) {
            case INPUT -> c.severity() == Severity.ERROR ? "input (exit 2)" : "input";
            case VALIDATION -> "validation";
            case OUTPUT -> "output";
        };
    }
}
