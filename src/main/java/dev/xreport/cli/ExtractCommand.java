package dev.xreport.cli;

import dev.xreport.diag.Finding;
import dev.xreport.diag.FindingFormatter;
import dev.xreport.diag.Severity;
import dev.xreport.xbrl.inline.InlineExtractor;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;

@Command(name = "extract", mixinStandardHelpOptions = true,
        description = {"Extract the XBRL instance an Inline XBRL document carries.",
            "Inline XBRL 1.1: scale, sign and transformation formats applied; a figure tagged twice becomes one fact. "
                    + "Writes nothing when the document cannot be extracted."})
final class ExtractCommand implements Callable<Integer> {

    @CommandLine.Parameters(index = "0", paramLabel = "FILE", description = "The Inline XBRL document (.xhtml).")
    Path file;

    @CommandLine.Option(names = {"-o", "--out"}, paramLabel = "FILE",
            description = "Where to write the instance. Default: standard output.")
    Path out;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        var err = spec.commandLine().getErr();
        if (!Files.isRegularFile(file)) {
            err.println("xreport: " + file + ": no such file");
            return 2;
        }
        InlineExtractor.Extraction x = InlineExtractor.extract(file);
        for (Finding f : x.findings()) {
            err.println(FindingFormatter.TEXT.format(f));
        }
        err.flush();
        if (x.findings().stream().anyMatch(f -> f.severity() == Severity.ERROR)) {
            err.println("xreport: " + file + " cannot be extracted; nothing written");
            return x.instance().length == 0 ? 2 : 1;
        }
        if (out == null) {
            spec.commandLine().getOut().print(new String(x.instance(), java.nio.charset.StandardCharsets.UTF_8));
            spec.commandLine().getOut().flush();
            return 0;
        }
        Path target = out.toAbsolutePath();
        Files.createDirectories(target.getParent());
        Path temp = Files.createTempFile(target.getParent(), ".xreport-", ".xbrl");
        try {
            Files.write(temp, x.instance());
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temp);
        }
        spec.commandLine().getOut().println("xreport: wrote " + out);
        spec.commandLine().getOut().flush();
        return 0;
    }
}
