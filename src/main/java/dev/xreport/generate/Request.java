package dev.xreport.generate;

import dev.xreport.diag.Severity;
import java.nio.file.Path;
import java.util.List;

/**
 * What to do: which report (null: the embedded WeBank 2022 default), where the deliverables go
 * ({@code <out>/<report-id>/}), which formats (empty: all), the severity that fails the run, the
 * language of the human-readable deliverables (null: the report's own), a folder of templates overriding the defaults, and
 * the Chinese font the PDF embeds (a font file, "none", or null for XREPORT_CJK_FONT or the system's).
 */
public record Request(Path report, Path out, List<String> formats, Severity failOn, String lang, Path templates,
        String cjkFont) {
    public Request {
        formats = formats == null ? List.of() : List.copyOf(formats);
        failOn = failOn == null ? Severity.INCONSISTENCY : failOn;
    }

    public Request(Path report, Path out, List<String> formats, Severity failOn) {
        this(report, out, formats, failOn, null, null);
    }

    /** With the Chinese font the PDF embeds found as usual ({@code XREPORT_CJK_FONT}, then the system's). */
    public Request(Path report, Path out, List<String> formats, Severity failOn, String lang, Path templates) {
        this(report, out, formats, failOn, lang, templates, null);
    }

    public static Request defaults(Path out) {
        return new Request(null, out, List.of(), Severity.INCONSISTENCY);
    }
}
