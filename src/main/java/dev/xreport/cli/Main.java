package dev.xreport.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code xreport}: turns an annual report written as data into its deliverables.
 * Exit codes: 0 ok, 1 findings at or above the threshold, 2 usage error or unreadable input.
 */
@Command(name = "xreport", mixinStandardHelpOptions = true, versionProvider = dev.xreport.internal.Version.class,
        description = {
            "Turns one annual report, written as YAML or JSON data, into every deliverable its readers need, "
                    + "and checks its figures on the way. With no report given it uses the embedded WeBank 2022 report.",
            ""},
        subcommands = {GenerateCommand.class, ValidateCommand.class, ExtractCommand.class, SynthCommand.class,
            InitCommand.class, CommandLine.HelpCommand.class},
        footerHeading = "%nExit codes:%n",
        // each line of the footer as it is printed: at most 80 characters, so that none is wrapped
        footer = {"  0  done, no finding at or above the --fail-on level",
                  "  1  findings at or above the --fail-on level (nothing written),",
                  "     or a deliverable could not be written",
                  "  2  usage error, or the report cannot be read or refers to something",
                  "     it does not define",
                  "",
                  "Examples:",
                  "  xreport generate                 # the WeBank 2022 report into output/",
                  "  xreport init my-report          # a starter report to fill in",
                  "  xreport generate examples/lrcf-2024 --out site",
                  "  xreport validate examples/lrcf-2024/report.yaml --fail-on warning",
                  "  xreport validate output/webank-2022/webank-2022.xhtml   # Inline XBRL",
                  "  xreport extract output/webank-2022/webank-2022.xhtml -o extracted.xbrl",
                  "  xreport synth --facts 100000 --out /tmp/synthetic   # 100,000 facts"})
public final class Main implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** Runs the command line and returns its exit code; never exits the JVM. */
    public static int execute(String... args) {
        return execute(new java.io.PrintWriter(System.out, true), new java.io.PrintWriter(System.err, true), args);
    }

    /** The same, printing progress to {@code out} and findings and errors to {@code err}. */
    public static int execute(java.io.PrintWriter out, java.io.PrintWriter err, String... args) {
        CommandLine cl = commandLine();
        cl.setOut(out);
        cl.setErr(err);
        cl.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            commandLine.getErr().println("xreport: internal error (a bug: please report it with the input): " + e);
            if (System.getenv("XREPORT_DEBUG") != null) {
                e.printStackTrace(commandLine.getErr());
            }
            return 70;
        });
        return cl.execute(args);
    }

    /** The command line {@link #execute} runs, before it is given its streams: to parse arguments without running them. */
    static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new Main());
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        // help as wide as the terminal, 80 columns when there is none; picocli wraps each paragraph at words
        cl.setUsageHelpAutoWidth(true);
        return cl;
    }

    public static void main(String[] args) {
        int code = execute(args);
        if (code != 0) {
            System.exit(code);
        }
    }
}
