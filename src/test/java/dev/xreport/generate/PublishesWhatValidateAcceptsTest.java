package dev.xreport.generate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.xreport.cli.Main;
import dev.xreport.derive.Cells;
import dev.xreport.diag.Code;
import dev.xreport.diag.Finding;
import dev.xreport.diag.Findings;
import dev.xreport.model.Report;
import dev.xreport.render.Renderer;
import dev.xreport.render.Renderers;
import dev.xreport.taxonomy.Taxonomy;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Generate checks the Inline XBRL document, the report package and the taxonomy package it is about
 * to publish as {@code xreport validate} reads the published files: what it publishes, validate
 * accepts, and what validate would reject, it does not publish.
 */
class PublishesWhatValidateAcceptsTest {
    private static final Path RICH = Path.of("src/test/resources/reports/rich");

    @Test
    void everyPublishedXbrlFileIsCheckedAndValidateAcceptsIt(@TempDir Path out) {
        List<String> progress = new ArrayList<>();
        Result r = new Generator(progress::add).generate(new Request(RICH, out, List.of(), null));
        assertThat(r.exitCode()).as("%s", r.findings().all()).isZero();
        assertThat(progress).anySatisfy(line -> assertThat(line).startsWith("check")
                .contains("0 findings in rich-taxonomy.zip, rich.xhtml, rich.zip"));
        for (String file : List.of("rich.xbrl", "rich.xhtml", "rich.zip", "rich-taxonomy.zip")) {
            Path published = out.resolve("rich").resolve(file);
            assertThat(published).isRegularFile();
            StringWriter stdout = new StringWriter();
            StringWriter stderr = new StringWriter();
            int exit = Main.execute(new PrintWriter(stdout), new PrintWriter(stderr), "validate", published.toString());
            assertThat(stderr.toString()).as("findings of validate %s", file).isEmpty();
            assertThat(exit).as("exit code of validate %s", file).isZero();
        }
    }

    /**
     * The page binds its concepts to the prefix xr while the report's taxonomy prefix is ex (the
     * defect that once reached the output: every contextRef's dimension was then an undeclared
     * prefix). Generate stops, names the place in the file as it would be published, and writes
     * nothing.
     */
    @Test
    void anInlineDocumentValidateWouldRejectIsNotPublished(@TempDir Path out) throws IOException {
        Map<String, Renderer> renderers = new LinkedHashMap<>(Renderers.byFormat());
        Renderer ixbrl = renderers.get("ixbrl");
        renderers.put("ixbrl", new Renderer() {
            @Override
            public String format() {
                return "ixbrl";
            }

            @Override
            public Path render(Report report, Cells cells, Taxonomy taxonomy, Findings findings, Path dir) throws IOException {
                Path page = ixbrl.render(report, cells, taxonomy, findings, dir);
                String xhtml = Files.readString(page, StandardCharsets.UTF_8);
                assertThat(xhtml).contains("xmlns:ex=\"https://xreport.dev/taxonomy/rich\"");
                Files.writeString(page, xhtml.replace("xmlns:ex=", "xmlns:xr=").replace("name=\"ex:", "name=\"xr:"),
                        StandardCharsets.UTF_8);
                return page;
            }
        });
        Result r = new Generator(line -> { }, renderers).generate(new Request(RICH, out, List.of(), null));

        assertThat(r.exitCode()).isNotZero();
        Path published = out.resolve("rich").resolve("rich.xhtml");
        List<Finding> aboutThePage = r.findings().all().stream()
                .filter(f -> f.source() != null && published.toString().equals(f.source().file())).toList();
        assertThat(aboutThePage).as("findings at the published page's place: %s", r.findings().all()).isNotEmpty()
                .allSatisfy(f -> assertThat(f.source().line()).isPositive())
                .extracting(Finding::code).contains(Code.XBRL_SCHEMA_INVALID);
        assertThat(out.resolve("rich")).doesNotExist();
    }
}
