package dev.xreport.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;

/**
 * Every line of every command's help is whole: it fits in 80 columns (the width with no terminal),
 * no sentence is cut where the source broke a line, and no line of the footer is wrapped.
 */
class HelpTest {
    private static final int WIDTH = 80;

    /** The command, then every subcommand, by the words that ask for its help. */
    static Stream<List<String>> commands() {
        List<List<String>> all = new ArrayList<>();
        all.add(List.of("--help"));
        new CommandLine(new Main()).getSubcommands().keySet().forEach(name -> all.add(List.of(name, "--help")));
        return all.stream();
    }

    private static String help(List<String> args) {
        StringWriter out = new StringWriter();
        assertThat(Main.execute(new PrintWriter(out, true), new PrintWriter(new StringWriter(), true), args.toArray(String[]::new)))
                .isZero();
        return out.toString();
    }

    private static CommandSpec spec(List<String> args) {
        CommandLine main = new CommandLine(new Main());
        return args.size() == 1 ? main.getCommandSpec() : main.getSubcommands().get(args.get(0)).getCommandSpec();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("commands")
    void everyLineFitsAndCarriesNoEscapeCode(List<String> args) {
        assertThat(help(args).lines()).allSatisfy(line -> {
            assertThat(line.length()).as("%s", line).isLessThanOrEqualTo(WIDTH);
            assertThat(line).as("no ANSI escape code when the output is not a terminal").doesNotContain("\u001b");
        });
    }

    /**
     * Picocli prints each element of a description as a paragraph of its own and lists a command by
     * its first: an element that stops mid-sentence is a sentence cut in two.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("commands")
    void everyParagraphOfTheDescriptionIsWhole(List<String> args) {
        assertThat(spec(args).usageMessage().description()).allSatisfy(paragraph ->
                assertThat(paragraph.replace("%n", "").strip()).as("a whole sentence").matches("|.*[.:)]"));
    }

    /** The footer's lines are laid out by hand: none may be long enough for picocli to wrap it. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("commands")
    void everyFooterLineIsPrintedAsWritten(List<String> args) {
        List<String> printed = help(args).lines().toList();
        assertThat(spec(args).usageMessage().footer()).allSatisfy(line -> assertThat(printed).contains(line.stripTrailing()));
    }

    /** Each command is listed on one line: its summary is one sentence that fits beside its name. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("commands")
    void theListOfCommandsGivesEachOneLine(List<String> args) {
        if (args.size() > 1) {
            return;
        }
        List<String> lines = help(args).lines().toList();
        List<String> after = lines.subList(lines.indexOf("Commands:") + 1, lines.size());
        List<String> listed = after.subList(0, after.indexOf(""));
        assertThat(listed).hasSameSizeAs(new CommandLine(new Main()).getSubcommands().keySet())
                .allSatisfy(line -> assertThat(line).matches("  \\S+ +\\S.*\\."));
    }
}
