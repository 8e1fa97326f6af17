package dev.xreport.generate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.xreport.derive.Cells;
import dev.xreport.diag.Finding;
import dev.xreport.diag.Findings;
import dev.xreport.diag.Severity;
import dev.xreport.internal.Trees;
import dev.xreport.model.Report;
import dev.xreport.render.Renderer;
import dev.xreport.render.Renderers;
import dev.xreport.taxonomy.Taxonomy;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * generate checks the XBRL instance it writes; a finding about a fact says where the report states it,
 * and an inconsistency the report's own validation already found is not reported again.
 */
class InstanceCheckTest {

    /** A renderer that writes what {@code base} writes, then changes the text of the file it wrote. */
    private record Altered(Renderer base, UnaryOperator<String> change) implements Renderer {
        @Override
        public String format() {
            return base.format();
        }

        @Override
        public Path render(Report report, Cells cells, Taxonomy taxonomy, Findings findings, Path dir) throws IOException {
            Path file = base.render(report, cells, taxonomy, findings, dir);
            Files.writeString(file, change.apply(Files.readString(file)));
            return file;
        }
    }

    /** Where a test writes when the output folder must lie below the working folder, as target/xreport does under mvn. */
    private static final Path BELOW_WORKING_FOLDER = Path.of("target/instance-check");

    @AfterEach
    void removeOutputBelowTheWorkingFolder() throws IOException {
        Trees.delete(BELOW_WORKING_FOLDER);
    }

    /** The minimal report, with {@code edit} applied, in a folder of its own. */
    private static Path minimal(Path work, UnaryOperator<String> edit) throws IOException {
        Path report = work.resolve("minimal");
        Files.createDirectories(report);
        Files.writeString(report.resolve("report.yaml"), edit.apply(Files.readString(Path.of("src/test/resources/reports/minimal/report.yaml"))));
        return report;
    }

    /**
     * A total 10 thousand off its two lines: the report's own rule (exact) finds it, and the XBRL check
     * (Calculations 1.1) of the instance, of the Inline XBRL page and of the page in the report package
     * would find it again; one typo is still one finding of the sum (and one of the report's own check
     * that says the same), at the report's line, and no finding names the staging folder.
     */
    @Test
    void anInconsistentTotalIsReportedOnceAtTheReportsLine(@TempDir Path work) throws Exception {
        Path report = minimal(work, yaml -> yaml.replace("value: 1350}", "value: 1360}"));
        List<String> progress = new ArrayList<>();
        // the report's own rules would stop the run first; with --fail-on error it goes on to the XBRL check
        Result r = new Generator(progress::add).generate(new Request(report, BELOW_WORKING_FOLDER, List.of(), Severity.ERROR));
        assertThat(r.exitCode()).isZero();
        assertThat(r.findings().all()).extracting(f -> f.code().id()).containsExactly("XR-CALC-501", "XR-CALC-503");
        assertThat(r.findings().all().get(0).source()).satisfies(s -> {
            assertThat(s.file()).endsWith("minimal/report.yaml");
            assertThat(s.line()).isEqualTo(18);
        });
        assertThat(progress).anySatisfy(l -> assertThat(l).startsWith("check     1 findings in the XBRL instance (1 already reported)"));
        assertThat(progress).anySatisfy(l -> assertThat(l).startsWith("check     2 findings in minimal-taxonomy.zip, minimal.xhtml, minimal.zip (2 already reported)"));
    }

    /**
     * An inconsistency only the instance has (its total changed after it was written): the XBRL check
     * reports it once, at the instance as it is published (not in the staging folder, also when the
     * output lies below the working folder), naming where the report states the fact.
     */
    @Test
    void aFindingOnlyTheInstanceHasNamesThePublishedFileAndTheReportsFact(@TempDir Path work) throws Exception {
        Map<String, Renderer> renderers = new LinkedHashMap<>(Renderers.byFormat());
        renderers.put("xbrl", new Altered(renderers.get("xbrl"), instance -> {
            assertThat(instance).contains("decimals=\"-3\">1350000</xr:Assets>");
            return instance.replace("decimals=\"-3\">1350000</xr:Assets>", "decimals=\"-3\">1360000</xr:Assets>");
        }));
        Result r = new Generator(line -> { }, renderers).generate(new Request(minimal(work, yaml -> yaml),
                BELOW_WORKING_FOLDER, List.of("xbrl", "ixbrl"), Severity.ERROR));

        List<Finding> xbrlFindings = r.findings().all().stream().filter(f -> f.code().id().startsWith("XR-XBRL")).toList();
        assertThat(xbrlFindings).as("%s", r.findings().all()).singleElement().satisfies(f -> {
            assertThat(f.code().id()).isEqualTo("XR-XBRL-631"); // Calculations 1.1
            assertThat(f.severity()).isEqualTo(Severity.INCONSISTENCY);
            assertThat(f.source().file()).isEqualTo(BELOW_WORKING_FOLDER.resolve("minimal").resolve("minimal.xbrl").toString());
            assertThat(f.related()).anySatisfy(rel -> {
                assertThat(rel.what()).isEqualTo("Assets@I2024 in the report");
                assertThat(rel.source().file()).endsWith("minimal/report.yaml");
                assertThat(rel.source().line()).isEqualTo(18);
            });
        });
        assertThat(r.findings().all()).noneSatisfy(f -> assertThat(f.toString()).contains(".tmp-"));
    }

    /**
     * One thousand off, at decimals -3, is within the rounding that Calculations 1.1 allows for two
     * lines reported in thousands: the XBRL check is silent, and xreport's own exact rule (the report's
     * figures are exact thousands) is what reports it.
     */
    @Test
    void oneThousandOffIsCaughtByTheReportsOwnRuleNotByCalculations11(@TempDir Path out) {
        Path report = Path.of("src/test/resources/invalid/XR-CALC-501/total-does-not-add-up");
        Result r = new Generator(line -> { }).generate(new Request(report, out, List.of(), Severity.ERROR));
        assertThat(r.findings().all()).extracting(f -> f.code().id()).contains("XR-CALC-501").doesNotContain("XR-XBRL-631");
    }

    @Test
    void theWebankInstanceHasNoFindings(@TempDir Path out) {
        Result r = new Generator(line -> { }).generate(Request.defaults(out));
        assertThat(r.exitCode()).isZero();
        assertThat(r.findings().all()).allMatch(f -> f.severity() == Severity.INFO);
    }
}
