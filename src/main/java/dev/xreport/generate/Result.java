package dev.xreport.generate;

import dev.xreport.diag.Findings;
import dev.xreport.model.Report;
import dev.xreport.taxonomy.Taxonomy;
import java.nio.file.Path;
import java.util.List;

/**
 * What a run gave: the outcome, the findings, and for a successful generate the folder and files.
 *
 * @param report   the loaded report, null when it could not be read
 * @param taxonomy the report's taxonomy, compiled once while validating, the one the deliverables are
 *                 written from; null when the run stopped before it was compiled (with an input error
 *                 among the findings, it may be one XBRL rejects)
 */
public record Result(Outcome outcome, Findings findings, Report report, Taxonomy taxonomy, Path outputDir, List<Path> files) {

    public enum Outcome {
        /** Everything written (or, for validate, nothing reached the threshold). */
        OK(0),
        /** Findings at or above the threshold; nothing written. */
        FINDINGS(1),
        /** The input could not be read or refers to what does not exist; nothing written. */
        BAD_INPUT(2),
        /** A deliverable could not be written; the previous output is untouched. */
        OUTPUT_FAILED(1);

        private final int exitCode;

        Outcome(int exitCode) {
            this.exitCode = exitCode;
        }

        public int exitCode() {
            return exitCode;
        }
    }

    public int exitCode() {
        return outcome.exitCode();
    }
}
