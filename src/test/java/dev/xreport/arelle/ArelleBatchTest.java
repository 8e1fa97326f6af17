package dev.xreport.arelle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.xreport.TestSupport;
import dev.xreport.derive.Cells;
import dev.xreport.diag.Findings;
import dev.xreport.load.ReportLoader;
import dev.xreport.model.Report;
import dev.xreport.render.xbrl.XbrlRenderer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The batch driver counts as {@code ../shared/tools/arelle/validate} does, on a valid instance and a broken one. */
class ArelleBatchTest {
    private static final Pattern SUMMARY = Pattern.compile("ARELLE: (\\d+) errors, (\\d+) warnings, (\\d+) inconsistencies");

    @Test
    void theBatchGivesTheValidateScriptsCounts(@TempDir Path tmp) throws Exception {
        var install = ArelleInstall.find();
        assumeTrue(install.isPresent(), ArelleInstall.missing());
        Report report = ReportLoader.load(Path.of("src/test/resources/reports/minimal")).report();
        Path good = new XbrlRenderer().render(report, new Cells(report), new Findings(), tmp);
        String xml = Files.readString(good, StandardCharsets.UTF_8);
        assertThat(xml).contains("unitRef=\"EUR\" decimals=\"-3\">100000<");
        Path broken = tmp.resolve("broken.xbrl");
        Files.writeString(broken, xml.replace("unitRef=\"EUR\" decimals=\"-3\">100000<", "unitRef=\"EUR\" decimals=\"-3\">100007<"),
                StandardCharsets.UTF_8);

        List<ArelleVerdict> batch = new ArelleBatch(install.get(), "c11r").validate(List.of(good, broken));

        assertThat(counts(batch.get(0))).isEqualTo(script(good)).containsExactly(0, 0, 0);
        assertThat(counts(batch.get(1))).as("Cash 100007 with decimals -3: excess digits").isEqualTo(script(broken))
                .isNotEqualTo(List.of(0, 0, 0));
        assertThat(batch.get(1).codes()).containsKey("calc11e:excessDigits");
    }

    private static List<Integer> counts(ArelleVerdict v) {
        return List.of(v.errors(), v.warnings(), v.inconsistencies());
    }

    /** The counts of the validate script's last line for {@code file}. */
    private static List<Integer> script(Path file) throws Exception {
        Path validate = TestSupport.shared().orElseThrow().resolve("tools/arelle/validate");
        Process p = new ProcessBuilder(validate.toString(), file.toString(), "--calc=c11r", "-q").redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(2, TimeUnit.MINUTES)).as("the validate script ends").isTrue();
        Matcher m = SUMMARY.matcher(out);
        assertThat(m.find()).as("the validate script's summary in:\n" + out).isTrue();
        return List.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
    }
}
