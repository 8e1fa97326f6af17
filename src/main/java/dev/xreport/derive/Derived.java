package dev.xreport.derive;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;

/**
 * The one place where xreport computes figures the report prints but does not state as facts:
 * shares of a total and year-on-year changes. Every renderer and check uses these, so a
 * derived percentage is the same in every deliverable.
 *
 * <p>Results are ratios (0.7061 for 70.61%) rounded half-up to {@link #RATIO_SCALE} places, the
 * precision the report prints (two decimals of a percent).
 */
public final class Derived {
    /** Decimal places of a derived ratio: 4, i.e. 70.61%. */
    public static final int RATIO_SCALE = 4;

    private Derived() { }

    /** {@code part / whole}; empty when the whole is zero. */
    public static Optional<BigDecimal> share(BigDecimal part, BigDecimal whole) {
        return ratio(part, whole);
    }

    /** {@code (current − previous) / |previous|}; empty when there is no previous figure. */
    public static Optional<BigDecimal> change(BigDecimal previous, BigDecimal current) {
        if (previous == null || current == null || previous.signum() == 0) {
            return Optional.empty();
        }
        return ratio(current.subtract(previous), previous.abs());
    }

    /** {@code numerator / denominator} rounded half-up to {@link #RATIO_SCALE} places. */
    public static Optional<BigDecimal> ratio(BigDecimal numerator, BigDecimal denominator) {
        if (numerator == null || denominator == null || denominator.signum() == 0) {
            return Optional.empty();
        }
        return Optional.of(numerator.divide(denominator, RATIO_SCALE, RoundingMode.HALF_UP));
    }
}
