package dev.xreport.generate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.xreport.diag.Finding;
import dev.xreport.diag.Severity;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The deliverables are in a language the report has words in: its own by default, another on request. */
class LanguageChoiceTest {
    @TempDir
    Path out;

    @Test
    void aLanguageTheReportHasNoWordsInIsRefusedAndNothingIsWritten() {
        Result r = new Generator(line -> { }).generate(new Request(Path.of("examples/lrcf-2024"), out, List.of("html"),
                Severity.INCONSISTENCY, "zh", null));
        assertThat(r.outcome()).isEqualTo(Result.Outcome.BAD_INPUT);
        assertThat(r.findings().all()).extracting(Finding::message)
                .containsExactly("the report has no words in \"zh\" to show its deliverables in (its languages: en)");
        assertThat(out.resolve("lrcf-2024")).doesNotExist();
    }

    @Test
    void theReportsOwnLanguageNeedsNoSuffixAndAnotherGetsOne() throws Exception {
        Generator g = new Generator(line -> { });
        Result own = g.generate(new Request(null, out, List.of("html"), Severity.INCONSISTENCY, null, null));
        assertThat(own.outputDir().resolve("webank-2022.html")).isRegularFile();
        Result zh = g.generate(new Request(null, out.resolve("zh"), List.of("html"), Severity.INCONSISTENCY, "zh", null));
        assertThat(zh.outputDir().resolve("webank-2022-zh.html")).isRegularFile();
        assertThat(Files.readString(zh.outputDir().resolve("webank-2022-zh.html"))).contains("单位：人民币千元");
    }
}
