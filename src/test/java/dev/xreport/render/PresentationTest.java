package dev.xreport.render;

import static org.assertj.core.api.Assertions.assertThat;

import dev.xreport.TestSupport;
import dev.xreport.derive.Cells;
import dev.xreport.load.ReportLoader;
import dev.xreport.model.FactKey;
import dev.xreport.model.FactTable;
import dev.xreport.model.Report;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** What the report decides about its looks, read from three reports of three companies. */
class PresentationTest {
    private static final Report WEBANK = TestSupport.webank();
    private static final Report US = ReportLoader.load(Path.of("examples/lrcf-2024")).report();
    private static final Report UK = ReportLoader.load(Path.of("examples/illustrative-instruments-2024")).report();

    private static Presentation of(Report r, String lang) throws Exception {
        return Presentation.of(r, new RenderOptions(lang, null, null));
    }

    private static FactTable table(Report r, String id) {
        return (FactTable) r.table(id).orElseThrow();
    }

    @Test
    void theLanguagesAreThoseTheReportHasWordsIn() {
        assertThat(WEBANK.languages()).containsExactly("en", "zh");
        assertThat(US.languages()).containsExactly("en");
        assertThat(UK.languages()).containsExactly("en");
    }

    @Test
    void unitCaptionsComeFromTheCurrencyAndTheScale() throws Exception {
        Presentation us = of(US, null);
        assertThat(us.unitCaption(table(US, "financial-position"), new Cells(US))).isEqualTo("USD");
        Presentation uk = of(UK, null);
        assertThat(uk.unitCaption(table(UK, "income-statement"), new Cells(UK))).isEqualTo("GBP millions");
        Presentation zh = of(WEBANK, "zh");
        assertThat(zh.unitCaption(table(WEBANK, "balance-sheet"), new Cells(WEBANK))).isEqualTo("单位：人民币千元");
        // authored in the report's language: as printed
        assertThat(of(WEBANK, null).unitCaption(table(WEBANK, "balance-sheet"), new Cells(WEBANK)))
                .isEqualTo(table(WEBANK, "balance-sheet").unitCaption());
    }

    @Test
    void aTableOfRatiosHasNoCurrencyCaption() throws Exception {
        FactTable ratios = WEBANK.tables().stream().filter(t -> t instanceof FactTable ft && ft.unitCaption() == null)
                .map(t -> (FactTable) t).filter(t -> of0(t).isEmpty()).findFirst().orElseThrow();
        assertThat(of(WEBANK, "zh").unitCaption(ratios, new Cells(WEBANK))).isNull();
    }

    private static java.util.Optional<dev.xreport.model.Unit> of0(FactTable t) {
        try {
            return of(WEBANK, null).currency(t, new Cells(WEBANK));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void datesAreWrittenInTheReportsLocale() throws Exception {
        LocalDate d = LocalDate.of(2024, 6, 30);
        assertThat(of(US, null).date(d)).isEqualTo("June 30, 2024");
        assertThat(of(UK, null).date(d)).isEqualTo("30 June 2024");
        assertThat(of(WEBANK, "zh").date(d)).isEqualTo("2024年6月30日");
    }

    @Test
    void theLabelColumnIsHeadedOnlyWhenTheReportSaysHow() throws Exception {
        assertThat(of(WEBANK, null).labelHeader(table(WEBANK, "balance-sheet"))).isEqualTo("Item");
        assertThat(of(WEBANK, "zh").labelHeader(table(WEBANK, "balance-sheet"))).isEqualTo("项目");
        assertThat(of(US, null).labelHeader(table(US, "financial-position"))).isEmpty();
    }

    @Test
    void citedAmountsUseTheUnitsSymbolAndTheStatedPlaces() throws Exception {
        var us = US.facts().stream().filter(f -> f.isNumeric() && f.value().signum() > 0 && "USD".equals(f.unit())).findFirst().orElseThrow();
        assertThat(of(US, null).cited(us, null)).startsWith("$").doesNotContain(" ").doesNotContain("thousand");
        var revenue = UK.facts().stream().filter(f -> f.key().equals(new FactKey("Revenue", "FY2023", dev.xreport.model.Dims.NONE)))
                .findFirst().orElseThrow();
        assertThat(of(UK, null).cited(revenue, "millions")).isEqualTo("£811.0 million");
        var assets = WEBANK.facts().stream().filter(f -> f.key().equals(new FactKey("Assets", "I2022", dev.xreport.model.Dims.NONE)))
                .findFirst().orElseThrow();
        assertThat(of(WEBANK, null).cited(assets, "billions")).isEqualTo("RMB473.86 billion");
        assertThat(of(WEBANK, null).cited(assets, null)).isEqualTo("RMB473,861,630 thousand");
    }

    @Test
    void theCoverNamesAFiscalYearThatIsNotACalendarYear() throws Exception {
        assertThat(of(UK, null).reportingPeriodWords(UK.periods().get("FY2024"))).isEqualTo("Year ended 31 March 2024");
        assertThat(of(WEBANK, null).reportingPeriodWords(WEBANK.periods().get("FY2022"))).isEqualTo("2022");
    }

    @Test
    void fileNamesCarryALanguageOnlyWhenItIsNotTheReportsOwn() throws Exception {
        assertThat(of(WEBANK, null).fileSuffix()).isEmpty();
        assertThat(of(WEBANK, "zh").fileSuffix()).isEqualTo("-zh");
        assertThat(of(US, "en").fileSuffix()).isEmpty();
    }

    @Test
    void numbersAreWrittenInTheReportsLocale() throws Exception {
        Report de = ReportLoader.load(Path.of("src/test/resources/reports/decimal-comma")).report();
        Cells cells = new Cells(de);
        FactTable bilanz = table(de, "bilanz");
        assertThat(cells.text(bilanz, bilanz.row("Receivables").orElseThrow(), bilanz.columns().get(0))).isEqualTo("1.250,5");
        assertThat(cells.text(bilanz, bilanz.row("EquityRatio").orElseThrow(), bilanz.columns().get(0))).isEqualTo("12,50%");
        assertThat(cells.style().ixFormat()).isEqualTo("ixt:num-comma-decimal");
        assertThat(new Cells(US).style().ixFormat()).isEqualTo("ixt:num-dot-decimal");
    }
}
