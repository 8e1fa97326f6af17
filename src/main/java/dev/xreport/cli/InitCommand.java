package dev.xreport.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;

@Command(name = "init", mixinStandardHelpOptions = true,
        description = {"Write a small, commented starter report into DIR.",
            "report.yaml and vocabulary.yaml, in US dollars and English: a balance sheet and an income statement "
                    + "whose totals add up, a check and a paragraph citing a fact. It validates and generates as it is.",
            "Files already in DIR are never replaced."})
final class InitCommand implements Callable<Integer> {
    /** The starter's files, on the classpath under starter/. */
    static final List<String> FILES = List.of("report.yaml", "vocabulary.yaml");

    @CommandLine.Parameters(index = "0", paramLabel = "DIR", description = "The report folder to write; made when it does not exist.")
    Path dir;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        if (Files.exists(dir) && !Files.isDirectory(dir)) {
            return refuse(dir + " is a file, not a folder; nothing written");
        }
        List<Path> there = FILES.stream().map(dir::resolve).filter(Files::exists).toList();
        if (!there.isEmpty()) {
            return refuse(String.join(", ", there.stream().map(Path::toString).toList())
                    + (there.size() == 1 ? " exists" : " exist") + " already; init replaces nothing: choose a new or empty folder");
        }
        try {
            Files.createDirectories(dir);
            for (String name : FILES) {
                try (InputStream in = InitCommand.class.getResourceAsStream("/starter/" + name)) {
                    if (in == null) {
                        throw new IOException("the starter's " + name + " is missing from xreport");
                    }
                    Files.write(dir.resolve(name), in.readAllBytes(), StandardOpenOption.CREATE_NEW);
                }
            }
        } catch (FileAlreadyExistsException e) {
            return refuse(e.getFile() + " appeared while writing; init replaces nothing");
        } catch (IOException e) {
            spec.commandLine().getErr().println("xreport: could not write the starter report to " + dir + ": " + e.getMessage());
            return 1;
        }
        spec.commandLine().getOut().println("xreport: wrote a starter report to " + dir + " (" + String.join(", ", FILES)
                + "); next: xreport validate " + dir);
        return 0;
    }

    /** Says why nothing is written; exit code 2, as for any usage error. */
    private int refuse(String why) {
        spec.commandLine().getErr().println("xreport: " + why);
        return 2;
    }
}
