package dev.xreport.generate;

import dev.xreport.diag.Code;
import dev.xreport.diag.Finding;
import dev.xreport.diag.Findings;
import dev.xreport.model.Fact;
import dev.xreport.model.Report;
import dev.xreport.model.Source;
import dev.xreport.xbrl.instance.InstanceWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The findings the XBRL checks of a run's deliverables add to the report's own, so that one
 * inconsistency is one finding, at a place the reader can open:
 * <ul>
 * <li>a file of the staging folder is named as it will be published;</li>
 * <li>a finding about a fact also names where the report states that fact;</li>
 * <li>a calculation inconsistency of a total that the report's own validation already found not to
 *     add up is left out: the calculation linkbase is compiled from the same sums (XR-CALC-501/502);</li>
 * <li>a finding of one deliverable that repeats, word for word, one of a deliverable checked before
 *     is left out: the instance, the Inline XBRL document and the report package carry the same facts.</li>
 * </ul>
 * One per run; not thread-safe.
 */
final class DeliverableFindings {
    private static final Set<Code> XBRL_CALCULATION = Set.of(Code.XBRL_CALC_INCONSISTENT, Code.XBRL_CALC11_INCONSISTENT);
    private static final Set<Code> REPORT_CALCULATION = Set.of(Code.CALC_SUM, Code.CALC_CROSSFOOT);
    /** {@code xr:Assets in context "C_I2024"}: the concept a finding speaks of, and its context. */
    private static final Pattern FACT = Pattern.compile("(?:([\\w.-]+:[\\w.-]+) in )?context \"([^\"]+)\"");

    private final Findings findings;
    private final Map<String, Fact> byElement = new HashMap<>();
    /** Where the report states the totals its own validation found not to add up. */
    private final Set<Source> reportedTotals = new HashSet<>();
    /** code, severity and words of every finding of a deliverable checked before (kept or left out). */
    private final Set<String> seen = new HashSet<>();

    /** @param findings the run's findings so far (the report's own): where the deliverables' findings go */
    DeliverableFindings(Report report, Findings findings) {
        this.findings = findings;
        String prefix = report.vocabulary().prefix() + ":";
        for (Fact f : report.facts()) {
            byElement.put(prefix + f.concept() + "|" + InstanceWriter.contextId(f.period(), f.dims()), f);
        }
        for (Finding f : findings.all()) {
            if (REPORT_CALCULATION.contains(f.code())) {
                reportedTotals.add(f.source());
            }
        }
    }

    /**
     * Adds the findings of one deliverable's check.
     *
     * @param staging the folder the deliverable was checked in, or null when its findings already
     *                name it as published
     * @param shownAs how findings name that folder
     * @return how many findings were left out because they restate one already made
     */
    int add(List<Finding> found, Path staging, String shownAs) {
        int left = 0;
        List<String> keys = new ArrayList<>();
        for (Finding f : found) {
            Finding shown = staging == null ? f : f.renamed(staging, shownAs);
            String key = f.code().id() + "|" + f.severity() + "|" + shown.message();
            keys.add(key);
            Fact fact = fact(shown);
            if (seen.contains(key) || fact != null && XBRL_CALCULATION.contains(f.code()) && reportedTotals.contains(fact.source())) {
                left++;
                continue;
            }
            if (fact != null) {
                List<Finding.Related> related = new ArrayList<>(shown.related());
                related.add(new Finding.Related(fact.key() + " in the report", fact.source()));
                shown = shown.with(related);
            }
            findings.add(shown);
        }
        seen.addAll(keys);
        return left;
    }

    /** The report's fact a finding is about: the element it stands at, or else the concept its words name, in the context they name. */
    private Fact fact(Finding f) {
        Matcher m = FACT.matcher(f.message());
        if (!m.find()) {
            return null;
        }
        String path = f.source().path();
        String element = path == null ? "" : path.replaceAll(".*/", "").replaceAll("\\[\\d+]$", "");
        Fact fact = byElement.get(element + "|" + m.group(2));
        return fact != null || m.group(1) == null ? fact : byElement.get(m.group(1) + "|" + m.group(2));
    }

    /** " (2 already reported)" when any were left out, for the progress line. */
    static String leftOut(int n) {
        return n == 0 ? "" : " (" + n + " already reported)";
    }
}
