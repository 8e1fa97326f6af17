package dev.xreport.cli;

import dev.xreport.generate.Request;
import dev.xreport.generate.Result;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;

@Command(name = "validate", mixinStandardHelpOptions = true,
        description = {"Check a report without writing anything: that it reads, that every reference",
            "leads somewhere, and that its totals add up. Findings print as file:line:col."})
final class ValidateCommand implements Callable<Integer> {

    @CommandLine.Mixin
    Reporting reporting;

    @CommandLine.Option(names = "--format", paramLabel = "FORMAT",
            description = "The same as --findings-format: text or json.")
    String format;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        if (format != null) {
            reporting.findingsFormat = format;
        }
        var out = spec.commandLine().getOut();
        Result result = reporting.generator(out).validate(new Request(reporting.report, Path.of("."), List.of(), reporting.failOn));
        reporting.print(result, out, spec.commandLine().getErr());
        return result.exitCode();
    }
}
