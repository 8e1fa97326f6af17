package dev.xreport.load;

import static org.assertj.core.api.Assertions.assertThat;

import dev.xreport.diag.Code;
import dev.xreport.diag.Finding;
import dev.xreport.diag.Severity;
import dev.xreport.model.FactTable;
import dev.xreport.model.Report;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Mistakes an author makes, each one finding at the place it is written, and nothing that only
 * follows from it (issue 15, "authoring like a compiler"). The fixtures under
 * src/test/resources/invalid show the words; these tests pin what the fixtures cannot: what the
 * report says when the mistake is put right, and the places of names inside values.
 */
class AuthoringMistakesTest {
    private static final Path MINIMAL = Path.of("src/test/resources/reports/minimal/report.yaml");

    @TempDir
    Path tmp;

    /** The minimal report with each {@code from} replaced by its {@code to}, loaded. */
    private LoadResult minimalWith(String... fromTo) throws IOException {
        String yaml = Files.readString(MINIMAL);
        for (int i = 0; i < fromTo.length; i += 2) {
            assertThat(yaml).contains(fromTo[i]);
            yaml = yaml.replace(fromTo[i], fromTo[i + 1]);
        }
        Files.writeString(tmp.resolve("report.yaml"), yaml);
        return ReportLoader.load(tmp);
    }

    private static List<String> codes(LoadResult r) {
        return r.findings().all().stream().map(f -> f.code().id()).toList();
    }

    @Test
    void aTitleCutAtACommaIsOneErrorAtTheCutAndTheQuotedTitleIsWhole() throws IOException {
        LoadResult cut = minimalWith("title: Minimal report", "title: {en: Financial Statements June 30, 2018 and 2017}");
        assertThat(cut.findings().all()).singleElement().satisfies(f -> {
            assertThat(f.code()).isEqualTo(Code.LOAD_PLAIN_CUT);
            assertThat(f.source().line()).isEqualTo(3);
            assertThat(f.source().column()).isEqualTo(43);
            assertThat(f.message()).contains("(en: \"Financial Statements June 30, 2018 and 2017\")");
        });
        LoadResult quoted = minimalWith("title: Minimal report", "title: {en: \"Financial Statements June 30, 2018 and 2017\"}");
        assertThat(quoted.findings().all()).isEmpty();
        assertThat(quoted.report().title().in("en")).isEqualTo("Financial Statements June 30, 2018 and 2017");
        LoadResult block = minimalWith("title: Minimal report", "title:\n  en: Financial Statements June 30, 2018 and 2017");
        assertThat(block.findings().all()).as("outside braces a comma is a comma").isEmpty();
        assertThat(block.report().title().in("en")).isEqualTo("Financial Statements June 30, 2018 and 2017");
    }

    @Test
    void aKeyWithItsColonAndNoValueIsNoCut() throws IOException {
        LoadResult r = minimalWith("{concept: Cash, label: Cash}", "{concept: Cash, label: Cash, note: }");
        assertThat(codes(r)).doesNotContain(Code.LOAD_PLAIN_CUT.id());
    }

    @Test
    void aLanguageKeyMustBeALanguageTag() throws IOException {
        assertThat(codes(minimalWith("title: Minimal report", "title: {en-GB: Minimal report, zh-Hans: 报告}"))).isEmpty();
        LoadResult r = minimalWith("title: Minimal report", "title: {english: Minimal report}");
        assertThat(codes(r)).containsExactly(Code.LOAD_LANGUAGE.id());
        assertThat(codes(minimalWith("language: en", "language: English"))).containsExactly(Code.LOAD_BAD_VALUE.id());
    }

    @Test
    void aMisspeltCitationIsReportedAtTheCitationInsideTheText() throws IOException {
        LoadResult r = minimalWith("\"Total assets were {Assets@I2024}.\"",
                "\"Assets {Asets@I2024} and again {Asets@I2024}, cash {Cash@I2024}.\"");
        assertThat(r.findings().all()).extracting(f -> f.code().id() + " " + f.source().line() + ":" + f.source().column())
                .containsExactly("XR-REF-205 35:20", "XR-REF-205 35:44");
        assertThat(r.findings().all().get(0).message()).endsWith("(did you mean \"Assets\"?)");
    }

    @Test
    void aMisspeltSumTermIsReportedAtTheTerm() throws IOException {
        LoadResult r = minimalWith("sum: [Cash, Receivables]", "sum: [Cash, -Receivable]");
        assertThat(r.findings().all()).singleElement().satisfies(f -> {
            assertThat(f.code()).isEqualTo(Code.REF_ROW);
            assertThat(f.source().column()).isEqualTo(74);
            assertThat(f.source().path()).isEqualTo("$.tables[0].rows[2].sum");
            assertThat(f.message()).endsWith("(did you mean \"Receivables\"?)");
        });
    }

    @Test
    void aRowNamingNoFactIsAnErrorUnlessItSaysItIsEmpty() throws IOException {
        LoadResult unstated = minimalWith("      - {concept: Receivables, label: Receivables}\n",
                "      - {concept: Receivables, label: Receivables}\n      - {concept: Goodwill, label: Goodwill}\n");
        assertThat(unstated.findings().all()).singleElement().satisfies(f -> {
            assertThat(f.code()).isEqualTo(Code.REF_CONCEPT);
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
        });
        LoadResult empty = minimalWith("      - {concept: Receivables, label: Receivables}\n",
                "      - {concept: Receivables, label: Receivables}\n      - {concept: Goodwill, label: Goodwill, empty: true}\n");
        assertThat(empty.findings().all()).isEmpty();
        FactTable t = (FactTable) empty.report().tables().get(0);
        assertThat(t.rows().get(2).empty()).isTrue();
        assertThat(t.rows().get(1).empty()).isFalse();
    }

    @Test
    void aMisspeltRowConceptIsNotReportedAgainThroughTheSum() throws IOException {
        LoadResult r = minimalWith("{concept: Cash, label: Cash}", "{concept: Csh, label: Cash}");
        assertThat(codes(r)).containsExactly(Code.REF_CONCEPT.id());
        LoadResult invalid = minimalWith("{concept: Cash, label: Cash}", "{concept: \"Cash-x\", label: Cash}");
        assertThat(codes(invalid)).containsExactly(Code.LOAD_BAD_VALUE.id());
    }

    @Test
    void aBrokenDefinitionIsReportedOnceNotAtEveryUse() throws IOException {
        assertThat(codes(minimalWith("EUR: {measure: \"iso4217:EUR\"}", "EUR: {measure: EUR}")))
                .containsExactly(Code.LOAD_BAD_VALUE.id());
        assertThat(codes(minimalWith("defaults: {monetaryUnit: EUR, scale: 3}\n",
                "defaults: {monetaryUnit: EUR, scale: 3}\ninclude: [more.yml]\n", "- table: balance-sheet", "- table: cash-flow")))
                .containsExactly(Code.LOAD_INCLUDE.id());
        assertThat(codes(minimalWith("FY2024: {start: 2024-01-01, end: 2024-12-31}", "FY2024: {start: 2025-01-01, end: 2024-12-31}",
                "  name: {en: Example Co.}\n", "  name: {en: Example Co.}\n  shortName: {en: \"{AuditorName@FY2024}\"}\n")))
                .containsExactly(Code.LOAD_BAD_VALUE.id());
    }

    @Test
    void aTablesOwnTitleIsItsTitleInTheReportsLanguageAndTheVocabularyGivesTheOthers() throws IOException {
        Files.writeString(tmp.resolve("vocabulary.yaml"), "tables:\n  balance-sheet: {zh: 资产负债表}\n");
        LoadResult r = minimalWith("defaults: {monetaryUnit: EUR, scale: 3}\n",
                "defaults: {monetaryUnit: EUR, scale: 3}\ntaxonomy: {vocabulary: vocabulary.yaml}\n");
        assertThat(r.findings().all()).isEmpty();
        Report report = r.report();
        assertThat(report.vocabulary().tables().get("balance-sheet").byLanguage())
                .containsEntry("en", "Balance sheet").containsEntry("zh", "资产负债表");

        Files.writeString(tmp.resolve("vocabulary.yaml"), "tables:\n  balance-sheet: {en: Balance Sheet, zh: 资产负债表}\n");
        LoadResult both = ReportLoader.load(tmp);
        assertThat(both.findings().all()).singleElement().satisfies(f -> {
            assertThat(f.code()).isEqualTo(Code.TABLE_TITLE_TWICE);
            assertThat(f.source().path()).isEqualTo("$.tables[0].title");
        });
        assertThat(both.report().vocabulary().tables().get("balance-sheet").in("en")).isEqualTo("Balance sheet");
    }

    @Test
    void theVocabularysLabelIsTheTitleOfATableWithoutOne() throws IOException {
        Files.writeString(tmp.resolve("vocabulary.yaml"), "tables:\n  balance-sheet: {en: Statement of financial position}\n");
        LoadResult r = minimalWith("defaults: {monetaryUnit: EUR, scale: 3}\n",
                "defaults: {monetaryUnit: EUR, scale: 3}\ntaxonomy: {vocabulary: vocabulary.yaml}\n", "    title: Balance sheet\n", "");
        assertThat(r.findings().all()).isEmpty();
        assertThat(r.report().vocabulary().tables().get("balance-sheet").in("en")).isEqualTo("Statement of financial position");
    }

    @Test
    void theReportsInTheRepositoryLoadWithoutAnError() {
        for (Path report : List.of(Path.of("src/test/resources/reports/rich"), MINIMAL)) {
            assertThat(ReportLoader.load(report).findings().all()).as("%s", report).isEmpty();
        }
        assertThat(ReportLoader.loadDefault().findings().all()).extracting(Finding::toString).isEmpty();
    }
}
