package dev.xreport.webank;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.xreport.TestSupport;
import dev.xreport.derive.Cells;
import dev.xreport.model.Column;
import dev.xreport.model.Correction;
import dev.xreport.model.FactTable;
import dev.xreport.model.Report;
import dev.xreport.model.Row;
import dev.xreport.model.Table;
import dev.xreport.model.TextTable;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Compares the embedded WeBank report with the text of the printed report (shared/seeds), both
 * ways: every row of every table shows exactly the cells the report prints (label, note, every
 * amount and percentage, with corrections where the data documents one), and every cell the
 * report prints in a table's lines is shown by some row of the model. Skips without shared/.
 */
class SeedTranscriptionTest {
    /** Where each table is printed in the seed: 1-based inclusive line ranges, header lines excluded. */
    private static final Map<String, int[][]> PRINTED = new LinkedHashMap<>();

    static {
        PRINTED.put("key-indicators", new int[][] {{161, 190}});
        PRINTED.put("operating-income", new int[][] {{298, 305}});
        PRINTED.put("net-interest-income", new int[][] {{314, 322}});
        PRINTED.put("net-fee-income", new int[][] {{333, 340}});
        PRINTED.put("impairment-losses", new int[][] {{351, 353}});
        PRINTED.put("assets", new int[][] {{365, 371}});
        PRINTED.put("loans-by-product", new int[][] {{383, 391}});
        PRINTED.put("loan-classification", new int[][] {{399, 406}});
        PRINTED.put("loan-provision-movements", new int[][] {{413, 417}});
        PRINTED.put("financial-investments", new int[][] {{427, 429}});
        PRINTED.put("liabilities", new int[][] {{437, 443}});
        PRINTED.put("deposits", new int[][] {{452, 457}});
        PRINTED.put("shareholders-equity", new int[][] {{466, 473}});
        PRINTED.put("liquidity-coverage-ratio", new int[][] {{727, 729}});
        PRINTED.put("net-stable-funding-ratio", new int[][] {{735, 737}});
        PRINTED.put("capital-adequacy", new int[][] {{806, 813}}); // printed side by side with
        PRINTED.put("capital-requirements", new int[][] {{806, 813}}); // ... the requirements
        PRINTED.put("capital-composition", new int[][] {{820, 828}});
        PRINTED.put("leverage-ratio", new int[][] {{840, 842}});
        PRINTED.put("balance-sheet", new int[][] {{1283, 1297}, {1307, 1318}, {1329, 1338}});
        PRINTED.put("income-statement", new int[][] {{1353, 1365}, {1373, 1381}, {1391, 1400}});
        PRINTED.put("cash-flow-statement", new int[][] {{1410, 1432}, {1442, 1457}, {1467, 1470}});
        PRINTED.put("equity-statement-2022", new int[][] {{1480, 1491}});
        PRINTED.put("equity-statement-2021", new int[][] {{1501, 1515}});
        PRINTED.put("board-of-directors", new int[][] {{851, 862}});
        PRINTED.put("board-of-supervisors", new int[][] {{896, 898}});
        PRINTED.put("senior-management", new int[][] {{917, 925}});
        PRINTED.put("honours-and-awards", new int[][] {{1548, 1554}, {1557, 1573}, {1575, 1593}});
    }

    private static List<String> seed;
    private final Report report = TestSupport.webank();
    private final Cells cells = new Cells(report);

    @BeforeAll
    static void readSeed() throws IOException {
        var path = TestSupport.seed();
        assumeTrue(path.isPresent(), "shared/seeds is not on this machine");
        seed = Files.readAllLines(path.get(), StandardCharsets.UTF_8);
    }

    /** A printed line split into its non-empty cells, each cleaned of underlines and rules. */
    private static final class SeedLine {
        final int number;
        final List<String> cells = new ArrayList<>();
        final boolean[] used;

        SeedLine(int number, String text) {
            this.number = number;
            for (String c : text.split("\t")) {
                String n = normalize(c);
                if (!n.isEmpty()) {
                    cells.add(n);
                }
            }
            used = new boolean[cells.size()];
        }

        /** Marks and returns true when {@code expected} appears unused and contiguous in this line. */
        boolean consume(List<String> expected) {
            outer:
            for (int i = 0; i + expected.size() <= cells.size(); i++) {
                for (int j = 0; j < expected.size(); j++) {
                    if (used[i + j] || !cells.get(i + j).equals(expected.get(j))) {
                        continue outer;
                    }
                }
                for (int j = 0; j < expected.size(); j++) {
                    used[i + j] = true;
                }
                return true;
            }
            return false;
        }
    }

    static String normalize(String cell) {
        String s = cell.replace("<u>", "").replace("</u>", "").replace("-----", "").strip();
        if (s.equals("-") || s.equals("–") || s.equals("—")) {
            return "–";
        }
        if (s.endsWith(":")) {
            s = s.substring(0, s.length() - 1).strip();
        }
        return s;
    }

    private List<SeedLine> lines(String tableId, Map<Integer, SeedLine> shared) {
        List<SeedLine> out = new ArrayList<>();
        for (int[] range : PRINTED.get(tableId)) {
            for (int n = range[0]; n <= range[1]; n++) {
                final int line = n;
                out.add(shared.computeIfAbsent(n, k -> new SeedLine(line, seed.get(line - 1))));
            }
        }
        return out;
    }

    /** What the model prints on one row: label, note, and every non-empty cell, corrections undone. */
    private List<String> printedRow(FactTable table, Row row) {
        List<String> out = new ArrayList<>();
        out.add(normalize(row.label()));
        if (table.noteHeader() != null && row.note() != null) {
            out.add(row.note());
        }
        if (!row.hasFigures()) {
            return out;
        }
        for (Column column : table.columns()) {
            String shown = normalize(cells.text(table, row, column));
            String printed = printedInstead(table, row, column).orElse(shown);
            if (!printed.isEmpty()) {
                out.add(normalize(printed));
            }
        }
        return out;
    }

    /** The figure the report printed where the data documents a correction. */
    private java.util.Optional<String> printedInstead(FactTable table, Row row, Column column) {
        for (Correction c : report.corrections()) {
            if (c.target() instanceof Correction.CellTarget cell && cell.table().equals(table.id())
                    && cell.row().equals(row.id()) && cell.column().equals(column.id())) {
                return java.util.Optional.of(c.printed());
            }
            if (c.target() instanceof Correction.FactTarget f && !column.isDerived()
                    && cells.address(table, row, column) instanceof Cells.Found found && found.key().equals(f.fact())) {
                return java.util.Optional.of(c.printed());
            }
        }
        return java.util.Optional.empty();
    }

    @Test
    void everyPrintedTableIsInTheModelCellForCell() {
        Map<Integer, SeedLine> shared = new TreeMap<>();
        List<String> problems = new ArrayList<>();
        Map<String, Integer> figures = new LinkedHashMap<>();
        for (String id : PRINTED.keySet()) {
            Table table = report.table(id).orElse(null);
            if (table == null) {
                problems.add("table " + id + " is not in the model");
                continue;
            }
            List<SeedLine> lines = lines(id, shared);
            int count = 0;
            if (table instanceof FactTable ft) {
                for (Row row : ft.rows()) {
                    List<String> expected = printedRow(ft, row);
                    boolean found = lines.stream().anyMatch(l -> l.consume(expected));
                    if (!found && !row.hasFigures()) {
                        continue; // a heading of the model the page prints as a caption elsewhere
                    }
                    if (!found) {
                        problems.add(id + ": the model prints " + expected + " but no printed line of the table has it");
                    } else {
                        count += expected.size() - 1;
                    }
                }
            } else if (table instanceof TextTable tt) {
                for (TextTable.Record r : tt.records()) {
                    List<String> expected = r.isGroup() ? List.of(normalize(r.group()))
                            : r.cells().stream().map(SeedTranscriptionTest::normalize).filter(s -> !s.isEmpty()).toList();
                    if (lines.stream().noneMatch(l -> l.consume(expected))) {
                        problems.add(id + ": the model prints " + expected + " but no printed line has it");
                    } else {
                        count += expected.size();
                    }
                }
            }
            figures.put(id, count);
        }
        // the other way round: every printed cell of those lines is shown by the model
        for (SeedLine l : shared.values()) {
            for (int i = 0; i < l.cells.size(); i++) {
                boolean dashOfAHeading = l.cells.get(i).equals("–") && i > 0 && l.used[0] && allDashesFrom(l, i);
                if (!l.used[i] && !dashOfAHeading) {
                    problems.add("seed line " + l.number + ": \"" + l.cells.get(i) + "\" is printed but not in the model ("
                            + String.join(" | ", l.cells) + ")");
                }
            }
        }
        assertThat(problems).isEmpty();
        assertThat(figures.keySet()).containsExactlyElementsOf(PRINTED.keySet());
        assertThat(figures.values()).allMatch(n -> n > 0);
    }

    /** The 2021 equity statement prints dashes across some heading lines; they carry no figure. */
    private static boolean allDashesFrom(SeedLine l, int from) {
        for (int i = from; i < l.cells.size(); i++) {
            if (!l.cells.get(i).equals("–")) {
                return false;
            }
        }
        return true;
    }

    /** Each documented correction of a derived percentage really differs from what xreport computes. */
    @Test
    void everyCorrectionDiffersFromThePrintedFigure() {
        for (Correction c : report.corrections()) {
            if (c.target() instanceof Correction.CellTarget cell) {
                FactTable t = (FactTable) report.table(cell.table()).orElseThrow();
                String shown = cells.text(t, t.row(cell.row()).orElseThrow(), t.column(cell.column()).orElseThrow());
                assertThat(shown).as(cell.toString()).isNotEqualTo(c.printed());
                assertThat(seed).as("the printed %s is in the seed", c.printed())
                        .anyMatch(line -> line.contains("\t" + c.printed()));
            }
        }
        assertThat(report.corrections()).hasSizeGreaterThanOrEqualTo(1);
    }

    /** The committees are printed as "Chairman:" and "Members:" lines, not as a table. */
    @Test
    void committeesMatchTheirPrintedLines() {
        for (String id : List.of("board-committees", "supervisory-committees")) {
            TextTable t = (TextTable) report.table(id).orElseThrow();
            assertThat(t.records()).isNotEmpty();
            for (TextTable.Record r : t.records()) {
                Set<String> stripped = new java.util.HashSet<>(seed.stream().map(String::strip).toList());
                assertThat(stripped).as(r.cells().toString()).contains("Chairman: " + r.cells().get(1));
                assertThat(stripped).as(r.cells().toString()).contains("Members: " + r.cells().get(2));
                assertThat(seed).anyMatch(line -> line.contains(r.cells().get(0)));
            }
        }
    }
}
