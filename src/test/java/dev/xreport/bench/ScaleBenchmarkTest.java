package dev.xreport.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The benchmark's smoke run, so that it cannot rot: a synthetic report of 1,000 facts, one run,
 * every stage. It asserts what the benchmark needs (the report is valid, every stage ran), never
 * a time: times are measured by the benchmark itself, on a quiet machine (BENCHMARKS.md).
 */
class ScaleBenchmarkTest {
    @Test
    void everyStageRunsOnASyntheticReportOfAThousandFacts() throws Exception {
        List<ScaleBenchmark.Figure> figures = ScaleBenchmark.run("1000", 1, 0, 20_000);
        List<ScaleBenchmark.Figure> stages = figures.stream().filter(f -> !f.stage().startsWith("check: ")).toList();
        List<ScaleBenchmark.Figure> steps = figures.stream().filter(f -> f.stage().startsWith("check: ")).toList();
        assertThat(stages).extracting(ScaleBenchmark.Figure::stage).containsExactlyElementsOf(ScaleBenchmark.STAGES);
        assertThat(steps).extracting(f -> f.stage().substring("check: ".length()))
                .as("the steps of the instance check, timed by the validator").containsExactlyElementsOf(ScaleBenchmark.CHECK_STEPS);
        assertThat(figures).allSatisfy(f -> {
            assertThat(f.facts()).isEqualTo(1000); // 5 segments of 200 facts
            assertThat(f.runs()).isEqualTo(1);
        });
        assertThat(stages).allSatisfy(f -> assertThat(f.peakHeapMb()).isPositive());
    }
}
