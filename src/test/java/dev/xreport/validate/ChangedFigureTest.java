package dev.xreport.validate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.xreport.TestSupport;
import dev.xreport.derive.Cells;
import dev.xreport.diag.Code;
import dev.xreport.diag.Finding;
import dev.xreport.diag.Findings;
import dev.xreport.load.LoadResult;
import dev.xreport.load.ReportLoader;
import dev.xreport.model.Column;
import dev.xreport.model.Fact;
import dev.xreport.model.FactKey;
import dev.xreport.model.FactTable;
import dev.xreport.model.Report;
import dev.xreport.model.Row;
import dev.xreport.model.Table;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Change any one summed figure of the balance sheet by 1,000 CNY (one unit of the thousands the
 * report is written in) in a copy of the WeBank report: the validator reports an inconsistency on
 * exactly the totals that figure takes part in, each naming where the changed figure is written.
 */
class ChangedFigureTest {

    /** Every fact that a total of the balance sheet adds up, in both years. */
    static Stream<FactKey> summedBalanceSheetFacts() {
        Report report = TestSupport.webank();
        Cells cells = new Cells(report);
        FactTable bs = (FactTable) report.table("balance-sheet").orElseThrow();
        Set<FactKey> keys = new LinkedHashSet<>();
        for (Row total : bs.rows()) {
            for (Row.Term term : total.sum()) {
                Row line = bs.row(term.row()).orElseThrow();
                for (Column c : bs.valueColumns()) {
                    cells.fact(bs, line, c).ifPresent(f -> keys.add(f.key()));
                }
            }
        }
        return keys.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("summedBalanceSheetFacts")
    void theInconsistenciesAreExactlyTheTotalsTheFigureFeeds(FactKey key, @TempDir Path tmp) throws IOException {
        Report original = TestSupport.webank();
        Fact fact = new Cells(original).facts().get(key).orElseThrow();
        Path copy = tmp.resolve("webank-2022");
        Files.createDirectories(copy);
        try (var files = Files.list(TestSupport.webankFolder())) {
            for (Path f : files.toList()) {
                Files.copy(f, copy.resolve(f.getFileName()));
            }
        }
        Path file = copy.resolve(Path.of(fact.source().file()).getFileName());
        List<String> lines = new ArrayList<>(Files.readAllLines(file));
        String line = lines.get(fact.source().line() - 1);
        String changed = line.replaceFirst("value: \"?[-–]\"?(?=[},\\s])", "value: 1")
                .replaceFirst("value: (-?\\d+)", "value: PLUS$1");
        if (changed.contains("PLUS")) {
            String digits = changed.replaceAll(".*PLUS(-?\\d+).*", "$1");
            changed = changed.replace("PLUS" + digits, new java.math.BigDecimal(digits).add(java.math.BigDecimal.ONE).toPlainString());
        }
        assertThat(changed).as("the fact's line is rewritten").isNotEqualTo(line);
        lines.set(fact.source().line() - 1, changed);
        Files.write(file, lines);

        LoadResult loaded = ReportLoader.load(copy);
        assertThat(loaded.findings().all()).isEmpty();
        Findings findings = new Findings();
        ReportValidator.validate(loaded.report(), findings);

        Set<String> expected = relationsOf(loaded.report(), key);
        Set<String> actual = new LinkedHashSet<>();
        for (Finding f : findings.all()) {
            if (f.code() == Code.CALC_SUM || f.code() == Code.CALC_CROSSFOOT) {
                actual.add(f.message().substring(0, f.message().indexOf("\": ", f.message().indexOf("row \"")) + 1));
                boolean changedIsTheTotal = f.source().line() == fact.source().line() && f.source().file().equals(file.toString());
                boolean changedIsALine = f.related().stream().anyMatch(r -> r.source().line() == fact.source().line()
                        && r.source().file().equals(file.toString()));
                assertThat(changedIsTheTotal || changedIsALine).as("%s names where %s is written", f, key).isTrue();
            } else if (f.code() != Code.TAX_CALC_LEFT_OUT) { // the report's three INFO findings, changed or not
                assertThat(f.code()).as(f.toString()).isEqualTo(Code.CALC_CHECK);
                assertThat(f.message()).contains(key.concept());
            }
        }
        assertThat(actual).isEqualTo(expected);
        assertThat(actual).isNotEmpty();
    }

    /** "table \"T\", row \"R\"[, column \"C\"]" for every sum and cross-foot the fact takes part in. */
    private static Set<String> relationsOf(Report report, FactKey key) {
        Cells cells = new Cells(report);
        Set<String> out = new LinkedHashSet<>();
        for (Table t : report.tables()) {
            if (!(t instanceof FactTable table)) {
                continue;
            }
            for (Row row : table.rows()) {
                for (Column c : table.valueColumns()) {
                    if (row.sum().isEmpty() || row.blank().contains(c.id())) {
                        continue;
                    }
                    boolean involved = cells.fact(table, row, c).map(f -> f.key().equals(key)).orElse(false);
                    for (Row.Term term : row.sum()) {
                        involved |= cells.fact(table, table.row(term.row()).orElseThrow(), c)
                                .map(f -> f.key().equals(key)).orElse(false);
                    }
                    if (involved) {
                        out.add("table \"" + table.id() + "\", row \"" + row.label() + "\", column \"" + c.label() + "\"");
                    }
                }
                if (table.crossfoot() != null && row.hasFigures()) {
                    boolean involved = table.valueColumns().stream()
                            .anyMatch(c -> cells.fact(table, row, c).map(f -> f.key().equals(key)).orElse(false));
                    if (involved) {
                        out.add("table \"" + table.id() + "\", row \"" + row.label() + "\"");
                    }
                }
            }
        }
        return out;
    }
}
