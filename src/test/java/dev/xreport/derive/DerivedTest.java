package dev.xreport.derive;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** The shared computation of derived percentages, on figures of the WeBank tables. */
class DerivedTest {
    private static BigDecimal n(String s) {
        return new BigDecimal(s);
    }

    @Test
    void shareOfTotalRoundsHalfUpToTwoDecimalsOfAPercent() {
        assertThat(Derived.share(n("24970170"), n("35364050"))).contains(n("0.7061"));
        // the interest expense line is shown negative, so its share is negative: -22.72%
        assertThat(Derived.share(n("-8034866"), n("35364050"))).contains(n("-0.2272"));
        assertThat(Derived.share(n("1"), BigDecimal.ZERO)).isEmpty();
    }

    @Test
    void yearOnYearChangeOverTheAbsolutePreviousFigure() {
        assertThat(Derived.change(n("26989261"), n("35364050"))).contains(n("0.3103"));
        assertThat(Derived.change(n("8186399"), BigDecimal.ZERO)).contains(n("-1.0000"));
        assertThat(Derived.change(n("-100"), n("-50"))).contains(n("0.5000"));
        assertThat(Derived.change(BigDecimal.ZERO, n("69718"))).isEmpty();
    }

    @Test
    void formatsAsTheReportPrints() {
        assertThat(Amounts.grouped(n("-1134284000"), 3)).isEqualTo("(1,134,284)");
        assertThat(Amounts.grouped(n("473861630000"), 3)).isEqualTo("473,861,630");
        assertThat(Amounts.percent(n("0.7061"), 2)).isEqualTo("70.61%");
        assertThat(Amounts.percent(n("0.05"), 0)).isEqualTo("5%");
    }
}
