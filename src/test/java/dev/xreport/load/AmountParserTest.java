package dev.xreport.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class AmountParserTest {

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
        "473861630      | 473861630",
        "473,861,630    | 473861630",
        "(1,134,284)    | -1134284",
        "-1134284       | -1134284",
        "( 764,284 )    | -764284",
        "1.47%          | 0.0147",
        "346.11%        | 3.4611",
        "-22.72%        | -0.2272",
        "5%             | 0.05",
        "0.1            | 0.1",
        "1,234.5        | 1234.5"})
    void readsAmountsAsPrinted(String written, String expected) {
        AmountParser.Amount a = AmountParser.parse(written);
        assertThat(a).isNotNull();
        assertThat(a.value()).isEqualByComparingTo(new BigDecimal(expected));
    }

    @Test
    void dashesAreNilZero() {
        for (String dash : new String[] {"-", "–", "—", " – "}) {
            AmountParser.Amount a = AmountParser.parse(dash);
            assertThat(a.nil()).as(dash).isTrue();
            assertThat(a.value()).isEqualByComparingTo(BigDecimal.ZERO);
        }
    }

    @Test
    void keepsTheDigitsWrittenForDecimals() {
        assertThat(AmountParser.parse("1.47%").fractionDigits()).isEqualTo(2);
        assertThat(AmountParser.parse("0.10").value().scale()).isEqualTo(2);
    }

    @ParameterizedTest
    @ValueSource(strings = {"12,3x", "1,23", "12,34,567", "(-5)", "1.2.3", "", "%", "abc", "1e3", "0x10", "1 000"})
    void rejectsWhatIsNotAnAmount(String written) {
        assertThat(AmountParser.parse(written)).as(written).isNull();
    }

    @Test
    void atMostFortyDigits() {
        assertThat(AmountParser.parse("9".repeat(40))).isNotNull();
        assertThat(AmountParser.parse("9".repeat(41))).isNull();
        assertThat(AmountParser.parse("1e400")).isNull();
    }
}
