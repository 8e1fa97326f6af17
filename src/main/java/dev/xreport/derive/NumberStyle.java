package dev.xreport.derive;

import dev.xreport.model.Report;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/**
 * How a report writes its numbers: the mark between groups of thousands and the one before
 * decimals, from its locale (1,234.5 in en-US, en-GB and zh-CN; 1.234,5 in de-DE; 1 234,5 with a
 * no-break space in fr-FR), and the Inline XBRL transformation that reads them back
 * ({@code ixt:num-dot-decimal} or {@code ixt:num-comma-decimal}, Transformation Registry 4).
 *
 * @param grouping the mark between groups of three digits
 * @param decimal  the mark before the decimals: '.' or ','
 */
public record NumberStyle(char grouping, char decimal) {
    /** 1,234.5: English, Chinese and most others. */
    public static final NumberStyle DOT = new NumberStyle(',', '.');

    /** The style of the report's {@code locale} (else of its language); a locale with a comma before decimals groups by '.' or a no-break space. */
    public static NumberStyle of(Report report) {
        Locale locale = Locale.forLanguageTag(report.locale() != null ? report.locale() : report.language());
        DecimalFormatSymbols s = DecimalFormatSymbols.getInstance(locale);
        if (s.getDecimalSeparator() != ',') {
            return DOT;
        }
        // TR4 num-comma-decimal groups by '.', a space or a no-break space; CLDR's narrow no-break space is none of them
        return new NumberStyle(s.getGroupingSeparator() == '.' ? '.' : '\u00a0', ',');
    }

    /** The Transformation Registry 4 format that reads numbers of this style. */
    public String ixFormat() {
        return decimal == ',' ? "ixt:num-comma-decimal" : "ixt:num-dot-decimal";
    }

    /**
     * {@code value} divided by 10^scale with groups of thousands, at least {@code places} decimals
     * and every digit it has (never rounded), negatives in parentheses.
     */
    public String grouped(BigDecimal value, int scale, int places) {
        BigDecimal v = value.movePointLeft(scale);
        int digits = Math.max(Math.max(v.stripTrailingZeros().scale(), 0), places);
        String s = format(v.abs(), digits);
        return v.signum() < 0 ? "(" + s + ")" : s;
    }

    /** {@code value} as it is, to exactly {@code digits} decimals, with groups of thousands; digits it would lose throw. */
    public String format(BigDecimal value, int digits) {
        DecimalFormatSymbols symbols = DecimalFormatSymbols.getInstance(Locale.ROOT);
        symbols.setGroupingSeparator(grouping);
        symbols.setDecimalSeparator(decimal);
        DecimalFormat f = new DecimalFormat("#,##0", symbols);
        f.setMinimumFractionDigits(digits);
        f.setMaximumFractionDigits(digits);
        f.setRoundingMode(RoundingMode.UNNECESSARY);
        return f.format(value);
    }

    /** A ratio as a percentage with {@code places} decimals: 0.7061 → 70.61% (70,61% with a decimal comma). */
    public String percent(BigDecimal ratio, int places) {
        String s = ratio.movePointRight(2).setScale(places, RoundingMode.HALF_UP).toPlainString() + "%";
        return decimal == '.' ? s : s.replace('.', decimal);
    }
}
