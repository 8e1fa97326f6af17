package dev.xreport.render;

import dev.xreport.model.Fact;
import dev.xreport.model.Period;
import dev.xreport.model.Report;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.Comparator;
import java.util.Optional;

/**
 * The date a deliverable states about itself (the PDF's creation date, the workbook's created
 * property and the date on its cover). Never the clock, so that two runs on the same report write
 * the same bytes. In order:
 *
 * <ol>
 * <li>{@code SOURCE_DATE_EPOCH} (the reproducible-builds.org convention), when it is a whole
 *     number of seconds since 1970-01-01T00:00:00Z, no later than the year 9999;</li>
 * <li>the date the Board approved the report: the text fact {@value #APPROVAL_CONCEPT} of the
 *     reporting period, written YYYY-MM-DD;</li>
 * <li>the last day of the reporting period (of the latest period when the reporting period is
 *     missing).</li>
 * </ol>
 *
 * <p>A date from the report is taken at midnight UTC. An invalid {@code SOURCE_DATE_EPOCH} is
 * ignored: the report's own date is used.
 */
public final class DocumentDate {
    /** The environment variable that, when valid, sets the date. */
    public static final String ENV = "SOURCE_DATE_EPOCH";
    /** The concept of the text fact that holds the date the Board approved the report. */
    public static final String APPROVAL_CONCEPT = "DateOfBoardApproval";
    /** 9999-12-31T23:59:59Z: later dates do not fit the four-digit years of PDF and OOXML dates. */
    private static final long LAST_SECOND = 253_402_300_799L;
    /** Used only for a report without any period: the earliest date a ZIP entry can carry. */
    private static final LocalDate NO_PERIOD = LocalDate.of(1980, 1, 1);

    private DocumentDate() { }

    /** The date of {@code report}'s deliverables, in UTC. */
    public static ZonedDateTime of(Report report) {
        return of(report, System.getenv(ENV));
    }

    /** As {@link #of(Report)} with the value of {@code SOURCE_DATE_EPOCH} given (null: not set). */
    static ZonedDateTime of(Report report, String sourceDateEpoch) {
        return fromEpoch(sourceDateEpoch).orElseGet(() -> reportDate(report).atStartOfDay(ZoneOffset.UTC));
    }

    /** The instant a {@code SOURCE_DATE_EPOCH} value names, or empty when it is absent or invalid. */
    static Optional<ZonedDateTime> fromEpoch(String value) {
        if (value == null) {
            return Optional.empty();
        }
        String digits = value.strip();
        if (digits.isEmpty() || !digits.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return Optional.empty(); // also a sign, a fraction or an exponent: the convention allows none
        }
        try {
            long seconds = Long.parseLong(digits);
            return seconds > LAST_SECOND ? Optional.empty()
                    : Optional.of(Instant.ofEpochSecond(seconds).atZone(ZoneOffset.UTC));
        } catch (NumberFormatException e) {
            return Optional.empty(); // beyond a long
        }
    }

    /** The report's own date: the Board's approval, else the end of the reporting period. */
    public static LocalDate reportDate(Report report) {
        return approval(report).orElseGet(() -> periodEnd(report));
    }

    private static Optional<LocalDate> approval(Report report) {
        return report.facts().stream()
                .filter(f -> !f.isNumeric() && f.concept().equals(APPROVAL_CONCEPT) && f.dims().isEmpty()
                        && f.period().equals(report.reportingPeriod()))
                .map(Fact::text)
                .map(DocumentDate::date)
                .flatMap(Optional::stream)
                .findFirst();
    }

    private static Optional<LocalDate> date(String text) {
        try {
            return Optional.of(LocalDate.parse(text.strip()));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    private static LocalDate periodEnd(Report report) {
        Period reporting = report.periods().get(report.reportingPeriod());
        if (reporting != null && reporting.end() != null) {
            return reporting.end();
        }
        return report.periods().values().stream().map(Period::end).filter(java.util.Objects::nonNull)
                .max(Comparator.naturalOrder()).orElse(NO_PERIOD);
    }
}
