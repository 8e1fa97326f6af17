package dev.xreport.model;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * One reported figure or text, stated once. Numeric facts hold an exact {@link BigDecimal} in
 * the unit (full CNY, not thousands); text facts hold words and their language.
 *
 * @param decimals accuracy in XBRL terms: -3 for amounts reported in thousands, 4 for 1.47%
 * @param value    the exact value, null for a text fact
 * @param text     the text, null for a numeric fact
 * @param lang     language of the text, null for a numeric fact
 */
public record Fact(FactKey key, String unit, Integer decimals, BigDecimal value, String text, String lang,
                   Source source) {
    public Fact {
        Objects.requireNonNull(key);
        if ((value == null) == (text == null)) {
            throw new IllegalArgumentException("a fact has either a value or a text: " + key);
        }
    }

    public static Fact numeric(FactKey key, String unit, int decimals, BigDecimal value, Source source) {
        return new Fact(key, unit, decimals, value, null, null, source);
    }

    public static Fact text(FactKey key, String text, String lang, Source source) {
        return new Fact(key, null, null, null, text, lang, source);
    }

    public String concept() {
        return key.concept();
    }

    public String period() {
        return key.period();
    }

    public Dims dims() {
        return key.dims();
    }

    public boolean isNumeric() {
        return value != null;
    }

    /** True when both carry the same value (numerically equal, or the same text). */
    public boolean sameValue(Fact other) {
        if (isNumeric() != other.isNumeric()) {
            return false;
        }
        return isNumeric() ? value.compareTo(other.value) == 0 && Objects.equals(unit, other.unit)
                : text.equals(other.text) && Objects.equals(lang, other.lang);
    }
}
