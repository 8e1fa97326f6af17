package dev.xreport.diag;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class DidYouMeanTest {
    private static final List<String> CONCEPTS = List.of("Cash", "Receivables", "Assets", "CashAndBalancesWithCentralBank");

    @Test
    void findsTheNameMeantDespiteAMissingDoubledOrSwappedLetter() {
        assertThat(DidYouMean.closest("Asets", CONCEPTS)).contains("Assets");
        assertThat(DidYouMean.closest("Receivable", CONCEPTS)).contains("Receivables");
        assertThat(DidYouMean.closest("Recievables", CONCEPTS)).contains("Receivables");
        assertThat(DidYouMean.closest("I2042", List.of("FY2024", "I2024"))).contains("I2024");
        assertThat(DidYouMean.closest("cash", CONCEPTS)).as("case aside").contains("Cash");
        assertThat(DidYouMean.closest("CashAndBalanceWithCentralBnk", CONCEPTS)).contains("CashAndBalancesWithCentralBank");
    }

    @Test
    void proposesNothingFarOffNorTheNameItself() {
        assertThat(DidYouMean.closest("Goodwill", CONCEPTS)).isEmpty();
        assertThat(DidYouMean.closest("Cash", CONCEPTS)).isEmpty();
        assertThat(DidYouMean.closest("ab", List.of("xy"))).isEmpty();
        assertThat(DidYouMean.hint("Goodwill", CONCEPTS)).isEmpty();
    }

    @Test
    void onATieTheFirstCandidateWins() {
        assertThat(DidYouMean.closest("y2023", List.of("y2024", "y2022"))).contains("y2024");
        assertThat(DidYouMean.closest("y2023", List.of("y2022", "y2024"))).contains("y2022");
    }

    @Test
    void saysWhatIsDefinedWhenNothingIsClose() {
        assertThat(DidYouMean.orAmong("I2042", List.of("FY2024", "I2024"))).isEqualTo(" (did you mean \"I2024\"?)");
        assertThat(DidYouMean.orAmong("Q3", List.of("FY2024", "I2024"))).isEqualTo(" (defined: FY2024, I2024)");
        assertThat(DidYouMean.orAmong("Q3", List.of())).isEmpty();
        List<String> many = java.util.stream.IntStream.range(0, 12).mapToObj(i -> "P" + (1000 + i)).toList();
        assertThat(DidYouMean.orAmong("Q", many)).endsWith("P1009, …)");
    }

    @Test
    void countsASwapOfNeighboursAsOneEdit() {
        assertThat(DidYouMean.distance("ie", "ei")).isEqualTo(1);
        assertThat(DidYouMean.distance("kitten", "sitting")).isEqualTo(3);
        assertThat(DidYouMean.distance("", "abc")).isEqualTo(3);
    }
}
