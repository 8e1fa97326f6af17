package dev.xreport.generate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The CLI killed with SIGKILL while it writes the PDF: a real child JVM runs {@code xreport generate}
 * on the embedded WeBank report; the test reads the child's progress lines and kills it as soon as
 * the step before the PDF has ended, so the kill lands in the PDF step (Flying Saucer's layout and
 * the document itself take a second or more for WeBank; the PDF is put together in memory, so that
 * its /ID can be a digest of its bytes, and written to the staging folder at the end of the step).
 * The test checks that the run got no further (no workbook) and says whether the staging PDF was there.
 *
 * <p>The child writes json, pdf and xlsx only: the default run spends several more seconds on the
 * XBRL instance, its check and the two pages before the PDF, with the same staging folder and the
 * same code around each step, so they add time and nothing to what is checked.
 */
class KilledRunTest {
    private static final Path WEBANK = Path.of("src/main/reports/webank-2022").toAbsolutePath();
    private static final String ID = "webank-2022";
    private static final List<String> FORMATS = List.of("json", "pdf", "xlsx");
    /** Every wait is bounded by this; a run that needs longer is a failure, with what the child printed. */
    private static final Duration LIMIT = Duration.ofSeconds(60);
    /** What the JDK reports for a process ended by a signal: 128 + the signal; SIGKILL is 9 (SIGTERM 15 gives 143). */
    private static final int KILLED_BY_SIGKILL = 128 + 9;

    @Test
    void killedWhileWritingThePdfLeavesThePreviousDeliverablesExactlyAsTheyWere(@TempDir Path tmp) throws Exception {
        Path out = tmp.resolve("output");
        // the earlier, completed run (in this JVM: the same Generator the CLI calls), of the fact file
        // alone: any PDF or workbook in the output after the kill can then only be the killed run's
        Result earlier = new Generator(line -> { }).generate(new Request(WEBANK, out, List.of("json"), null));
        assertThat(earlier.exitCode()).as("the earlier run").isZero();
        Map<String, String> before = OutputTree.of(out);
        List<String> visibleBefore = OutputTree.visibleFiles(out);
        assertThat(visibleBefore).containsExactly("index.html", ID + "/" + ID + ".facts.json");

        Killed k = generateAndKillWhileThePdfIsWritten(tmp, out);

        // the output is what it was, file for file, byte for byte, hidden names included, but for the killed run's staging folder
        assertThat(withoutStaging(OutputTree.of(out), k.staging())).as("the output after the kill, but for %s", k.staging())
                .containsExactlyEntriesOf(before);
        assertThat(OutputTree.names(out)).containsExactlyInAnyOrder("index.html", ID, k.staging().getFileName().toString());
        // no partial deliverable where a reader looks: every visible file is one the earlier run published
        assertThat(OutputTree.visibleFiles(out)).containsExactlyElementsOf(visibleBefore)
                .noneMatch(f -> f.endsWith(".pdf") || f.endsWith(".xlsx"));

        // the next run succeeds and removes the killed run's staging folder
        Result next = new Generator(line -> { }).generate(new Request(WEBANK, out, List.of("json"), null));
        assertThat(next.exitCode()).as("the run after the kill: %s", next.findings().all()).isZero();
        assertThat(OutputTree.names(out)).containsExactly("index.html", ID);
        assertThat(OutputTree.names(out.resolve(ID))).containsExactly(ID + ".facts.json");
    }

    @Test
    void killedWhileWritingThePdfOfAFirstRunLeavesNoReportFolder(@TempDir Path tmp) throws Exception {
        Path out = tmp.resolve("output");

        Killed k = generateAndKillWhileThePdfIsWritten(tmp, out);

        assertThat(out.resolve(ID)).doesNotExist();
        // only the hidden staging folder: no report folder, no index, no deliverable
        assertThat(OutputTree.names(out)).containsExactly(k.staging().getFileName().toString());
        assertThat(OutputTree.visibleFiles(out)).isEmpty();

        Result next = new Generator(line -> { }).generate(new Request(WEBANK, out, List.of("json"), null));
        assertThat(next.exitCode()).as("the run after the kill: %s", next.findings().all()).isZero();
        assertThat(OutputTree.names(out)).containsExactly("index.html", ID);
    }

    /** What the kill left: the staging folder and the staging PDF's size (0: none). */
    private record Killed(Path staging, long pdfSize, long msFromStart) { }

    /**
     * Starts {@code xreport generate} in a child JVM, waits (bounded) until its PDF step has begun,
     * kills the child with SIGKILL and checks what that left in the staging folder.
     */
    private static Killed generateAndKillWhileThePdfIsWritten(Path tmp, Path out) throws Exception {
        Path log = tmp.resolve("child.log");
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "dev.xreport.cli.Main",
                "generate", WEBANK.toString(), "--out", out.toString(), "--formats", String.join(",", FORMATS)));
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        long start = System.nanoTime();
        Process child;
        try {
            child = pb.start();
        } catch (IOException e) {
            Assumptions.abort("cannot start a child JVM: " + e);
            return null;
        }
        try {
            long deadline = start + LIMIT.toNanos();
            Optional<Path> staging = Optional.empty();
            // the progress line of the json step is printed when it ends: the PDF step is then under way
            while (staging.isEmpty()) {
                if (read(log).lines().anyMatch(l -> l.startsWith("json "))) {
                    staging = staging(out);
                }
                if (staging.isPresent()) {
                    break;
                } else if (!child.isAlive()) {
                    fail("the child ended (exit " + child.exitValue() + ") before its PDF step:\n" + read(log));
                } else if (System.nanoTime() > deadline) {
                    fail("the child did not reach its PDF step in " + LIMIT.toSeconds() + " s:\n" + read(log));
                } else {
                    Thread.sleep(2);
                }
            }
            long ms = (System.nanoTime() - start) / 1_000_000;
            child.destroyForcibly();
            assertThat(child.waitFor(LIMIT.toSeconds(), TimeUnit.SECONDS)).as("the child ends within %s s of the kill", LIMIT.toSeconds())
                    .isTrue();
            assertThat(child.exitValue()).as("the child's exit value: 137 is death by SIGKILL\n%s", read(log)).isEqualTo(KILLED_BY_SIGKILL);

            Path pdf = staging.get().resolve(ID + ".pdf");
            long left = sizeOrZero(pdf);
            System.out.printf("KilledRunTest: killed %d ms after start, in the PDF step; staging PDF %s%n", ms,
                    Files.exists(pdf) ? "written (" + left + " bytes)" : "not yet written");
            // the kill came during the PDF step: the run never got to the workbook, nor published anything
            assertThat(read(log).lines()).as("the child's progress").noneMatch(l -> l.startsWith("pdf ") || l.startsWith("publish"));
            assertThat(OutputTree.names(staging.get())).doesNotContain(ID + ".xlsx").contains(ID + ".facts.json");
            return new Killed(staging.get(), left, ms);
        } finally {
            if (child.isAlive()) {
                child.destroyForcibly();
                child.waitFor(LIMIT.toSeconds(), TimeUnit.SECONDS);
            }
        }
    }

    /** The staging folder of a run of the report, if one is there. */
    private static Optional<Path> staging(Path out) throws IOException {
        if (!Files.isDirectory(out)) {
            return Optional.empty();
        }
        try (Stream<Path> s = Files.list(out)) {
            return s.filter(p -> p.getFileName().toString().startsWith("." + ID + ".tmp-")).filter(Files::isDirectory).findFirst();
        }
    }

    private static long sizeOrZero(Path p) {
        try {
            return Files.size(p);
        } catch (IOException e) {
            return 0;
        }
    }

    private static Map<String, String> withoutStaging(Map<String, String> tree, Path staging) {
        String prefix = staging.getFileName() + "/";
        Map<String, String> m = new LinkedHashMap<>();
        tree.forEach((k, v) -> {
            if (!k.startsWith(prefix)) {
                m.put(k, v);
            }
        });
        return m;
    }

    private static String read(Path log) {
        try {
            return Files.readString(log);
        } catch (IOException e) {
            return "(no output: " + e + ")";
        }
    }
}
