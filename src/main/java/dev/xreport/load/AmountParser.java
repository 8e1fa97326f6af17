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
        if (!isDigits(s) && !PLAIN.matcher(s).matches() && !GROUPED.matcher(s).matches()) {
            return null; // exponents (1e3) too: an amount is written in digits
        }
        if (digits(s) > MAX_DIGITS) {
            return null;
        }
        if (negative && (s.startsWith("-") || s.startsWith("+"))) {
            return null;
        }
        BigDecimal v = new BigDecimal(s.replace(",", ""));
        if (v.signum() == 0 && (negative || s.startsWith("-"))) {
            return null; // negative zero: the sign says something the value cannot keep
        }
        if (negative) {
            v = v.negate();
        }
        int fraction = Math.max(v.scale(), 0);
        if (percent) {
            v = v.movePointLeft(2);
        }
        return new Amount(v, percent, false, fraction);
    }

    /** True for ASCII digits alone, the way most amounts are written: what {@link #PLAIN} matches, without a matcher. */
    private static boolean isDigits(String s) {
        if (s.isEmpty()) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    /** How many of the characters are digits (in any script). */
    private static long digits(String s) {
        long n = 0;
        for (int i = 0; i < s.length(); i++) {
            if (Character.isDigit(s.charAt(i))) {
                n++;
            }
        }
        return n;
    }

    /**
     * Why {@code text}, which {@link #parse} refused, is not an amount, in words that say how to
     * write it; empty when there is nothing more to say than that it is not a number.
     */
    static String why(String text) {
        if (text == null) {
            return "";
        }
        String s = text.strip();
        if (digits(s) > MAX_DIGITS) {
            return " xreport accepts (more than " + MAX_DIGITS + " digits)";
        }
        if (s.matches("(?i)[+-]?(nan|inf|infinity|\\.nan|\\.inf)")) {
            return " (NaN and infinity are not amounts)";
        }
        if (s.matches(".*\\d[eE][+-]?\\d.*")) {
            return " (write amounts in digits, without an exponent)";
        }
        if (s.matches("[\u2212\u2012\u2013\u2014\uFE63\uFF0D]\\s*[\\d(].*")) {
            return String.format(" (it starts with the sign U+%04X; write a minus as the ASCII hyphen-minus \"-\")",
                    (int) s.charAt(0));
        }
        if (s.chars().anyMatch(c -> Character.isDigit(c) && (c < '0' || c > '9'))) {
            return " (write its digits as ASCII 0-9)";
        }
        if (s.matches("[(+-]*[\\d,]+(\\.\\d+)?\\)?%?") && s.contains(",")) {
            return " (group digits in threes: 1,234,567)";
        }
        if (s.matches("[(]?[+-]?[0.,]+[)]?%?") && (s.startsWith("-") || s.startsWith("("))) {
            return " (a negative zero: write 0, or – for nil)";
        }
        return "";
    }
}
