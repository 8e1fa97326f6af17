package dev.xreport.agree;

import static org.assertj.core.api.Assertions.assertThat;

import dev.xreport.derive.Cells;
import dev.xreport.diag.Finding;
import dev.xreport.diag.Severity;
import dev.xreport.generate.Generator;
import dev.xreport.generate.Request;
import dev.xreport.generate.Result;
import dev.xreport.model.Fact;
import dev.xreport.model.Report;
import dev.xreport.render.Renderer;
import dev.xreport.render.Renderers;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * generate reads back every deliverable and compares its figures with the report's facts: one
 * renderer is made to show Receivables at 1,260 thousand where the report states 1,250 thousand.
 */
class DeliverableCheckTest {
    private static final Path MINIMAL = Path.of("src/test/resources/reports/minimal");

    @Test
    void theDeliverablesOfTheMinimalReportAgree(@TempDir Path out) {
        List<String> steps = new java.util.ArrayList<>();
        Result r = new Generator(steps::add).generate(new Request(MINIMAL, out, List.of(), Severity.INCONSISTENCY));
        assertThat(r.exitCode()).isZero();
        assertThat(steps).anySatisfy(s -> assertThat(s).startsWith("agree").contains("0 disagreements",
                "instance (4 facts)", "Inline XBRL (4 facts)", "workbook (6 cells)", "PDF (3 figures)"));
    }

    @ParameterizedTest(name = "{0} made to disagree")
    @CsvSource({
        "xbrl,  minimal.xbrl,  XR-AGREE-951",
        "ixbrl, minimal.xhtml, XR-AGREE-951",
        "xlsx,  minimal.xlsx,  XR-AGREE-951",
        "pdf,   minimal.pdf,   XR-AGREE-951",
    })
    void aDeliverableThatDisagreesStopsTheRunAndIsNamed(String format, String file, String code, @TempDir Path out) throws Exception {
        Map<String, Renderer> renderers = new LinkedHashMap<>(Renderers.byFormat());
        Renderer honest = renderers.get(format);
        renderers.put(format, new Renderer() {
            @Override public String format() {
                return honest.format();
            }
            @Override public Path render(Report report, Cells cells, dev.xreport.taxonomy.Taxonomy taxonomy, dev.xreport.diag.Findings findings,
                                         Path dir) throws java.io.IOException {
                Report lie = receivablesAt(report, new BigDecimal("1260000"));
                return honest.render(lie, new Cells(lie), findings, dir); // written wholly from the lie: its taxonomy compiled from it
            }
        });
        Files.createDirectories(out.resolve("minimal"));
        Files.writeString(out.resolve("minimal/previous.txt"), "the previous run");

        Result r = new Generator(line -> { }, renderers).generate(new Request(MINIMAL, out, List.of(), Severity.INCONSISTENCY));

        assertThat(r.exitCode()).isEqualTo(1);
        List<Finding> disagreements = r.findings().all().stream().filter(f -> f.code().id().startsWith("XR-AGREE")).toList();
        assertThat(disagreements).isNotEmpty().allSatisfy(f -> {
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
            assertThat(f.source().file()).endsWith(file);
        });
        assertThat(disagreements).anySatisfy(f -> {
            assertThat(f.code().id()).isEqualTo(code);
            assertThat(f.message()).contains(format.equals("pdf") ? "\"1,250\"" : "1250000");
        });
        // the other deliverables agree, and nothing was published
        assertThat(r.findings().all().stream().filter(f -> f.code().id().startsWith("XR-AGREE"))
                .map(f -> Path.of(f.source().file()).getFileName().toString())).containsOnly(file);
        assertThat(Files.readString(out.resolve("minimal/previous.txt"))).isEqualTo("the previous run");
    }

    private static Report receivablesAt(Report r, BigDecimal value) {
        List<Fact> facts = r.facts().stream().map(f -> f.concept().equals("Receivables")
                ? new Fact(f.key(), f.unit(), f.decimals(), value, null, null, f.source()) : f).toList();
        return new Report(r.id(), r.title(), r.language(), r.source(), r.entity(), r.reportingPeriod(), r.scale(), r.periods(),
                r.units(), facts, r.tables(), r.sections(), r.corrections(), r.checks(), r.vocabulary(), r.origin());
    }
}
