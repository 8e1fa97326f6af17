package dev.xreport.generate;

import dev.xreport.derive.Cells;
import dev.xreport.diag.Code;
import dev.xreport.diag.Finding;
import dev.xreport.diag.Findings;
import dev.xreport.load.LoadResult;
import dev.xreport.load.ReportLoader;
import dev.xreport.model.Report;
import dev.xreport.model.Source;
import dev.xreport.render.Renderer;
import dev.xreport.render.RenderOptions;
import dev.xreport.render.Renderers;
import dev.xreport.render.html.TemplateCheck;
import dev.xreport.taxonomy.Taxonomy;
import dev.xreport.validate.ReportValidator;
import dev.xreport.agree.DeliverableCheck;
import dev.xreport.xbrl.inline.XbrlFileValidator;
import dev.xreport.xbrl.validate.XbrlValidator;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The one entry point behind the CLI and the Maven goal: load, validate, and write the
 * deliverables atomically into {@code <out>/<report-id>/}. Holds no state between runs.
 */
public final class Generator {
    private final Consumer<String> progress;
    private final Map<String, Renderer> fixed;
    private final XbrlValidator xbrlValidator = XbrlCheck.validator();

    /** @param progress receives one line per step, with its time */
    public Generator(Consumer<String> progress) {
        this.progress = progress;
        this.fixed = null;
    }

    /** With a chosen set of renderers, by format name (tests use this to simulate failures). */
    public Generator(Consumer<String> progress, Map<String, Renderer> renderers) {
        this.progress = progress;
        this.fixed = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(renderers));
    }

    private Map<String, Renderer> renderers(Request request) {
        return fixed != null ? fixed
                : Renderers.byFormat(new RenderOptions(request.lang(), request.templates(), request.cjkFont()));
    }

    /** Loads and validates only. */
    public Result validate(Request request) {
        Map<String, Renderer> available = renderers(request);
        Findings findings = new Findings();
        Validated validated = loadAndValidate(request, findings);
        Report report = validated.report();
        Taxonomy taxonomy = validated.taxonomy();
        if (taxonomy == null || findings.anyInputError()) {
            return new Result(Result.Outcome.BAD_INPUT, findings, report, taxonomy, null, List.of());
        }
        if (available.containsKey("xbrl")) {
            // the instance and taxonomy the report would give, written aside and checked as XBRL
            Path scratch = null;
            try {
                scratch = Files.createTempDirectory("xreport-validate-");
                long t0 = System.nanoTime();
                Path instance = available.get("xbrl").render(report, new Cells(report), taxonomy, findings, scratch);
                step("xbrl", "instance and taxonomy written aside for the check", t0);
                checkInstance(instance, new DeliverableFindings(report, findings), scratch, "(" + report.id() + " instance)");
            } catch (IOException | RuntimeException e) {
                findings.add(Code.OUT_WRITE, Source.NONE, "could not write the XBRL instance to check it: " + e.getMessage());
            } finally {
                try {
                    if (scratch != null) {
                        dev.xreport.internal.Trees.delete(scratch);
                    }
                } catch (IOException e) {
                    findings.add(Code.OUT_LEFTOVER, Source.NONE, "could not remove " + scratch + ": " + e.getMessage());
                }
            }
        }
        Result.Outcome outcome = findings.any(request.failOn()) ? Result.Outcome.FINDINGS : Result.Outcome.OK;
        return new Result(outcome, findings, report, taxonomy, null, List.of());
    }

    /** Loads, validates and, when nothing reaches the threshold, writes the deliverables. */
    public Result generate(Request request) {
        Map<String, Renderer> available = renderers(request);
        Findings findings = new Findings();
        List<Renderer> renderers = new ArrayList<>();
        for (String format : request.formats().isEmpty() ? available.keySet() : request.formats()) {
            Renderer r = available.get(format);
            if (r == null) {
                findings.add(Code.LOAD_BAD_VALUE, Source.NONE, "unknown format \"" + format + "\" (available: "
                        + String.join(", ", new java.util.TreeSet<>(available.keySet())) + ")");
            } else {
                renderers.add(r);
            }
        }
        if (findings.anyInputError()) {
            return new Result(Result.Outcome.BAD_INPUT, findings, null, null, null, List.of());
        }
        Validated validated = loadAndValidate(request, findings);
        Report report = validated.report();
        Taxonomy taxonomy = validated.taxonomy();
        if (taxonomy == null || findings.anyInputError()) {
            return new Result(Result.Outcome.BAD_INPUT, findings, report, taxonomy, null, List.of());
        }
        if (request.lang() != null && !report.languages().contains(request.lang())) {
            findings.add(Code.LOAD_BAD_VALUE, Source.NONE, "the report has no words in \"" + request.lang()
                    + "\" to show its deliverables in (its languages: " + String.join(", ", report.languages()) + ")");
            return new Result(Result.Outcome.BAD_INPUT, findings, report, taxonomy, null, List.of());
        }
        if (findings.any(request.failOn())) {
            return new Result(Result.Outcome.FINDINGS, findings, report, taxonomy, null, List.of());
        }
        Path target = request.out().resolve(report.id());
        if (request.report() != null && overwritesInput(target, request.report())) {
            findings.add(Code.OUT_OVER_INPUT, Source.NONE, "the deliverables would go to " + target
                    + ", which holds the report itself; choose another --out");
            return new Result(Result.Outcome.BAD_INPUT, findings, report, taxonomy, null, List.of());
        }
        Cells cells = new Cells(report);
        List<Path> written = new ArrayList<>();
        DeliverableFindings checked = new DeliverableFindings(report, findings);
        Path staging = null;
        try (AtomicFolder folder = AtomicFolder.beside(target)) {
            staging = folder.staging();
            for (Renderer r : renderers) {
                long t0 = System.nanoTime();
                Path file = r.render(report, cells, taxonomy, findings, staging);
                written.add(target.resolve(staging.relativize(file)));
                step(r.format(), file.getFileName().toString(), t0);
                if (r.format().equals("xbrl")) {
                    checkInstance(file, checked, staging, target.toString());
                }
            }
            checkPublished(staging, target, checked);
            agree(report, cells, request.lang(), folder.staging(), target, findings);
            if (findings.any(request.failOn())) {
                return new Result(Result.Outcome.FINDINGS, findings, report, taxonomy, null, List.of());
            }
            long t0 = System.nanoTime();
            // the index as it will be, written aside before anything is replaced: if it cannot be, nothing is
            Path index = OutputIndex.prepare(request.out(), target, folder.staging());
            String leftover;
            try {
                leftover = folder.commit();
            } catch (IOException | RuntimeException e) {
                try {
                    Files.deleteIfExists(index);
                } catch (IOException x) {
                    e.addSuppressed(x); // the next run of the report removes it
                }
                throw e;
            }
            if (leftover != null) {
                findings.add(Code.OUT_LEFTOVER, Source.NONE, leftover);
            }
            String stale = OutputIndex.publish(index, request.out());
            if (stale != null) {
                findings.add(Code.OUT_LEFTOVER, Source.NONE, stale);
            }
            step("publish", target.toString(), t0);
        } catch (IOException | RuntimeException e) {
            Finding failed = Finding.of(Code.OUT_WRITE, Source.NONE, "could not write the deliverables to " + target + ": "
                    + describe(e) + "; the previous output is untouched");
            findings.add(staging == null ? failed : failed.renamed(staging, target.toString()));
            return new Result(Result.Outcome.OUTPUT_FAILED, findings, report, taxonomy, null, List.of());
        }
        return new Result(Result.Outcome.OK, findings, report, taxonomy, target, written);
    }

    /**
     * Validates the written instance as XBRL 2.1 (schemas, XBRL rules, calculations); its findings go
     * through {@code checked}, which names the file as {@code shownAs} and each fact where the report
     * states it, and leaves out what the report's own validation already found.
     */
    private void checkInstance(Path instance, DeliverableFindings checked, Path staging, String shownAs) {
        long t0 = System.nanoTime();
        List<Finding> found = xbrlValidator.validate(instance);
        int restated = checked.add(found, staging, shownAs);
        step("check", found.size() + " findings in the XBRL instance" + DeliverableFindings.leftOut(restated), t0);
    }

    /**
     * Validates the Inline XBRL documents and the report and taxonomy packages about to be published
     * as {@code xreport validate} reads the published files, with the same findings: generate never
     * publishes what validate would reject. (The instance was checked when it was written.)
     */
    private void checkPublished(Path staging, Path published, DeliverableFindings checked) throws IOException {
        long t0 = System.nanoTime();
        List<Path> files;
        try (var list = Files.list(staging)) {
            files = list.filter(p -> {
                String n = p.getFileName().toString();
                return Files.isRegularFile(p) && (n.endsWith(".xhtml") || n.endsWith(".zip"));
            }).sorted().toList();
        }
        if (files.isEmpty()) {
            return;
        }
        XbrlFileValidator check = new XbrlFileValidator(xbrlValidator);
        // the files are independent and the validator is safe to share: checked side by side, reported in order
        List<List<Finding>> found = files.parallelStream().map(f -> {
            try {
                return check.validate(f, published.resolve(f.getFileName().toString()).toString());
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }).toList();
        int restated = 0;
        for (List<Finding> f : found) {
            restated += checked.add(f, null, null);
        }
        step("check", found.stream().mapToInt(List::size).sum() + " findings in " + String.join(", ",
                files.stream().map(p -> p.getFileName().toString()).toList()) + DeliverableFindings.leftOut(restated), t0);
    }

    /**
     * Reads back what was written and compares every figure with the report's fact; paths into the
     * staging folder are shown as they will be once published.
     */
    private void agree(Report report, Cells cells, String lang, Path staging, Path published, Findings findings) {
        long t0 = System.nanoTime();
        DeliverableCheck.Outcome o = DeliverableCheck.check(report, cells, lang, staging);
        for (Finding f : o.findings()) {
            findings.add(f.renamed(staging, published.toString()));
        }
        step("agree", o.findings().size() + " disagreements across " + (o.compared().isEmpty() ? "no deliverables"
                : String.join(", ", o.compared())), t0);
    }

    /** What went wrong, in words: for a file system error its reason and the file, shown as the user would name it. */
    static String describe(Exception e) {
        if (e instanceof java.nio.file.FileSystemException fs && fs.getFile() != null) {
            String shown = Source.shown(Path.of(fs.getFile()));
            String reason = fs.getReason() != null ? fs.getReason()
                    : e instanceof java.nio.file.NoSuchFileException ? "no such file or folder"
                    : e instanceof java.nio.file.AccessDeniedException ? "permission denied"
                    : e instanceof java.nio.file.FileAlreadyExistsException ? "already exists" : e.getClass().getSimpleName();
            return reason + ": " + shown;
        }
        return e.getClass().getSimpleName() + ": " + e.getMessage();
    }

    /** True when replacing {@code target} would replace or delete the report's own files. */
    private static boolean overwritesInput(Path target, Path report) {
        Path t = target.toAbsolutePath().normalize();
        Path r = report.toAbsolutePath().normalize();
        return r.startsWith(t);
    }

    /**
     * The loaded report and the taxonomy its validation compiled, the one every deliverable is
     * written from. The taxonomy is null when the run stopped before validating; the report, when
     * it could not be read.
     */
    private record Validated(Report report, Taxonomy taxonomy) { }

    private Validated loadAndValidate(Request request, Findings findings) {
        long t0 = System.nanoTime();
        LoadResult loaded = request.report() == null ? ReportLoader.loadDefault() : ReportLoader.load(request.report());
        findings.addAll(loaded.findings().all());
        Report report = loaded.report();
        if (report == null || findings.anyInputError()) {
            step("load", "failed", t0);
            return new Validated(report, null);
        }
        if (request.templates() != null) {
            TemplateCheck.check(request.templates(), findings);
            if (findings.anyInputError()) {
                step("load", "the templates cannot be used", t0);
                return new Validated(report, null);
            }
        }
        step("load", report.id() + ": " + report.facts().size() + " facts, " + report.tables().size() + " tables, "
                + report.sections().size() + " chapters", t0);
        t0 = System.nanoTime();
        int before = findings.all().size();
        Taxonomy taxonomy = ReportValidator.validate(report, findings);
        step("validate", (findings.all().size() - before) + " findings from the checks; " + findings.summary(), t0);
        return new Validated(report, taxonomy);
    }

    private void step(String name, String what, long startNanos) {
        long ms = (System.nanoTime() - startNanos) / 1_000_000;
        progress.accept(String.format("%-9s %s (%d ms)", name, what, ms));
    }
}
