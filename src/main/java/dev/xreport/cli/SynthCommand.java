package dev.xreport.cli;

import dev.xreport.synth.SyntheticReport;
import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "synth", mixinStandardHelpOptions = true,
        description = {"Write a synthetic report of N facts to measure xreport at scale.",
            "It has the WeBank report's shape: segments of one dimension, each with a balance sheet and an income "
                    + "statement over two years whose totals add up. The same N and seed give the same report."})
final class SynthCommand implements Callable<Integer> {

    @Option(names = "--facts", paramLabel = "N", required = true, description = "About how many facts (rounded up to whole segments of 200).")
    long facts;

    @Option(names = {"-o", "--out"}, paramLabel = "DIR", required = true, description = "The report folder to write.")
    Path out;

    @Option(names = "--seed", paramLabel = "SEED", defaultValue = "1", description = "Seed of the amounts. Default: ${DEFAULT-VALUE}.")
    long seed;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        if (facts < 1 || facts > 100_000_000) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--facts is from 1 to 100000000, not " + facts);
        }
        long written = SyntheticReport.write(out, facts, seed);
        spec.commandLine().getOut().printf("xreport: wrote a report of %,d facts in %,d segments to %s%n", written,
                SyntheticReport.segments(facts), out);
        return 0;
    }
}
