package dev.xreport.load;

import java.math.BigDecimal;
import java.util.regex.Pattern;

/**
 * Reads an amount as a person writes it in a report: {@code 473861630}, {@code 473,861,630},
 * {@code (1,134,284)}, {@code -1134284}, {@code –} (nil, zero), {@code 1.47%}. Exact: never a double.
 */
final class AmountParser {
    private static final Pattern PLAIN = Pattern.compile("[+-]?\\d+(\\.\\d+)?");
    private static final Pattern GROUPED = Pattern.compile("[+-]?\\d{1,3}(,\\d{3})+(\\.\\d+)?");
    /** More digits than any amount a report prints; beyond it the text is a mistake (or an attack). */
    static final int MAX_DIGITS = 40;

    /** An amount as written: its value, whether it was a percentage, and the digits after the point. */
    record Amount(BigDecimal value, boolean percent, boolean nil, int fractionDigits) { }

    private AmountParser() { }

    /** The amount, or null when {@code text} is not a number written in digits (at most {@link #MAX_DIGITS}). */
    static Amount parse(String text) {
        if (text == null) {
            return null;
        }
        String s = text.strip();
        if (s.equals("-") || s.equals("–") || s.equals("—")) {
            return new Amount(BigDecimal.ZERO, false, true, 0);
        }
        boolean percent = s.endsWith("%");
        if (percent) {
            s = s.substring(0, s.length() - 1).strip();
        }
        boolean negative = false;
        if (s.length() > 2 && s.startsWith("(") && s.endsWith(")")) {
            negative = true;
            s = s.substring(1, s.length() - 1).strip();
        }
        if (!PLAIN.matcher(s).matches() && !GROUPED.matcher(s).matches()) {
            return null; // exponents (1e3) too: an amount is written in digits
        }
        if (s.chars().filter(Character::isDigit).count() > MAX_DIGITS) {
            return null;
        }
        if (negative && (s.startsWith("-") || s.startsWith("+"))) {
            return null;
        }
        BigDecimal v = new BigDecimal(s.replace(",", ""));
        if (negative) {
            v = v.negate();
        }
        int fraction = Math.max(v.scale(), 0);
        if (percent) {
            v = v.movePointLeft(2);
        }
        return new Amount(v, percent, false, fraction);
    }
}
