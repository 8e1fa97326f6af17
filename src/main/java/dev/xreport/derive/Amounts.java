package dev.xreport.derive;

import java.math.BigDecimal;

/** Formats amounts and ratios the way the report prints them: 1,234,567 and (1,234,567), 70.61%. */
public final class Amounts {
    private Amounts() { }

    /** {@code value} divided by 10^scale, with thousands separators, negatives in parentheses. */
    public static String grouped(BigDecimal value, int scale) {
        return grouped(value, scale, 0);
    }

    /**
     * The same with at least {@code places} decimal places, so that a figure stated to one decimal
     * of a million keeps its printed zero: 811.0.
     */
    public static String grouped(BigDecimal value, int scale, int places) {
        return NumberStyle.DOT.grouped(value, scale, places);
    }

    /**
     * An amount for a message, in the words the author wrote it: "1,350 thousand EUR", "1.47%".
     */
    public static String describe(BigDecimal value, dev.xreport.model.Unit unit, int scale) {
        if (unit == null) {
            return value.toPlainString();
        }
        if (unit.isPure()) {
            return percent(value, Math.max(value.stripTrailingZeros().scale() - 2, 0));
        }
        if (!unit.isMonetary()) {
            return grouped(value, 0) + " " + unit.id();
        }
        String words = switch (scale) {
            case 0 -> "";
            case 3 -> " thousand";
            case 6 -> " million";
            case 9 -> " billion";
            default -> " ×10^" + scale;
        };
        return grouped(value, scale) + words + " " + unit.measure().substring(unit.measure().indexOf(':') + 1);
    }

    /** A ratio as a percentage with {@code places} decimals: 0.7061 → 70.61%. */
    public static String percent(BigDecimal ratio, int places) {
        return NumberStyle.DOT.percent(ratio, places);
    }
}
