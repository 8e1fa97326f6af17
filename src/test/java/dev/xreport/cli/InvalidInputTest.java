package dev.xreport.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.xreport.diag.Code;
import dev.xreport.diag.Severity;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every folder {@code src/test/resources/invalid/<CODE>/<case>/} is input with one thing wrong; the
 * folder above it names the finding code it must produce. Its {@code expected.txt} holds every
 * finding the CLI prints for it, reviewed by hand, with file names relative to the case folder
 * (or to {@code {out}}, the output folder, for findings about a deliverable). A
 * finding about the input must name its file, line and column; one about the output may name none.
 *
 * <p>What the case folder holds decides the command: a {@code package.zip}, an {@code instance.xbrl} or an {@code .xhtml}
 * file is given to {@code xreport validate}; anything else is a report folder given to
 * {@code xreport generate --out <tmp>}; either with the options in {@code args.txt} if there is one
 * ({@code {dir}} stands for the case folder, {@code {out}} for the output folder).
 *
 * <p>A case folder with a {@code grow.txt} is grown before the run (see {@link #grown}): the way to
 * test a 50 MB file without keeping one in git.
 */
class InvalidInputTest {
    static final Path FIXTURES = Path.of("src/test/resources/invalid");
    private static final Pattern LINE = Pattern.compile("^(?:(.+?)(?::(\\d+):(\\d+))?: )?(error|inconsistency|warning|info) (XR-[A-Z]+-\\d+): .+");

    static Stream<Path> fixtures() throws IOException {
        List<Path> all = new ArrayList<>();
        try (Stream<Path> codes = Files.list(FIXTURES)) {
            for (Path code : codes.filter(Files::isDirectory).sorted().toList()) {
                try (Stream<Path> cases = Files.list(code)) {
                    cases.filter(Files::isDirectory).sorted().forEach(all::add);
                }
            }
        }
        return all.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void givesItsFindingAtItsPlace(Path fixture, @TempDir Path tmp) throws IOException {
        Path dir = Files.exists(fixture.resolve("grow.txt")) ? grown(fixture, tmp.resolve("grown")) : fixture;
        Path out = tmp.resolve("output");
        List<String> args = command(dir, out);

        StringWriter stdout = new StringWriter();
        StringWriter stderr = new StringWriter();
        int exit = Main.execute(new PrintWriter(stdout), new PrintWriter(stderr), args.toArray(String[]::new));

        String code = fixture.getParent().getFileName().toString();
        List<String> expected = Files.readString(fixture.resolve("expected.txt"), StandardCharsets.UTF_8).lines()
                .filter(l -> !l.isBlank())
                .map(l -> l.startsWith("{out}") ? out + l.substring(5) : placed(l) ? dir + "/" + l : l).toList();
        List<String> printed = stderr.toString().lines().toList();
        assertThat(printed).as("findings of %s (stdout: %s)", args, stdout).containsExactlyElementsOf(expected);

        List<Code> codes = new ArrayList<>();
        for (String line : printed) {
            Matcher m = LINE.matcher(line);
            assertThat(m.matches()).as("file:line:col: severity code: message — %s", line).isTrue();
            Code c = byId(m.group(5));
            codes.add(c);
            // XR-OUT-902 is about an option, not a file; XR-PKG-861 about a zip archive, which has no lines
            if (c.stage() == Code.Stage.INPUT && !c.id().startsWith("XR-OUT-") && !c.id().startsWith("XR-PKG-")) {
                assertThat(m.group(2)).as("a finding about input names its file, line and column: %s", line).isNotNull();
                assertThat(Integer.parseInt(m.group(2))).as("a finding about input names its line: %s", line).isPositive();
                assertThat(Integer.parseInt(m.group(3))).as("and its column: %s", line).isPositive();
            }
        }
        assertThat(codes).as("the folder's code").extracting(Code::id).contains(code);

        boolean inputError = codes.stream().anyMatch(c -> c.severity() == Severity.ERROR && c.stage() == Code.Stage.INPUT);
        boolean failing = codes.stream().anyMatch(c -> c.severity().reaches(Severity.INCONSISTENCY));
        assertThat(exit).isEqualTo(inputError ? 2 : failing ? 1 : 0);
        if (args.get(0).equals("generate")) {
            if (exit == 0) {
                assertThat(out).isDirectory();
            } else {
                assertThat(out).as("a failed run writes nothing").doesNotExist();
                assertThat(stdout.toString()).containsAnyOf("nothing written", "the previous output is untouched");
            }
        }
    }

    /** Whether an expected line names a place (a file relative to the case folder) or nothing. */
    private static boolean placed(String line) {
        Matcher m = LINE.matcher(line);
        return !m.matches() || m.group(1) != null;
    }

    private static List<String> command(Path dir, Path out) throws IOException {
        List<Path> xhtml;
        try (Stream<Path> files = Files.list(dir)) {
            xhtml = files.filter(p -> p.toString().endsWith(".xhtml")).toList();
        }
        List<String> args = new ArrayList<>();
        if (Files.exists(dir.resolve("package.zip"))) {
            args.addAll(List.of("validate", dir.resolve("package.zip").toString()));
        } else if (Files.exists(dir.resolve("instance.xbrl"))) {
            args.addAll(List.of("validate", dir.resolve("instance.xbrl").toString()));
        } else if (xhtml.size() == 1) {
            args.addAll(List.of("validate", xhtml.get(0).toString()));
        } else {
            args.addAll(List.of("generate", dir.toString()));
        }
        Path extra = dir.resolve("args.txt");
        List<String> options = Files.exists(extra) ? Arrays.asList(Files.readString(extra).strip()
                .replace("{dir}", dir.toString()).replace("{out}", out.toString()).split("\\s+")) : List.of();
        if (args.get(0).equals("generate") && !options.contains("--out")) {
            args.addAll(List.of("--out", out.toString()));
        }
        args.addAll(options);
        return args;
    }

    /**
     * A copy of the case folder whose {@code report.yaml} is grown to the size {@code grow.txt}
     * gives in bytes, by comment lines put in before its last line: whatever is wrong on that last
     * line must still be found, at its line, however large the file.
     */
    static Path grown(Path fixture, Path copy) throws IOException {
        long size = Long.parseLong(Files.readString(fixture.resolve("grow.txt")).strip());
        Files.createDirectories(copy);
        List<String> lines = Files.readAllLines(fixture.resolve("report.yaml"), StandardCharsets.UTF_8);
        String padding = "# " + "x".repeat(97) + "\n";
        try (var w = Files.newBufferedWriter(copy.resolve("report.yaml"), StandardCharsets.UTF_8)) {
            long written = 0;
            for (String l : lines.subList(0, lines.size() - 1)) {
                w.write(l);
                w.write('\n');
                written += l.length() + 1;
            }
            String last = lines.get(lines.size() - 1) + "\n";
            for (; written + last.length() < size; written += padding.length()) {
                w.write(padding);
            }
            w.write(last);
        }
        Files.copy(fixture.resolve("expected.txt"), copy.resolve("expected.txt"));
        return copy;
    }

    static Code byId(String id) {
        return Arrays.stream(Code.values()).filter(c -> c.id().equals(id)).findFirst()
                .orElseThrow(() -> new AssertionError("no finding code " + id));
    }
}
