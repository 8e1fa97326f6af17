package dev.xreport.generate;

import dev.xreport.diag.Severity;
import java.nio.file.Path;
import java.util.List;

/**
 * What to do: which report (null: the embedded WeBank 2022 default), where the deliverables go
 * ({@code <out>/<report-id>/}), which formats (empty: all), and the severity that fails the run.
 */
public record Request(Path report, Path out, List<String> formats, Severity failOn) {
    public Request {
        formats = formats == null ? List.of() : List.copyOf(formats);
        failOn = failOn == null ? Severity.INCONSISTENCY : failOn;
    }

    public static Request defaults(Path out) {
        return new Request(null, out, List.of(), Severity.INCONSISTENCY);
    }
}
