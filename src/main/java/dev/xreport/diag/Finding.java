package dev.xreport.diag;

import dev.xreport.model.Source;
import java.util.List;
import java.util.Objects;

/**
 * One thing xreport has to say about a report: plain data. Only the formatters turn it into text.
 *
 * @param code     what kind of finding, with a stable id
 * @param severity how bad, normally the code's default
 * @param source   where in the input (file, line, column, JSON path); {@link Source#NONE} if nowhere
 * @param message  the specific words, naming the concept, period, table or value concerned
 * @param related  other places the finding involves (the lines of a total that does not add up)
 */
public record Finding(Code code, Severity severity, Source source, String message, List<Related> related) {
    public Finding {
        Objects.requireNonNull(code);
        Objects.requireNonNull(severity);
        Objects.requireNonNull(source);
        Objects.requireNonNull(message);
        related = List.copyOf(related);
    }

    public Finding(Code code, Severity severity, Source source, String message) {
        this(code, severity, source, message, List.of());
    }

    public static Finding of(Code code, Source source, String message) {
        return new Finding(code, code.severity(), source, message);
    }

    /** The same finding, naming also {@code places}. */
    public Finding with(List<Related> places) {
        return new Finding(code, severity, source, message, places);
    }

    /** Another place a finding involves: what is there ({@code CashAndBalancesWithCentralBank@I2022}) and where. */
    public record Related(String what, Source source) { }

    /** {@code report.yaml:47:9: error XR-CALC-501: $.tables[3].rows[5]: message} */
    @Override
    public String toString() {
        return FindingFormatter.TEXT.format(this);
    }
}
