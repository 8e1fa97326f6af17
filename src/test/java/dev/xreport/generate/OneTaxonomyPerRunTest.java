package dev.xreport.generate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.xreport.derive.Cells;
import dev.xreport.diag.Findings;
import dev.xreport.model.Report;
import dev.xreport.render.Renderer;
import dev.xreport.render.Renderers;
import dev.xreport.taxonomy.Taxonomy;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A run compiles the report's taxonomy once, while validating, and every renderer writes from that
 * one: compiling takes seconds for a report of a million facts.
 */
class OneTaxonomyPerRunTest {
    private static final Path MINIMAL = Path.of("src/test/resources/reports/minimal");

    @Test
    void generateGivesEveryRendererTheTaxonomyTheValidationCompiled(@TempDir Path out) {
        List<Taxonomy> given = new ArrayList<>();
        Result result = new Generator(line -> { }, watched(given)).generate(new Request(MINIMAL, out, List.of(), null));

        assertThat(result.exitCode()).isZero();
        assertThat(result.taxonomy()).isNotNull();
        assertThat(given).hasSize(Renderers.byFormat().size()).allSatisfy(t -> assertThat(t).isSameAs(result.taxonomy()));
    }

    @Test
    void validateWritesTheInstanceItChecksFromTheTaxonomyTheValidationCompiled() {
        List<Taxonomy> given = new ArrayList<>();
        Result result = new Generator(line -> { }, watched(given)).validate(new Request(MINIMAL, Path.of("."), List.of(), null));

        assertThat(result.exitCode()).isZero();
        assertThat(given).singleElement().isSameAs(result.taxonomy());
    }

    /** Every renderer, noting the taxonomy it is given before it writes. */
    private static Map<String, Renderer> watched(List<Taxonomy> given) {
        Map<String, Renderer> renderers = new LinkedHashMap<>();
        Renderers.byFormat().forEach((format, renderer) -> renderers.put(format, new Renderer() {
            @Override
            public String format() {
                return renderer.format();
            }

            @Override
            public Path render(Report report, Cells cells, Taxonomy taxonomy, Findings findings, Path dir) throws IOException {
                given.add(taxonomy);
                return renderer.render(report, cells, taxonomy, findings, dir);
            }
        }));
        return renderers;
    }
}
