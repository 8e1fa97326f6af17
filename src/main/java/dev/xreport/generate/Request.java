package dev.xreport.generate;

import dev.xreport.diag.Severity;
import java.nio.file.Path;
import java.util.List;

/**
 * What to do: which report (null: the embedded WeBank 2022 default), where the deliverables go
 * ({@code <out>/<report-id>/}), which formats (empty: all), the severity that fails the run, the
 * language of the human-readable deliverables, and a folder of templates overriding the defaults.
 */
public record Request(Path report, Path out, List<String> formats, Severity failOn, String lang, Path templates) {
    public Request {
        formats = formats == null ? List.of() : List.copyOf(formats);
        failOn = failOn == null ? Severity.INCONSISTENCY : failOn;
        lang = lang == null ? "en" : lang;
    }

    public Request(Path report, Path out, List<String> formats, Severity failOn) {
        this(report, out, formats, failOn, "en", null);
    }

    public static Request defaults(Path out) {
        return new Request(null, out, List.of(), Severity.INCONSISTENCY);
    }
}
