package dev.xreport.cli;

import dev.xreport.diag.Code;
import dev.xreport.diag.Findings;
import dev.xreport.generate.Request;
import dev.xreport.generate.XbrlCheck;
import dev.xreport.model.Source;
import dev.xreport.xbrl.inline.XbrlFileValidator;
import dev.xreport.xbrl.validate.XbrlValidator;
import dev.xreport.generate.Result;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;

@Command(name = "validate", mixinStandardHelpOptions = true,
        description = {"Check a report, or an XBRL file, without writing anything.",
            "Given a report: that it reads, that every reference leads somewhere, and that its totals add up. "
                    + "Findings print as file:line:col.",
            "Given an XBRL instance (.xbrl), validates it against its taxonomy (XBRL 2.1, Dimensions 1.0, "
                    + "Calculations 1.1); given an Inline XBRL document (.xhtml), validates the instance it carries, "
                    + "with findings at the line of the ix: tag they are about; given a report package or taxonomy "
                    + "package (.zip), validates the report or the entry points inside it."})
final class ValidateCommand implements Callable<Integer> {

    @CommandLine.Mixin
    Reporting reporting;

    @CommandLine.Option(names = "--format", paramLabel = "FORMAT",
            description = "The same as --findings-format: text or json.")
    String format;

    @CommandLine.Option(names = "--calculations", paramLabel = "VERSION", defaultValue = "1.1",
            description = "For an instance or Inline XBRL document: check calculations as XBRL Calculations 1.1 "
                    + "(rounding-aware, the default) or as XBRL 2.1 5.2.5.2 (2.1).")
    String calculations;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /** An XBRL instance, an Inline XBRL document or a package, validated offline against the taxonomy it names. */
    private Result xbrl(Path file, String name) {
        Code unreadable = name.endsWith(".zip") ? Code.PACKAGE_INVALID : name.endsWith(".xbrl") ? Code.XBRL_MALFORMED : Code.IX_MALFORMED;
        Findings findings = new Findings();
        if (!java.nio.file.Files.isRegularFile(file)) {
            findings.add(unreadable, new Source(file.toString(), 0, 0, ""), "no such file");
            return new Result(Result.Outcome.BAD_INPUT, findings, null, null, null, List.of());
        }
        XbrlValidator validator = XbrlCheck.validator().withCalculationMode(switch (calculations) {
            case "2.1" -> XbrlValidator.CalculationMode.XBRL_2_1;
            case "1.1" -> XbrlValidator.CalculationMode.CALCULATIONS_1_1;
            default -> throw new CommandLine.ParameterException(spec.commandLine(),
                    "--calculations must be 1.1 or 2.1, not " + calculations);
        });
        try {
            findings.addAll(new XbrlFileValidator(validator).validate(file, file.toString()));
        } catch (java.io.IOException e) {
            findings.add(unreadable, new Source(file.toString(), 0, 0, ""), "cannot be read: " + e.getMessage());
            return new Result(Result.Outcome.BAD_INPUT, findings, null, null, null, List.of());
        }
        Result.Outcome outcome = findings.anyInputError() ? Result.Outcome.BAD_INPUT
                : findings.any(reporting.failOn) ? Result.Outcome.FINDINGS : Result.Outcome.OK;
        return new Result(outcome, findings, null, null, null, List.of());
    }

    @Override
    public Integer call() {
        if (format != null) {
            reporting.findingsFormat = format;
        }
        var out = spec.commandLine().getOut();
        String name = reporting.report == null || reporting.report.getFileName() == null ? ""
                : reporting.report.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
        if (name.endsWith(".xhtml") || name.endsWith(".xbrl") || name.endsWith(".zip")) {
            Result result = xbrl(reporting.report, name);
            reporting.print(result, out, spec.commandLine().getErr(), false);
            return result.exitCode();
        }
        Result result = reporting.generator(out).validate(new Request(reporting.report, Path.of("."), List.of(), reporting.failOn));
        reporting.print(result, out, spec.commandLine().getErr(), false);
        return result.exitCode();
    }
}
