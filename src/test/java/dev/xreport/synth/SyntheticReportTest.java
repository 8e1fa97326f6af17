package dev.xreport.synth;

import static org.assertj.core.api.Assertions.assertThat;

import dev.xreport.diag.Findings;
import dev.xreport.load.LoadResult;
import dev.xreport.load.ReportLoader;
import dev.xreport.validate.ReportValidator;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SyntheticReportTest {
    @Test
    void aSyntheticReportIsValidAndHasTheFactsAsked(@TempDir Path tmp) throws Exception {
        long written = SyntheticReport.write(tmp.resolve("r"), 2_100, 7);
        assertThat(written).isEqualTo(2_200); // 11 segments of 200 facts: N rounded up to whole segments
        LoadResult loaded = ReportLoader.load(tmp.resolve("r"));
        assertThat(loaded.findings().all()).isEmpty();
        assertThat(loaded.report().facts()).hasSize(2_200);
        Findings findings = new Findings();
        ReportValidator.validate(loaded.report(), findings);
        assertThat(findings.all()).as("every total adds up, every row shows a fact").isEmpty();
    }

    @Test
    void theSameSizeAndSeedGiveTheSameReport(@TempDir Path tmp) throws Exception {
        SyntheticReport.write(tmp.resolve("a"), 500, 3);
        SyntheticReport.write(tmp.resolve("b"), 500, 3);
        SyntheticReport.write(tmp.resolve("c"), 500, 4);
        for (String f : new String[] {"report.yaml", "facts-0001.yaml"}) {
            assertThat(tmp.resolve("a").resolve(f)).hasSameBinaryContentAs(tmp.resolve("b").resolve(f));
        }
        assertThat(Files.readString(tmp.resolve("a/facts-0001.yaml"))).isNotEqualTo(Files.readString(tmp.resolve("c/facts-0001.yaml")));
    }
}
