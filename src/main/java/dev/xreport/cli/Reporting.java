package dev.xreport.cli;

import dev.xreport.diag.Finding;
import dev.xreport.diag.FindingFormatter;
import dev.xreport.diag.Severity;
import dev.xreport.generate.Generator;
import dev.xreport.generate.Result;
import java.io.PrintWriter;
import picocli.CommandLine;

/** The report argument, the options and the printing the commands share. */
final class Reporting {
    @CommandLine.Parameters(index = "0", arity = "0..1", paramLabel = "REPORT",
            description = "A report folder (with report.yaml or report.json) or a report file. "
                    + "Default: the embedded WeBank 2022 annual report.")
    java.nio.file.Path report;

    @CommandLine.Option(names = "--fail-on", paramLabel = "LEVEL", defaultValue = "inconsistency",
            description = "Fail (exit 1, write nothing) on findings at this level or worse: "
                    + "error, inconsistency (a total that does not add up) or warning. Default: ${DEFAULT-VALUE}.")
    Severity failOn;

    @CommandLine.Option(names = "--findings-format", paramLabel = "FORMAT", defaultValue = "text",
            description = "How findings are printed: text (file:line:col: ...) or json (one object per line).")
    String findingsFormat;

    @CommandLine.Option(names = {"-q", "--quiet"}, description = "Print only what is wrong: the findings (not those for the record) and, "
                    + "when it fails, the verdict. Nothing when all is well.")
    boolean quiet;

    /** A generator that prints its progress lines to {@code out} unless --quiet. */
    Generator generator(PrintWriter out) {
        return new Generator(line -> {
            if (!quiet) {
                out.println(line);
                out.flush();
            }
        });
    }

    void print(Result result, PrintWriter out, PrintWriter err) {
        print(result, out, err, true);
    }

    /** @param writes whether the command writes deliverables (generate) or only checks (validate) */
    void print(Result result, PrintWriter out, PrintWriter err, boolean writes) {
        FindingFormatter formatter = "json".equalsIgnoreCase(findingsFormat) ? FindingFormatter.JSON : FindingFormatter.TEXT;
        for (Finding f : result.findings().sorted()) {
            if (f.severity() != Severity.INFO || !quiet) {
                err.println(formatter.format(f));
            }
        }
        err.flush();
        if (!quiet || result.exitCode() != 0) {
            out.println(writes ? verdict(result) : checked(result));
        }
        out.flush();
    }

    /** The verdict of validate, which writes nothing whatever it finds. */
    private static String checked(Result r) {
        String summary = r.findings().summary();
        return switch (r.outcome()) {
            case OK -> "xreport: valid (" + summary + ")";
            case FINDINGS -> "xreport: not valid (" + summary + ")";
            case BAD_INPUT -> "xreport: cannot be read as it is (" + summary + ")";
            case OUTPUT_FAILED -> "xreport: could not check it (" + summary + ")";
        };
    }

    private static String verdict(Result r) {
        String summary = r.findings().summary();
        return switch (r.outcome()) {
            case OK -> r.outputDir() == null ? "xreport: valid (" + summary + ")"
                    : "xreport: wrote " + r.files().size() + " deliverable(s) to " + r.outputDir() + " (" + summary + ")";
            case FINDINGS -> "xreport: failed: " + summary + "; nothing written";
            case BAD_INPUT -> "xreport: the report cannot be used as it is: " + summary + "; nothing written";
            case OUTPUT_FAILED -> "xreport: could not write the deliverables; the previous output is untouched";
        };
    }
}
