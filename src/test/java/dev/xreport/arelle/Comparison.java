package dev.xreport.arelle;

import dev.xreport.mutate.Mutant;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * xreport's and Arelle's verdicts on one copy side by side. They agree when both call it valid, or
 * both invalid, and xreport's XR-XBRL-631 findings are as many as Arelle's
 * {@value #CALCULATION_INCONSISTENCY} messages. Warnings are compared apart: they decide no verdict.
 */
public record Comparison(Mutant mutant, XreportVerdict xreport, ArelleVerdict arelle) {
    /** Arelle's code for the Calculations 1.1 inconsistency xreport reports as XR-XBRL-631. */
    public static final String CALCULATION_INCONSISTENCY = "calc11e:inconsistentCalculationUsingRounding";

    /** How two verdicts can differ. */
    public enum Side {
        /** xreport says invalid, Arelle valid. */
        ONLY_XREPORT_INVALID("xreport invalid, Arelle valid"),
        /** Arelle says invalid, xreport valid. */
        ONLY_ARELLE_INVALID("Arelle invalid, xreport valid"),
        /** Both say the same, but count calculation inconsistencies differently. */
        CALCULATION_COUNT("same verdict, different number of calculation inconsistencies");

        private final String words;

        Side(String words) {
            this.words = words;
        }

        public String words() {
            return words;
        }
    }

    public boolean agrees() {
        return side() == null;
    }

    /** How they differ; null when they agree. */
    public Side side() {
        if (xreport.valid() && !arelle.valid()) {
            return Side.ONLY_ARELLE_INVALID;
        }
        if (!xreport.valid() && arelle.valid()) {
            return Side.ONLY_XREPORT_INVALID;
        }
        return xreport.calculation() != arelle.codes().getOrDefault(CALCULATION_INCONSISTENCY, 0) ? Side.CALCULATION_COUNT : null;
    }

    /** Both call the copy valid. */
    public boolean bothValid() {
        return xreport.valid() && arelle.valid();
    }

    /** Both report warnings, or neither. */
    public boolean warningsAgree() {
        return (xreport.warnings() > 0) == (arelle.warnings() > 0);
    }

    /** Arelle's verdict in a few words: {@code invalid xlink:dupArcs x12}. */
    public String arelleSummary() {
        if (arelle.valid()) {
            return "valid" + (arelle.warnings() > 0 ? " (" + arelle.warnings() + " warnings: " + codes(arelle.codes()) + ")" : "");
        }
        return "invalid " + codes(arelle.codes());
    }

    private static String codes(Map<String, Integer> codes) {
        return codes.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .map(e -> e.getKey() + (e.getValue() > 1 ? " x" + e.getValue() : "")).collect(Collectors.joining(" "));
    }

    /** One line: the copy, its change, both verdicts. */
    public String describe() {
        return mutant.id() + ": " + mutant.description() + "\n      xreport: " + xreport.summary()
                + (xreport.calculation() > 0 ? " (" + xreport.calculation() + " XR-XBRL-631)" : "")
                + "\n      Arelle:  " + arelleSummary() + (arelle.inconsistencies() > 0 ? " (" + arelle.inconsistencies()
                + " inconsistencies)" : "");
    }
}
