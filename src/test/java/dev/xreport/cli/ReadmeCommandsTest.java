package dev.xreport.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.xreport.generate.Generator;
import dev.xreport.generate.Request;
import dev.xreport.generate.Result;
import dev.xreport.load.ReportLoader;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParseResult;

/**
 * Every command the README shows runs as written, from the root of a clone after the build: each line
 * of its {@code sh} code blocks and each {@code mvn} command in its text (and each example of
 * {@code xreport --help}). A command of the CLI must parse; every file or folder it reads must be in
 * the repository or be one the build makes ({@code target/xreport-cli.jar}, the embedded report's
 * deliverables in {@code output/}); those that only read (help, validate of a report) are run and
 * must succeed. A {@code mvn} command may name only lifecycle phases and properties the build knows.
 */
class ReadmeCommandsTest {
    private static final Path README = Path.of("README.md");
    private static final String JAR = "java -jar target/xreport-cli.jar";

    /**
     * README lines known not to run as written, each with what is missing: a line here must still
     * fail (remove it once it runs), and any other line must pass.
     */
    private static final Map<String, String> TODO = Map.of();

    private static final Set<String> PHASES = Set.of("clean", "validate", "compile", "test", "package", "verify", "install",
            "deploy");

    /** The names of the files generate writes for the embedded report, as the build writes them into output/. */
    private static Set<String> deliverables;
    private static String defaultId;
    /** What the build is configured by: the pom, and the tests (which read system properties such as golden.update). */
    private static String build;

    @BeforeAll
    static void whatTheBuildWrites(@TempDir Path out) throws IOException {
        StringBuilder text = new StringBuilder(Files.readString(Path.of("pom.xml")));
        try (Stream<Path> tests = Files.walk(Path.of("src/test/java"))) {
            for (Path f : tests.filter(Files::isRegularFile).toList()) {
                text.append(Files.readString(f));
            }
        }
        build = text.toString();
        defaultId = ReportLoader.loadDefault().report().id();
        // the minimal report stands for the embedded one: the same deliverables, named by its id (and four times faster)
        Result r = new Generator(line -> { }).generate(new Request(Path.of("src/test/resources/reports/minimal"), out, List.of(), null));
        assertThat(r.exitCode()).as("%s", r.findings().all()).isZero();
        try (Stream<Path> files = Files.list(r.outputDir())) {
            deliverables = Set.copyOf(files.map(p -> p.getFileName().toString().replace("minimal", defaultId)).toList());
        }
    }

    /** Each command line of the README: the lines of its sh code blocks, without comments, and its `mvn ...` spans. */
    static List<String> readmeCommands() throws IOException {
        List<String> commands = new ArrayList<>();
        boolean inShell = false;
        for (String line : Files.readAllLines(README)) {
            if (line.startsWith("```")) {
                inShell = !inShell && line.strip().equals("```sh");
            } else if (inShell && !line.isBlank()) {
                commands.add(line.replaceAll("\\s+#.*$", "").strip());
            } else if (!inShell) {
                Matcher m = Pattern.compile("`(mvn [^`]+)`").matcher(line);
                while (m.find()) {
                    commands.add(m.group(1));
                }
            }
        }
        return commands;
    }

    /** The examples {@code xreport --help} gives, as the README would write them. */
    static List<String> helpExamples() {
        StringWriter out = new StringWriter();
        Main.execute(new PrintWriter(out, true), new PrintWriter(new StringWriter(), true), "--help");
        return out.toString().lines().filter(l -> l.startsWith("  xreport "))
                .map(l -> JAR + l.strip().substring("xreport".length()).replaceAll("\\s+#.*$", "")).toList();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("readmeCommands")
    void readmeCommandRunsAsWritten(String command) {
        String why = TODO.get(command);
        List<String> problems = problems(command);
        if (why == null) {
            assertThat(problems).as(command).isEmpty();
        } else {
            assertThat(problems).as("listed as not running (%s), but it does: remove it from TODO", why).isNotEmpty();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("helpExamples")
    void helpExampleRunsAsWritten(String command) {
        assertThat(problems(command)).as(command).isEmpty();
    }

    /** A file or folder of the repository the README names in its text, in code or as a link, exists. */
    @Test
    void everyRepositoryPathTheReadmeNamesExists() throws IOException {
        Matcher m = Pattern.compile("`((?:src|docs|schema|templates|taxonomy|\\.ci)/[^`<>*\\s]*)`|\\]\\(((?:src|docs|schema)/[^)\\s]+)\\)")
                .matcher(Files.readString(README));
        List<String> named = new ArrayList<>();
        while (m.find()) {
            named.add(m.group(1) != null ? m.group(1) : m.group(2));
        }
        assertThat(named).as("paths the README names").hasSizeGreaterThan(5)
                .allSatisfy(p -> assertThat(Path.of(p)).as("named in the README").exists());
    }

    @Test
    void everyTodoIsStillInTheReadme() throws IOException {
        assertThat(readmeCommands()).containsAll(TODO.keySet());
    }

    /** What keeps {@code command} from running as written; empty when nothing does. */
    private static List<String> problems(String command) {
        List<String> problems = new ArrayList<>();
        if (command.startsWith("mvn ")) {
            mvn(command.substring(4).strip().split("\\s+"), problems);
        } else if (command.startsWith(JAR)) {
            cli(command.substring(JAR.length()).strip().split("\\s+"), problems);
        } else {
            problems.add("neither mvn nor " + JAR);
        }
        return problems;
    }

    /** Whether the argument names a file or folder the command reads (rather than writes, like --out DIR or init DIR). */
    private static boolean reads(ArgSpec arg) {
        if (arg instanceof OptionSpec o) {
            return !Collections.disjoint(Arrays.asList(o.names()), List.of("--templates", "--cjk-font"));
        }
        return Set.of("REPORT", "FILE").contains(arg.paramLabel());
    }

    private static void mvn(String[] words, List<String> problems) {
        for (String w : words) {
            if (w.startsWith("-D")) {
                String property = w.substring(2).replaceAll("=.*", "");
                if (!property.equals("skipTests") && !build.contains(property)) {
                    problems.add("the build knows no property " + property);
                }
            } else if (!w.matches("-[qoBeX]") && !PHASES.contains(w)) {
                problems.add("not a lifecycle phase: " + w);
            }
        }
    }

    private static void cli(String[] args, List<String> problems) {
        if (!build.contains("<finalName>xreport-cli</finalName>")) {
            problems.add("the build does not make target/xreport-cli.jar");
        }
        String[] given = args.length == 1 && args[0].isEmpty() ? new String[0] : args;
        ParseResult parsed;
        try {
            parsed = Main.commandLine().parseArgs(given);
        } catch (CommandLine.ParameterException e) {
            problems.add("does not parse: " + e.getMessage());
            return;
        }
        ParseResult command = parsed.hasSubcommand() ? parsed.subcommand() : parsed;
        boolean onlyRepositoryFiles = true;
        for (ArgSpec arg : command.matchedArgs()) {
            if (!reads(arg)) {
                continue;
            }
            for (String value : arg.originalStringValues()) {
                if (value.equals("none")) {
                    continue; // --cjk-font none
                }
                String built = "output/" + defaultId + "/";
                if (value.startsWith("output/")) {
                    onlyRepositoryFiles = false;
                    if (!value.startsWith(built) || !deliverables.contains(value.substring(built.length()))) {
                        problems.add(value + " is not a file the build writes (" + deliverables + " in " + built + ")");
                    }
                } else if (!Files.exists(Path.of(value))) {
                    problems.add(value + " does not exist");
                }
            }
        }
        String name = parsed.hasSubcommand() ? command.commandSpec().name() : "";
        boolean reads = parsed.isUsageHelpRequested() || command.isUsageHelpRequested() || name.equals("validate");
        if (problems.isEmpty() && reads && onlyRepositoryFiles) {
            StringWriter out = new StringWriter();
            StringWriter err = new StringWriter();
            int exit = Main.execute(new PrintWriter(out, true), new PrintWriter(err, true), given);
            if (exit != 0) {
                problems.add("exits " + exit + ": " + err.toString().strip());
            }
        }
    }
}
