package dev.xreport.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code -q} prints nothing when all is well, and only what is wrong when it is not. */
class QuietTest {
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return Main.execute(new PrintWriter(out, true), new PrintWriter(err, true), args);
    }

    /** The arguments the build gives the CLI to render the embedded report (pom.xml, execution render-default-report). */
    private static List<String> buildsArguments(Path out) throws Exception {
        String pom = Files.readString(Path.of("pom.xml"));
        Matcher execution = Pattern.compile("(?s)<id>render-default-report</id>.*?<arguments>(.*?)</arguments>").matcher(pom);
        assertThat(execution.find()).as("the execution render-default-report in pom.xml").isTrue();
        return Pattern.compile("<argument>(.*?)</argument>").matcher(execution.group(1)).results()
                .map(m -> m.group(1).replace("${xreport.out}", out.toString())).toList();
    }

    /**
     * The README's first command, {@code mvn -q -DskipTests package}, renders the embedded report with
     * these arguments: no progress line, none of the report's findings for the record (it has three),
     * no verdict.
     */
    @Test
    void theBuildRendersTheEmbeddedReportWithoutAWord(@TempDir Path tmp) throws Exception {
        assertThat(run(buildsArguments(tmp).toArray(String[]::new))).isZero();
        assertThat(out.toString()).isEmpty();
        assertThat(err.toString()).isEmpty();
        assertThat(tmp.resolve("webank-2022/webank-2022.pdf")).isRegularFile();
    }

    /** When the run fails, -q still names every finding and says that nothing was written. */
    @Test
    void aFailedRunPrintsItsFindingsAndItsVerdict(@TempDir Path tmp) throws Exception {
        Path report = tmp.resolve("minimal");
        Files.createDirectories(report);
        Files.writeString(report.resolve("report.yaml"), Files.readString(Path.of("src/test/resources/reports/minimal/report.yaml"))
                .replace("value: 1350}", "value: 1360}"));
        assertThat(run("generate", report.toString(), "--out", tmp.resolve("out").toString(), "-q")).isEqualTo(1);
        assertThat(err.toString().lines()).extracting(l -> l.replaceAll(".*: inconsistency (XR-[A-Z]+-\\d+): .*", "$1"))
                .containsExactly("XR-CALC-501", "XR-CALC-503");
        assertThat(out.toString().lines()).containsExactly("xreport: failed: 0 errors, 2 inconsistencies, 0 warnings; nothing written");
    }

    @Test
    void validateQuietlyOfAGoodReportPrintsNothing() {
        assertThat(run("validate", "src/test/resources/reports/rich", "--quiet")).isZero();
        assertThat(out.toString() + err).isEmpty();
    }
}
