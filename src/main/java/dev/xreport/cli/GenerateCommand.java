package dev.xreport.cli;

import dev.xreport.generate.Request;
import dev.xreport.generate.Result;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "generate", mixinStandardHelpOptions = true,
        description = {"Check a report and write its deliverables into OUT/<report-id>/.",
            "The deliverables replace the previous ones only when every step succeeded."})
final class GenerateCommand implements Callable<Integer> {

    @Option(names = {"-o", "--out"}, paramLabel = "DIR", defaultValue = "output",
            description = "Where the report's folder of deliverables is written. Default: ${DEFAULT-VALUE}.")
    Path out;

    @Option(names = {"-f", "--formats"}, paramLabel = "LIST", split = ",",
            description = "Deliverables to write, comma-separated (json). Default: all.")
    List<String> formats;

    @CommandLine.Mixin
    Reporting reporting;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        var out = spec.commandLine().getOut();
        var err = spec.commandLine().getErr();
        Result result = reporting.generator(out).generate(new Request(reporting.report, this.out, formats, reporting.failOn));
        reporting.print(result, out, err);
        return result.exitCode();
    }
}
