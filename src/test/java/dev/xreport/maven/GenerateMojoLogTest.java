package dev.xreport.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.xreport.internal.Trees;
import java.io.File;
import java.io.IOException;
import java.lang.reflect.Proxy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.logging.Log;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What xreport:generate logs for one typo in a report (a total 10 thousand off its lines): the
 * finding that fails the build is at [ERROR], so that {@code mvn -q} shows it; below failOn it is at
 * [WARNING]; either way it is counted and printed once, and no line names the staging folder.
 */
class GenerateMojoLogTest {

    /** Each line logged, as Maven prints it: {@code [ERROR] message}. */
    private final List<String> lines = new ArrayList<>();
    private final Log log = (Log) Proxy.newProxyInstance(Log.class.getClassLoader(), new Class<?>[] {Log.class},
            (proxy, method, args) -> {
                String name = method.getName();
                if (name.startsWith("is")) {
                    return true;
                }
                if (args != null && args[0] instanceof CharSequence content) {
                    lines.add("[" + (name.equals("warn") ? "WARNING" : name.toUpperCase(Locale.ROOT)) + "] " + content);
                }
                return null;
            });

    /** The lines that print a finding. */
    private List<String> findings() {
        return lines.stream().filter(l -> l.contains(" XR-")).toList();
    }

    private File written;

    @AfterEach
    void removeTheOutput() throws IOException {
        if (written != null) {
            Trees.delete(written.toPath());
        }
    }

    /** The minimal report with Assets 1,360 instead of 1,350, and without its own check of the same sum. */
    private GenerateMojo mojo(Path work, String failOn) throws Exception {
        Path report = work.resolve("reports/minimal");
        Files.createDirectories(report);
        String minimal = Files.readString(Path.of("src/test/resources/reports/minimal/report.yaml"));
        Files.writeString(report.resolve("report.yaml"), minimal.replace("value: 1350}", "value: 1360}")
                .replaceAll("checks:\n.*\n", ""));
        GenerateMojo mojo = new GenerateMojo();
        mojo.setLog(log);
        mojo.reports = report.getParent().toFile();
        // below the working folder, as target/xreport is under mvn: findings there are named relative to it
        written = Files.createTempDirectory(Files.createDirectories(Path.of("target")), "mojo-log-").toFile();
        mojo.outputDirectory = written;
        mojo.formats = List.of("xbrl", "ixbrl");
        mojo.lang = "en";
        mojo.failOn = failOn;
        return mojo;
    }

    @Test
    void theFindingThatFailsTheBuildIsAnErrorNamingTheFigure(@TempDir Path work) throws Exception {
        GenerateMojo mojo = mojo(work, "INCONSISTENCY");

        assertThatThrownBy(mojo::execute).isInstanceOf(MojoFailureException.class)
                .hasMessageEndingWith(": 1 inconsistency");
        assertThat(findings()).as("%s", lines).singleElement().asString()
                .startsWith("[ERROR] ").contains("minimal/report.yaml:[18,5] XR-CALC-501 ", "Total assets",
                        "Assets@I2024 is 1,360 thousand EUR but Cash + Receivables = 1,350 thousand EUR");
    }

    /**
     * With failOn=ERROR the run goes on to write and check the XBRL deliverables, whose calculation
     * check finds the same total again in the instance, the Inline XBRL document and the report
     * package: still one finding, at [WARNING], at the report's line.
     */
    @Test
    void belowFailOnTheSameTotalIsOneWarningAndNoStagingPath(@TempDir Path work) throws Exception {
        GenerateMojo mojo = mojo(work, "ERROR");

        mojo.execute();

        assertThat(findings()).as("%s", lines).singleElement().asString()
                .startsWith("[WARNING] ").contains("minimal/report.yaml:[18,5] XR-CALC-501 ");
        assertThat(lines).anySatisfy(l -> assertThat(l).startsWith("[INFO] xreport: 0 errors, 1 inconsistency, 0 warnings;"));
        assertThat(lines).noneSatisfy(l -> assertThat(l).contains(".tmp-"));
        assertThat(new File(mojo.outputDirectory, "minimal/minimal.xbrl")).isFile();
    }
}
