package dev.xreport.diag;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;

/** Collects findings during a run. Not thread-safe: one per run. */
public final class Findings {
    private final List<Finding> list = new ArrayList<>();

    public void add(Finding f) {
        list.add(f);
    }

    public void add(Code code, dev.xreport.model.Source source, String message) {
        add(Finding.of(code, source, message));
    }

    public void addAll(List<Finding> findings) {
        list.addAll(findings);
    }

    public List<Finding> all() {
        return Collections.unmodifiableList(list);
    }

    /** In the order a reader wants them: by file, line, column. */
    public List<Finding> sorted() {
        List<Finding> copy = new ArrayList<>(list);
        copy.sort(Comparator.comparing((Finding f) -> f.source().file() == null ? "" : f.source().file())
                .thenComparingInt(f -> f.source().line())
                .thenComparingInt(f -> f.source().column()));
        return copy;
    }

    public boolean any(Severity threshold) {
        return list.stream().anyMatch(f -> f.severity().reaches(threshold));
    }

    public boolean anyInputError() {
        return list.stream().anyMatch(f -> f.severity() == Severity.ERROR && f.code().stage() == Code.Stage.INPUT);
    }

    public long count(Severity s) {
        return list.stream().filter(f -> f.severity() == s).count();
    }

    /** "2 errors, 1 inconsistency, 0 warnings" */
    public String summary() {
        return plural(count(Severity.ERROR), "error", "errors") + ", "
                + plural(count(Severity.INCONSISTENCY), "inconsistency", "inconsistencies") + ", "
                + plural(count(Severity.WARNING), "warning", "warnings");
    }

    private static String plural(long n, String one, String many) {
        return n + " " + (n == 1 ? one : many);
    }

    public boolean isEmpty() {
        return list.isEmpty();
    }
}
