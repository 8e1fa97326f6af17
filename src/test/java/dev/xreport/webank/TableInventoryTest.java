package dev.xreport.webank;

import static org.assertj.core.api.Assertions.assertThat;

import dev.xreport.TestSupport;
import dev.xreport.derive.Cells;
import dev.xreport.model.Column;
import dev.xreport.model.FactTable;
import dev.xreport.model.Report;
import dev.xreport.model.Row;
import dev.xreport.model.Table;
import dev.xreport.model.TextTable;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Every table of the printed report that the issue lists is in the model, with as many figures as
 * the report prints: rows with figures × columns, less the cells the report leaves empty. The counts
 * were taken by hand from the printed tables (shared/seeds, line numbers in SeedTranscriptionTest,
 * which checks the same tables cell for cell when the seed is present); this test needs no seed.
 */
class TableInventoryTest {
    private final Report report = TestSupport.webank();
    private final Cells cells = new Cells(report);

    /** table id → number of cells that show a fact, as printed. */
    private static final Map<String, Integer> FACT_CELLS = new LinkedHashMap<>();

    static {
        FACT_CELLS.put("key-indicators", 24 * 3);
        FACT_CELLS.put("operating-income", 8 * 2);
        FACT_CELLS.put("net-interest-income", 9 * 2);
        FACT_CELLS.put("net-fee-income", 8 * 2);
        FACT_CELLS.put("impairment-losses", 3 * 2);
        FACT_CELLS.put("assets", 7 * 2);
        FACT_CELLS.put("loans-by-product", 9 * 2);
        FACT_CELLS.put("loan-classification", 8 * 2);
        FACT_CELLS.put("loan-provision-movements", 5);
        FACT_CELLS.put("financial-investments", 3 * 2);
        FACT_CELLS.put("liabilities", 7 * 2);
        FACT_CELLS.put("deposits", 6 * 2);
        FACT_CELLS.put("shareholders-equity", 8 * 2);
        FACT_CELLS.put("liquidity-coverage-ratio", 3);
        FACT_CELLS.put("net-stable-funding-ratio", 3);
        FACT_CELLS.put("capital-adequacy", 7);
        FACT_CELLS.put("capital-requirements", 6);
        FACT_CELLS.put("capital-composition", 17);
        FACT_CELLS.put("leverage-ratio", 3);
        FACT_CELLS.put("balance-sheet", 32 * 2);
        FACT_CELLS.put("income-statement", 26 * 2);
        FACT_CELLS.put("cash-flow-statement", 40 * 2);
        FACT_CELLS.put("equity-statement-2022", 30);   // 8 columns; "-" cells carry no fact
        FACT_CELLS.put("equity-statement-2021", 42);
        FACT_CELLS.put("corporate-information", 11);
        FACT_CELLS.put("auditor-report-facts", 9);
        FACT_CELLS.put("report-approval", 5);
    }

    /** table id → records (people, committees; awards with their four group headings). */
    private static final Map<String, Integer> RECORDS = Map.of(
            "board-of-directors", 12, "board-committees", 5, "board-of-supervisors", 3,
            "supervisory-committees", 2, "senior-management", 9, "honours-and-awards", 38 + 4);

    @Test
    void everyListedTableHasItsFigures() {
        Map<String, Integer> actual = new LinkedHashMap<>();
        for (String id : FACT_CELLS.keySet()) {
            Table t = report.table(id).orElseThrow(() -> new AssertionError("no table " + id));
            FactTable ft = (FactTable) t;
            int n = 0;
            for (Row row : ft.rows()) {
                for (Column c : ft.valueColumns()) {
                    if (cells.fact(ft, row, c).isPresent()) {
                        n++;
                    }
                }
            }
            actual.put(id, n);
        }
        assertThat(actual).containsExactlyEntriesOf(FACT_CELLS);
    }

    @Test
    void everyListedTextTableHasItsRecords() {
        RECORDS.forEach((id, n) -> assertThat(((TextTable) report.table(id).orElseThrow()).records()).as(id).hasSize(n));
    }

    @Test
    void noOtherTables() {
        assertThat(report.tables()).hasSize(FACT_CELLS.size() + RECORDS.size());
    }

    @Test
    void theFactCountIsStable() {
        // 239 statement facts, 129 key-indicator and MD&A facts, 32 risk facts, 24 corporate and audit facts
        assertThat(report.facts()).hasSize(239 + 129 + 32 + 24);
        assertThat(report.checks()).hasSize(37);
        assertThat(report.corrections()).hasSize(1 + 8);
        assertThat(report.sections()).hasSize(14);
    }
}
