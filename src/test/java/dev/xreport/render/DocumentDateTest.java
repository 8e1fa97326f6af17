package dev.xreport.render;

import static org.assertj.core.api.Assertions.assertThat;

import dev.xreport.TestSupport;
import dev.xreport.load.ReportLoader;
import dev.xreport.model.Fact;
import dev.xreport.model.Report;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The one date the deliverables state about themselves: SOURCE_DATE_EPOCH, else the report's own date. */
class DocumentDateTest {
    private static final Report WEBANK = TestSupport.webank();
    /** The day WeBank's Board approved the 2022 report (its DateOfBoardApproval fact). */
    private static final ZonedDateTime APPROVED = ZonedDateTime.of(2023, 3, 23, 0, 0, 0, 0, ZoneOffset.UTC);

    @Test
    void sourceDateEpochIsHonoured() {
        assertThat(DocumentDate.of(WEBANK, "1700000000")).isEqualTo(ZonedDateTime.of(2023, 11, 14, 22, 13, 20, 0, ZoneOffset.UTC));
        assertThat(DocumentDate.of(WEBANK, "0")).isEqualTo(ZonedDateTime.of(1970, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC));
        assertThat(DocumentDate.of(WEBANK, " 1700000000\n").toEpochSecond()).isEqualTo(1_700_000_000L);
        assertThat(DocumentDate.of(WEBANK, "253402300799")).isEqualTo(ZonedDateTime.of(9999, 12, 31, 23, 59, 59, 0, ZoneOffset.UTC));
        assertThat(DocumentDate.of(WEBANK, "1700000000").getOffset()).isEqualTo(ZoneOffset.UTC);
    }

    @Test
    void anInvalidSourceDateEpochFallsBackToTheReportsDate() {
        for (String invalid : List.of("", "  ", "yesterday", "-1", "+5", "1.5", "1e9", "0x10", "17 00",
                "99999999999999999999999", "253402300800")) {
            assertThat(DocumentDate.of(WEBANK, invalid)).as("SOURCE_DATE_EPOCH=\"%s\"", invalid).isEqualTo(APPROVED);
        }
    }

    @Test
    void withoutSourceDateEpochTheBoardsApprovalDates() {
        assertThat(DocumentDate.of(WEBANK, null)).isEqualTo(APPROVED);
        assertThat(DocumentDate.reportDate(WEBANK)).isEqualTo(APPROVED.toLocalDate());
    }

    @Test
    void aReportWithoutAnApprovalDateIsDatedAtTheEndOfItsReportingPeriod() {
        Report minimal = ReportLoader.load(Path.of("src/test/resources/reports/minimal")).report();
        assertThat(DocumentDate.of(minimal, null)).isEqualTo(ZonedDateTime.of(2024, 12, 31, 0, 0, 0, 0, ZoneOffset.UTC));
    }

    @Test
    void anApprovalThatIsNotADateIsIgnored() {
        List<Fact> facts = WEBANK.facts().stream().map(f -> f.concept().equals(DocumentDate.APPROVAL_CONCEPT)
                ? Fact.text(f.key(), "23 March 2023", f.lang(), f.source()) : f).toList();
        Report r = new Report(WEBANK.id(), WEBANK.title(), WEBANK.language(), WEBANK.source(), WEBANK.entity(),
                WEBANK.reportingPeriod(), WEBANK.scale(), WEBANK.periods(), WEBANK.units(), facts, WEBANK.tables(),
                WEBANK.sections(), WEBANK.corrections(), WEBANK.checks(), WEBANK.vocabulary(), WEBANK.origin());
        assertThat(DocumentDate.of(r, null)).isEqualTo(ZonedDateTime.of(2022, 12, 31, 0, 0, 0, 0, ZoneOffset.UTC));
    }

    @Test
    void theEnvironmentIsReadThroughTheSameRules() {
        assertThat(DocumentDate.of(WEBANK)).isEqualTo(DocumentDate.of(WEBANK, System.getenv(DocumentDate.ENV)));
    }
}
