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
            description = "Deliverables to write, comma-separated: json, xbrl (instance and taxonomy), html, ixbrl (Inline XBRL "
                    + "and report package), pdf, xlsx. Default: all. The figures of what is written are checked against the report.")
    List<String> formats;

    @Option(names = "--lang", paramLabel = "LANG",
            description = "Language of the pages, PDF and workbook: one the report has labels in (zh for WeBank's "
                    + "Chinese labels); the narrative stays as written. Default: the report's own language.")
    String lang;

    @Option(names = "--templates", paramLabel = "DIR",
            description = "A folder of templates (report.html, fragments/*.html, report.css, report*.properties) "
                    + "that replace xreport's defaults of the same name; the rest stay the defaults.")
    Path templates;

    @Option(names = "--cjk-font", paramLabel = "FILE",
            description = "The CJK font the PDF embeds for Chinese, Japanese or Korean text (.ttf, .otf or .ttc), "
                    + "or none. Default: XREPORT_CJK_FONT, else Debian's Noto Sans CJK or WenQuanYi Micro Hei.")
    String cjkFont;

    @CommandLine.Mixin
    Reporting reporting;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        var out = spec.commandLine().getOut();
        var err = spec.commandLine().getErr();
        if (lang != null && !lang.matches("[a-z]{2,3}(-[A-Za-z0-9]{2,8})*")) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--lang is a language such as en or zh, not \""
                    + lang + "\"");
        }
        if (templates != null && !java.nio.file.Files.isDirectory(templates)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--templates " + templates + " is not a folder");
        }
        if (cjkFont != null && !cjkFont.equals("none") && !java.nio.file.Files.isRegularFile(Path.of(cjkFont))) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--cjk-font " + cjkFont + " is not a font file");
        }
        Result result = reporting.generator(out).generate(new Request(reporting.report, this.out, formats,
                reporting.failOn, lang, templates, cjkFont));
        reporting.print(result, out, err);
        return result.exitCode();
    }
}
