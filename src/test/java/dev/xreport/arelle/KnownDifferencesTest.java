package dev.xreport.arelle;

import static org.assertj.core.api.Assertions.assertThat;

import dev.xreport.mutate.Mutations;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every row of docs/arelle-known-differences.md names a mutation there is, both verdicts, a section and a reason. */
class KnownDifferencesTest {

    @Test
    void everyRowIsComplete() throws Exception {
        List<KnownDifferences.Entry> entries = KnownDifferences.read().entries();
        Set<String> kinds = Mutations.all().stream().flatMap(m -> Stream.of(m.kind(), m.family())).collect(Collectors.toSet());

        assertThat(entries).isNotEmpty().allSatisfy(e -> {
            assertThat(kinds).as("a mutation kind or family").contains(e.mutation());
            assertThat(e.xreport()).as("xreport's side").matches("valid|XR-[A-Z]+-\\d+");
            assertThat(e.arelle()).as("Arelle's side").matches("valid|\\S+:\\S+|xbrl\\.[\\d.]+");
            assertThat(e.xreport().equals("valid") && e.arelle().equals("valid")).as("a difference, not an agreement").isFalse();
            assertThat(e.section()).as("the specification section").isNotBlank();
            assertThat(e.reason()).as("why they differ").hasSizeGreaterThan(20);
        });
    }

    @Test
    void aPipeInACellIsEscaped() {
        KnownDifferences known = KnownDifferences.parse(List.of("| mutation | xreport | Arelle | spec section | reason |",
                "|---|---|---|---|---|", "| `a` | valid | `x:y` | 1.2 | uses `a \\| b` here |", "", "| ignored | after | the | table | end |"));

        assertThat(known.entries()).containsExactly(new KnownDifferences.Entry("a", "valid", "x:y", "1.2", "uses a | b here"));
    }

    @Test
    void aRowMustHaveFiveCells() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> KnownDifferences.parse(List.of(
                "| mutation | xreport | Arelle | spec section | reason |", "| a | valid | x:y | 1.2 |")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("5 cells");
    }
}
