package dev.xreport.diag;

import dev.xreport.model.Source;
import java.util.Objects;

/**
 * One thing xreport has to say about a report: plain data. Only the formatters turn it into text.
 *
 * @param code     what kind of finding, with a stable id
 * @param severity how bad, normally the code's default
 * @param source   where in the input (file, line, column, JSON path); {@link Source#NONE} if nowhere
 * @param message  the specific words, naming the concept, period, table or value concerned
 */
public record Finding(Code code, Severity severity, Source source, String message) {
    public Finding {
        Objects.requireNonNull(code);
        Objects.requireNonNull(severity);
        Objects.requireNonNull(source);
        Objects.requireNonNull(message);
    }

    public static Finding of(Code code, Source source, String message) {
        return new Finding(code, code.severity(), source, message);
    }

    /** {@code report.yaml:47:9: error XR-CALC-501: $.tables[3].rows[5]: message} */
    @Override
    public String toString() {
        return FindingFormatter.TEXT.format(this);
    }
}
