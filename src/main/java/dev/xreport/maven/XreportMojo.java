package dev.xreport.maven;

import dev.xreport.diag.Finding;
import dev.xreport.diag.Findings;
import dev.xreport.diag.Severity;
import dev.xreport.generate.Generator;
import dev.xreport.generate.Request;
import dev.xreport.generate.Result;
import dev.xreport.model.Source;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * What the goals share: the parameters (each also a property under {@code xreport.}), finding the
 * reports, and printing findings the way IDEs link them: {@code path/report.yaml:[47,9] XR-CALC-501 message}.
 * Holds no state between executions; every execution builds its own {@link Generator}.
 */
abstract class XreportMojo extends AbstractMojo {

    /** A report folder or file, or a folder of them (each sub-folder with a report.yaml, each .yaml/.json file). */
    @Parameter(property = "xreport.reports", defaultValue = "${project.basedir}/src/main/reports")
    File reports;

    /** Templates that replace xreport's defaults of the same name (report.html, fragments/*.html, *.css, *.properties). */
    @Parameter(property = "xreport.templates")
    File templates;

    /** Where the compiled taxonomy of each report is also written, as {@code <dir>/<report-id>/} (optional). */
    @Parameter(property = "xreport.taxonomy")
    File taxonomy;

    /** Deliverables to write: json, xbrl, html, pdf, xlsx. Empty: all. */
    @Parameter(property = "xreport.formats")
    List<String> formats;

    /** Where each report's folder of deliverables is written. */
    @Parameter(property = "xreport.outputDirectory", defaultValue = "${project.build.directory}/xreport")
    File outputDirectory;

    /** Language of the human-readable deliverables: one the report has labels in; default: the report's own. */
    @Parameter(property = "xreport.lang")
    String lang;

    /** The least severity that fails the build: ERROR, INCONSISTENCY or WARNING. */
    @Parameter(property = "xreport.failOn", defaultValue = "INCONSISTENCY")
    String failOn;

    /** The CJK font the PDF embeds for CJK text (.ttf, .otf or .ttc), or none; default: XREPORT_CJK_FONT, else the system's. */
    @Parameter(property = "xreport.cjkFont")
    String cjkFont;

    /** Skip xreport altogether. */
    @Parameter(property = "xreport.skip", defaultValue = "false")
    boolean skip;

    /** The reports to process; empty when there are none. */
    List<Path> findReports() throws MojoExecutionException {
        Path root = reports.toPath();
        if (!Files.exists(root)) {
            return List.of();
        }
        if (Files.isRegularFile(root) || isReportFolder(root)) {
            return List.of(root);
        }
        List<Path> out = new ArrayList<>();
        try (Stream<Path> s = Files.list(root)) {
            for (Path p : s.sorted().toList()) {
                String name = p.getFileName().toString().toLowerCase(Locale.ROOT);
                if (Files.isDirectory(p) && isReportFolder(p)) {
                    out.add(p);
                } else if (Files.isRegularFile(p) && (name.endsWith(".yaml") || name.endsWith(".yml") || name.endsWith(".json"))) {
                    out.add(p);
                }
            }
        } catch (IOException e) {
            throw new MojoExecutionException("cannot list " + root + ": " + e.getMessage(), e);
        }
        return out;
    }

    private static boolean isReportFolder(Path p) {
        return Files.isRegularFile(p.resolve("report.yaml")) || Files.isRegularFile(p.resolve("report.yml"))
                || Files.isRegularFile(p.resolve("report.json"));
    }

    Severity threshold() throws MojoExecutionException {
        try {
            return Severity.valueOf(failOn.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new MojoExecutionException("xreport.failOn is ERROR, INCONSISTENCY or WARNING, not \"" + failOn + "\"");
        }
    }

    Request request(Path report) throws MojoExecutionException {
        if (lang != null && !lang.matches("[a-z]{2,3}(-[A-Za-z0-9]{2,8})*")) {
            throw new MojoExecutionException("xreport.lang is a language such as en or zh, not \"" + lang + "\"");
        }
        if (cjkFont != null && !cjkFont.equals("none") && !java.nio.file.Files.isRegularFile(Path.of(cjkFont))) {
            throw new MojoExecutionException("xreport.cjkFont " + cjkFont + " is not a font file");
        }
        return new Request(report, outputDirectory.toPath(), formats == null ? List.of() : formats, threshold(), lang,
                templates == null ? null : templates.toPath(), cjkFont);
    }

    Generator generator() {
        return new Generator(line -> getLog().info("xreport: " + line));
    }

    /** Each report of the project in turn, unless skipped. */
    @Override
    public final void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("xreport: skipped");
            return;
        }
        List<Path> found = findReports();
        if (found.isEmpty()) {
            getLog().info("xreport: no reports in " + reports + "; nothing to do");
            return;
        }
        for (Path report : found) {
            process(report);
        }
    }

    /** What the goal does with one report. */
    abstract void process(Path report) throws MojoExecutionException, MojoFailureException;

    /**
     * Prints each finding once as {@code file:[line,col] CODE message}: at [ERROR] when it reaches the
     * failOn level (so that {@code mvn -q} shows what fails the build), else at [WARNING], and a
     * finding for the record at [INFO].
     */
    void print(Findings findings) throws MojoExecutionException {
        Severity threshold = threshold();
        for (Finding f : findings.sorted()) {
            Source s = f.source();
            String where = s.file() == null ? "" : s.file() + (s.line() > 0 ? ":[" + s.line() + "," + s.column() + "] " : " ");
            String line = where + f.code().id() + " " + f.message();
            if (f.severity().reaches(threshold)) {
                getLog().error(line);
            } else if (f.severity() == Severity.INFO) {
                getLog().info(line);
            } else {
                getLog().warn(line);
            }
        }
    }

    /** Fails the build when the run did not succeed, with the summary of its findings. */
    void failIfNeeded(Result result, Path report) throws MojoFailureException {
        if (result.exitCode() != 0) {
            List<String> parts = new ArrayList<>();
            Findings f = result.findings();
            count(parts, f.count(Severity.ERROR), "error", "errors");
            count(parts, f.count(Severity.INCONSISTENCY), "inconsistency", "inconsistencies");
            count(parts, f.count(Severity.WARNING), "warning", "warnings");
            throw new MojoFailureException("xreport: " + report + ": " + String.join(", ", parts));
        }
    }

    private static void count(List<String> parts, long n, String one, String many) {
        if (n > 0) {
            parts.add(n + " " + (n == 1 ? one : many));
        }
    }
}
