package dev.xreport.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line as a newcomer meets it: help, the default report, validate, exit codes. */
class CliTest {
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return Main.execute(new PrintWriter(out, true), new PrintWriter(err, true), args);
    }

    @Test
    void helpExplainsTheCommandsAndExitCodes() {
        assertThat(run("--help")).isZero();
        assertThat(out.toString())
                .contains("generate", "validate", "WeBank 2022", "Exit codes", "0  done", "2  usage error");
    }

    @Test
    void generateHelpNamesEveryOption() {
        assertThat(run("generate", "--help")).isZero();
        assertThat(out.toString()).contains("REPORT", "--out", "--formats", "--fail-on", "inconsistency");
        // every format the generator knows is named in the help
        dev.xreport.render.Renderers.byFormat().keySet().forEach(f -> assertThat(out.toString()).contains(f));
    }

    @Test
    void generateWithNoReportWritesTheWebankDeliverables(@TempDir Path tmp) throws Exception {
        assertThat(run("generate", "--out", tmp.toString())).isZero();
        Path facts = tmp.resolve("webank-2022/webank-2022.facts.json");
        assertThat(facts).exists();
        assertThat(Files.readString(facts)).contains("\"concept\" : \"Assets\"", "473861630000");
        // one progress line per step, each with its time
        assertThat(out.toString().lines().filter(l -> l.matches("^(load|validate|json|xbrl|check|html|ixbrl|pdf|xlsx|agree|publish) .*\\(\\d+ ms\\)$")))
                .hasSize(12);
        assertThat(out.toString()).contains("agree     0 disagreements across instance (424 facts), Inline XBRL (424 facts)");
        assertThat(tmp.resolve("webank-2022/webank-2022.xlsx")).exists();
        assertThat(tmp.resolve("webank-2022/webank-2022.pdf")).exists();
        assertThat(tmp.resolve("webank-2022/webank-2022.html")).exists();
        assertThat(out.toString()).contains("check     0 findings in the XBRL instance",
                "check     0 findings in webank-2022-taxonomy.zip, webank-2022.xhtml, webank-2022.zip");
        assertThat(tmp.resolve("webank-2022/webank-2022.xbrl")).exists();
        assertThat(tmp.resolve("webank-2022/taxonomy/webank-2022.xsd")).exists();
        // nothing worse than the taxonomy compiler's notes on what it left out of the calculation linkbase
        assertThat(err.toString().lines()).allMatch(l -> l.contains(": info XR-TAX-704: "));
        // the Inline XBRL document validates, and extracts to an instance with the instance's facts
        out.getBuffer().setLength(0);
        Path xhtml = tmp.resolve("webank-2022/webank-2022.xhtml");
        assertThat(run("validate", xhtml.toString())).isZero();
        assertThat(out.toString()).contains("xreport: valid (0 errors, 0 inconsistencies, 0 warnings)");
        assertThat(run("extract", xhtml.toString(), "-o", tmp.resolve("extracted.xbrl").toString())).isZero();
        assertThat(Files.readString(tmp.resolve("extracted.xbrl"))).contains("<xr:Assets contextRef=\"C_I2022\" unitRef=\"CNY\" decimals=\"-3\">473861630000</xr:Assets>");
        Files.delete(tmp.resolve("extracted.xbrl"));
        // nothing left behind beside the deliverables
        try (var siblings = Files.list(tmp)) {
            assertThat(siblings.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("index.html", "webank-2022");
        }
    }

    @Test
    void validateTheEmbeddedReportFolderIsClean() {
        assertThat(run("validate", "src/main/reports/webank-2022")).isZero();
        assertThat(out.toString()).contains("0 errors, 0 inconsistencies, 0 warnings");
    }

    @Test
    void validateWithNoReportChecksTheEmbeddedOne() {
        assertThat(run("validate")).isZero();
        assertThat(out.toString()).contains("webank-2022: 424 facts", "check     0 findings in the XBRL instance",
                "xreport: valid (0 errors, 0 inconsistencies, 0 warnings)");
    }

    @Test
    void validateAcceptsTheEntryFileToo() {
        assertThat(run("validate", "src/test/resources/reports/minimal/report.yaml")).isZero();
    }

    @Test
    void unknownOptionIsAUsageError() {
        assertThat(run("generate", "--colour")).isEqualTo(2);
        assertThat(err.toString()).contains("Unknown option");
    }

    @Test
    void missingReportIsExitCodeTwoWithTheFileNamed(@TempDir Path tmp) {
        assertThat(run("validate", tmp.resolve("nowhere").toString())).isEqualTo(2);
        assertThat(err.toString()).contains("XR-LOAD-109", "nowhere");
    }

    /** Validate writes nothing, and its verdict says whether the file is valid, not what was written. */
    @Test
    void validateSaysValidOrNotValid() {
        assertThat(run("validate", "src/test/resources/invalid/XR-XBRL-637/role-ref-to-no-role-type/instance.xbrl")).isEqualTo(1);
        assertThat(out.toString().strip()).isEqualTo("xreport: not valid (1 error, 0 inconsistencies, 0 warnings)");
        out.getBuffer().setLength(0);
        assertThat(run("validate", "src/test/resources/xbrl/dimensions/valid.xbrl")).isZero();
        assertThat(out.toString().strip()).isEqualTo("xreport: valid (0 errors, 0 inconsistencies, 0 warnings)");
    }

    @Test
    void unknownFormatIsRefused(@TempDir Path tmp) {
        assertThat(run("generate", "--formats", "docx", "--out", tmp.toString())).isEqualTo(2);
        assertThat(err.toString()).contains("unknown format \"docx\"");
        assertThat(tmp.resolve("webank-2022")).doesNotExist();
    }

    @Test
    void failOnWarningTurnsWarningsIntoFailure(@TempDir Path tmp) throws Exception {
        Path report = tmp.resolve("r");
        Files.createDirectories(report);
        String minimal = Files.readString(Path.of("src/test/resources/reports/minimal/report.yaml"));
        // a table no section places is a warning
        Files.writeString(report.resolve("report.yaml"), minimal.replace("      - table: balance-sheet\n", ""));
        assertThat(run("validate", report.toString())).isZero();
        assertThat(err.toString()).contains("warning XR-TABLE-302");
        assertThat(run("validate", report.toString(), "--fail-on", "warning")).isEqualTo(1);
    }

    @Test
    void validateTakesFormatJsonToo() {
        assertThat(run("validate", "src/test/resources/invalid/XR-REF-201/undefined-period", "--format", "json")).isEqualTo(2);
        assertThat(err.toString().strip()).startsWith("{\"code\":\"XR-REF-201\"");
    }

    @Test
    void findingsCanBePrintedAsJson() {
        assertThat(run("validate", "src/test/resources/invalid/XR-LOAD-105/not-a-number", "--findings-format", "json"))
                .isEqualTo(2);
        assertThat(err.toString().strip()).startsWith("{\"code\":\"XR-LOAD-105\"").contains("\"line\":17", "\"column\":50");
    }
}
