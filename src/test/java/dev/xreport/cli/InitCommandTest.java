package dev.xreport.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code xreport init DIR}: a starter report that validates with no finding and generates as it is, written over nothing. */
class InitCommandTest {
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        out.getBuffer().setLength(0);
        err.getBuffer().setLength(0);
        return Main.execute(new PrintWriter(out, true), new PrintWriter(err, true), args);
    }

    @Test
    void theStarterValidatesWithNoFindingAndGenerates(@TempDir Path tmp) throws Exception {
        Path dir = tmp.resolve("my-report");
        assertThat(run("init", dir.toString())).isZero();
        assertThat(out.toString()).contains("wrote a starter report to " + dir, "xreport validate " + dir);
        assertThat(dir.resolve("report.yaml")).exists();
        assertThat(dir.resolve("vocabulary.yaml")).exists();
        assertThat(Files.readString(dir.resolve("report.yaml"))).contains("# ", "iso4217:USD", "scale: 0", "sum: [", "checks:", "{Revenue@FY2024}")
                .doesNotContainIgnoringCase("webank").doesNotContain("CNY", "RMB");

        assertThat(run("validate", dir.toString())).as("%s", err).isZero();
        assertThat(err.toString()).as("no finding, not even info").isEmpty();
        assertThat(out.toString()).contains("xreport: valid (0 errors, 0 inconsistencies, 0 warnings)");

        Path output = tmp.resolve("output");
        assertThat(run("generate", dir.toString(), "--out", output.toString())).as("%s", err).isZero();
        assertThat(output.resolve("starter-2024/starter-2024.html")).exists();
        assertThat(output.resolve("starter-2024/starter-2024.xbrl")).exists();
        assertThat(Files.readString(output.resolve("starter-2024/starter-2024.html"))).contains("Balance Sheet", "Income Statement");
    }

    @Test
    void refusesToWriteOverAFileAndWritesNothing(@TempDir Path tmp) throws Exception {
        Files.writeString(tmp.resolve("vocabulary.yaml"), "mine\n");
        assertThat(run("init", tmp.toString())).isEqualTo(2);
        assertThat(err.toString()).contains(tmp.resolve("vocabulary.yaml") + " exists already", "replaces nothing");
        assertThat(tmp.resolve("report.yaml")).doesNotExist();
        assertThat(tmp.resolve("vocabulary.yaml")).hasContent("mine");

        Path file = tmp.resolve("a-file");
        Files.writeString(file, "x");
        assertThat(run("init", file.toString())).isEqualTo(2);
        assertThat(err.toString()).contains("is a file, not a folder");
    }

    @Test
    void isNamedInTheHelp() {
        assertThat(run("--help")).isZero();
        assertThat(out.toString()).contains("init");
        assertThat(run("init", "--help")).isZero();
        assertThat(out.toString()).contains("starter report", "never replaced");
    }
}
