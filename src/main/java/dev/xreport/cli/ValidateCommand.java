package dev.xreport.cli;

import dev.xreport.diag.Code;
import dev.xreport.diag.Findings;
import dev.xreport.generate.Request;
import dev.xreport.model.Source;
import dev.xreport.xbrl.inline.InlineValidator;
import dev.xreport.xbrl.validate.XbrlValidator;
import dev.xreport.generate.Result;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;

@Command(name = "validate", mixinStandardHelpOptions = true,
        description = {"Check a report without writing anything: that it reads, that every reference",
            "leads somewhere, and that its totals add up. Findings print as file:line:col.",
            "Given an Inline XBRL document (.xhtml), validates the instance it carries instead, with",
            "findings at the line of the ix: tag they are about."})
final class ValidateCommand implements Callable<Integer> {

    @CommandLine.Mixin
    Reporting reporting;

    @CommandLine.Option(names = "--format", paramLabel = "FORMAT",
            description = "The same as --findings-format: text or json.")
    String format;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    private Result inline(Path xhtml) {
        Findings findings = new Findings();
        if (!java.nio.file.Files.isRegularFile(xhtml)) {
            findings.add(Code.IX_MALFORMED, new Source(xhtml.toString(), 0, 0, ""), "no such file");
            return new Result(Result.Outcome.BAD_INPUT, findings, null, null, List.of());
        }
        try {
            findings.addAll(new InlineValidator(new XbrlValidator().withCalculationMode(
                    XbrlValidator.CalculationMode.CALCULATIONS_1_1)).validate(xhtml));
        } catch (java.io.IOException e) {
            findings.add(Code.IX_MALFORMED, new Source(xhtml.toString(), 0, 0, ""), "cannot be read: " + e.getMessage());
            return new Result(Result.Outcome.BAD_INPUT, findings, null, null, List.of());
        }
        Result.Outcome outcome = findings.anyInputError() ? Result.Outcome.BAD_INPUT
                : findings.any(reporting.failOn) ? Result.Outcome.FINDINGS : Result.Outcome.OK;
        return new Result(outcome, findings, null, null, List.of());
    }

    @Override
    public Integer call() {
        if (format != null) {
            reporting.findingsFormat = format;
        }
        var out = spec.commandLine().getOut();
        if (reporting.report != null && reporting.report.getFileName() != null
                && reporting.report.getFileName().toString().endsWith(".xhtml")) {
            Result result = inline(reporting.report);
            reporting.print(result, out, spec.commandLine().getErr());
            return result.exitCode();
        }
        Result result = reporting.generator(out).validate(new Request(reporting.report, Path.of("."), List.of(), reporting.failOn));
        reporting.print(result, out, spec.commandLine().getErr());
        return result.exitCode();
    }
}
