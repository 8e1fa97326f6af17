package dev.xreport.render.html;

import static org.assertj.core.api.Assertions.assertThat;

import dev.xreport.derive.Cells;
import dev.xreport.diag.Findings;
import dev.xreport.load.ReportLoader;
import dev.xreport.model.Report;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Words of the report are words on the page: markup in a paragraph is shown, never run. */
class EscapingTest {
    @Test
    void aScriptInTheNarrativeShowsAsText(@TempDir Path tmp) throws Exception {
        String minimal = Files.readString(Path.of("src/test/resources/reports/minimal/report.yaml"));
        Files.writeString(tmp.resolve("report.yaml"), minimal.replace("\"Total assets were {Assets@I2024}.\"",
                "\"<script>alert(1)</script> & <b>bold</b> {Assets@I2024}\""));
        Report report = ReportLoader.load(tmp).report();
        Path html = new HtmlRenderer().render(report, new Cells(report), new Findings(), tmp);
        String page = Files.readString(html);
        assertThat(page).contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; &lt;b&gt;bold&lt;/b&gt;")
                .doesNotContain("<script>").doesNotContain("<b>bold");
    }
}
