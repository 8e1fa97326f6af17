package dev.xreport.derive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.xreport.model.Dims;
import dev.xreport.model.FactKey;
import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ExpressionTest {
    private static final Map<FactKey, BigDecimal> FACTS = Map.of(
            new FactKey("NetProfit", "FY2022", Dims.NONE), new BigDecimal("8937051"),
            new FactKey("Equity", "I2022", Dims.NONE), new BigDecimal("36413695"),
            new FactKey("Equity", "I2021", Dims.NONE), new BigDecimal("27723525"),
            new FactKey("Loans", "I2022", Dims.of(Map.of("LoanClassificationAxis", "NonPerformingMember"))),
            new BigDecimal("4970358"),
            new FactKey("Loans", "I2022", Dims.NONE), new BigDecimal("336997204"));

    private static Optional<BigDecimal> eval(String text) throws Expression.SyntaxError {
        return Expression.parse(text).evaluate(k -> Optional.ofNullable(FACTS.get(k)));
    }

    @Test
    void returnOnEquityOverAverageEquity() throws Exception {
        BigDecimal roe = eval("NetProfit@FY2022 / ((Equity@I2022 + Equity@I2021) / 2)").orElseThrow();
        assertThat(roe.setScale(4, java.math.RoundingMode.HALF_UP)).isEqualByComparingTo("0.2787");
    }

    @Test
    void dimensionsAndPrecedence() throws Exception {
        assertThat(eval("Loans@I2022[LoanClassificationAxis=NonPerformingMember] / Loans@I2022 * 100").orElseThrow()
                .setScale(2, java.math.RoundingMode.HALF_UP)).isEqualByComparingTo("1.47");
        assertThat(eval("1 + 2 * 3 - -4").orElseThrow()).isEqualByComparingTo("11");
        assertThat(eval("Equity@I2022-Equity@I2021").orElseThrow()).isEqualByComparingTo("8690170");
    }

    @Test
    void periodIdsMayContainHyphens() throws Exception {
        assertThat(Expression.parse("Profit@FY-2024 - Profit@FY-2023").references())
                .extracting(FactKey::period).containsExactly("FY-2024", "FY-2023");
        assertThat(Expression.parse("Profit@FY-2024-Profit@FY-2023").references())
                .extracting(FactKey::period).containsExactly("FY-2024", "FY-2023");
        assertThat(Expression.parse("Profit@I2022- 1").references()).extracting(FactKey::period).containsExactly("I2022");
    }

    @Test
    void aMissingFactOrZeroDivisorGivesNoValue() throws Exception {
        assertThat(eval("Equity@I2020 + 1")).isEmpty();
        assertThat(eval("1 / (Equity@I2022 - Equity@I2022)")).isEmpty();
    }

    @Test
    void syntaxErrorsSayWhere() {
        assertThatThrownBy(() -> Expression.parse("(Equity@I2022 + 1")).isInstanceOf(Expression.SyntaxError.class)
                .hasMessageContaining(")");
        assertThatThrownBy(() -> Expression.parse("Equity + 1")).hasMessageContaining("Concept@Period");
        assertThatThrownBy(() -> Expression.parse("1 + ")).hasMessageContaining("ends too early");
        assertThatThrownBy(() -> Expression.parse("Equity@I2022 ? 2"))
                .satisfies(e -> assertThat(((Expression.SyntaxError) e).offset()).isEqualTo(13));
    }

    /** Parsing, evaluating and listing references recurse per level: the depth is bounded, beyond it a syntax error. */
    @Test
    void nestingAndLengthAreBounded() throws Exception {
        String deepest = "(".repeat(100) + "1" + ")".repeat(100);
        assertThat(eval(deepest).orElseThrow()).isEqualByComparingTo("1");
        assertThat(eval("-".repeat(100) + "1").orElseThrow()).isEqualByComparingTo("1");
        assertThat(eval(String.join(" + ", java.util.Collections.nCopies(1001, "1"))).orElseThrow()).isEqualByComparingTo("1001");
        assertThatThrownBy(() -> Expression.parse("(".repeat(101) + "1" + ")".repeat(101)))
                .hasMessage("parentheses and signs nested more than 100 deep")
                .satisfies(e -> assertThat(((Expression.SyntaxError) e).offset()).isEqualTo(100));
        assertThatThrownBy(() -> Expression.parse("-".repeat(5000) + "1")).hasMessageContaining("nested more than 100 deep");
        assertThatThrownBy(() -> Expression.parse(String.join("+", java.util.Collections.nCopies(1002, "1"))))
                .hasMessage("more than 1000 operations in one expression")
                .satisfies(e -> assertThat(((Expression.SyntaxError) e).offset()).isEqualTo(2001));
    }
}
