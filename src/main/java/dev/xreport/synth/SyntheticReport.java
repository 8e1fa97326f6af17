package dev.xreport.synth;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Writes a valid report of about N facts with the WeBank report's shape, for measuring xreport at
 * scale: a group of S segments (members of one dimension, SegmentAxis), each with a balance sheet
 * ({@value #ASSET_LINE_COUNT} asset lines and their total, at two year-ends) and an income statement
 * ({@value #INCOME_LINE_COUNT} income lines, an expense shown negated, and the profit they add up
 * to, for two years). Every total is the sum of its lines, so the report validates with no finding;
 * the amounts are random but fixed by the seed.
 *
 * <p>A segment states {@value #FACTS_PER_SEGMENT} facts, the size of a detailed statement, so a
 * report has N rounded up to a multiple of that, and its segments, contexts and taxonomy grow a
 * two-hundredth as fast as its facts: a million facts are 5,000 segments and 20,000 contexts, the
 * shape of a large group rather than of many tiny ones.
 *
 * <p>Facts go to include files of at most {@value #FACTS_PER_FILE} facts each, each table to a
 * file of its own; the two tables show every segment's lines and totals.
 */
public final class SyntheticReport {
    static final int FACTS_PER_FILE = 100_000;
    static final int ASSET_LINE_COUNT = 60;
    static final int INCOME_LINE_COUNT = 37;
    /** Two year-ends of the asset lines and their total, two years of the income lines, the expense and the profit. */
    static final int FACTS_PER_SEGMENT = 2 * (ASSET_LINE_COUNT + 1) + 2 * (INCOME_LINE_COUNT + 2);
    private static final List<String> ASSET_LINES = lines("AssetLine", ASSET_LINE_COUNT);
    private static final List<String> INCOME_LINES = lines("IncomeLine", INCOME_LINE_COUNT);
    private static final String[] INSTANTS = {"I2024", "I2023"};
    private static final String[] DURATIONS = {"FY2024", "FY2023"};

    /** AssetLine01, AssetLine02, ... */
    private static List<String> lines(String stem, int count) {
        List<String> out = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            out.add(String.format("%s%02d", stem, i));
        }
        return List.copyOf(out);
    }

    private SyntheticReport() { }

    /** The number of segments a report of about {@code facts} facts has. */
    public static int segments(long facts) {
        return (int) Math.max(1, (facts + FACTS_PER_SEGMENT - 1) / FACTS_PER_SEGMENT);
    }

    /** Writes the report into {@code dir} (created; its report.yaml and facts-*.yaml replaced) and returns the facts written. */
    public static long write(Path dir, long facts, long seed) throws IOException {
        int segments = segments(facts);
        Files.createDirectories(dir);
        SplittableRandom random = new SplittableRandom(seed);
        List<String> includes = new ArrayList<>();
        long written = 0;
        long inFile = 0;
        BufferedWriter out = null;
        try {
            for (int s = 1; s <= segments; s++) {
                if (out == null || inFile >= FACTS_PER_FILE) {
                    inFile = 0;
                    if (out != null) {
                        out.close();
                    }
                    String name = String.format("facts-%04d.yaml", includes.size() + 1);
                    includes.add(name);
                    out = Files.newBufferedWriter(dir.resolve(name), StandardCharsets.UTF_8);
                    out.write("# synthetic facts, written by xreport synth\nfacts:\n");
                }
                int n = segmentFacts(out, s, random);
                written += n;
                inFile += n;
            }
        } finally {
            if (out != null) {
                out.close();
            }
        }
        // each table in a file of its own: a file stays under the 64 M characters a YAML file may have
        try (BufferedWriter w = Files.newBufferedWriter(dir.resolve("balance-sheets.yaml"), StandardCharsets.UTF_8)) {
            balanceSheets(w, segments);
        }
        try (BufferedWriter w = Files.newBufferedWriter(dir.resolve("income-statements.yaml"), StandardCharsets.UTF_8)) {
            incomeStatements(w, segments);
        }
        includes.add("balance-sheets.yaml");
        includes.add("income-statements.yaml");
        try (BufferedWriter w = Files.newBufferedWriter(dir.resolve("report.yaml"), StandardCharsets.UTF_8)) {
            header(w, segments, written, includes);
        }
        return written;
    }

    private static String member(int s) {
        return "S" + s + "Member";
    }

    /** The facts of segment {@code s}; every total the sum of its lines. */
    private static int segmentFacts(BufferedWriter w, int s, SplittableRandom random) throws IOException {
        String dims = "dims: {SegmentAxis: " + member(s) + "}";
        int n = 0;
        for (String period : INSTANTS) {
            long total = 0;
            for (String line : ASSET_LINES) {
                long v = random.nextLong(1_000, 10_000_000);
                total += v;
                w.write("  - {concept: " + line + ", period: " + period + ", " + dims + ", value: " + v + "}\n");
                n++;
            }
            w.write("  - {concept: Assets, period: " + period + ", " + dims + ", value: " + total + "}\n");
            n++;
        }
        for (String period : DURATIONS) {
            long profit = 0;
            for (String line : INCOME_LINES) {
                long v = random.nextLong(100, 1_000_000);
                profit += v;
                w.write("  - {concept: " + line + ", period: " + period + ", " + dims + ", value: " + v + "}\n");
                n++;
            }
            long expenses = random.nextLong(0, profit);
            profit -= expenses;
            w.write("  - {concept: OperatingExpenses, period: " + period + ", " + dims + ", value: " + expenses + "}\n");
            w.write("  - {concept: Profit, period: " + period + ", " + dims + ", value: " + profit + "}\n");
            n += 2;
        }
        return n;
    }

    private static void header(BufferedWriter w, int segments, long facts, List<String> includes) throws IOException {
        w.write("# A synthetic report of " + facts + " facts in " + segments + " segments, written by xreport synth.\n");
        w.write("id: synthetic-" + facts + "\n");
        w.write("title: Synthetic group report (" + facts + " facts)\n");
        w.write("language: en\n");
        w.write("entity:\n  name: {en: Synthetic Group Ltd.}\n  identifier: {scheme: \"https://xreport.dev/entity\", value: synthetic}\n");
        w.write("reportingPeriod: FY2024\n");
        w.write("periods:\n");
        w.write("  FY2024: {start: 2024-01-01, end: 2024-12-31}\n  FY2023: {start: 2023-01-01, end: 2023-12-31}\n");
        w.write("  I2024: {instant: 2024-12-31}\n  I2023: {instant: 2023-12-31}\n");
        w.write("units:\n  EUR: {measure: \"iso4217:EUR\"}\n");
        w.write("defaults: {monetaryUnit: EUR, scale: 3}\n");
        w.write("include: [" + String.join(", ", includes) + "]\n");
        w.write("sections:\n  - id: segments\n    heading: Segments\n    blocks:\n");
        w.write("      - p: \"The group reports " + segments + " segments.\"\n");
        w.write("      - table: segment-balance-sheets\n      - table: segment-income-statements\n");
    }

    private static void balanceSheets(BufferedWriter w, int segments) throws IOException {
        table(w, segments, "segment-balance-sheets", "Segment balance sheets",
                "[{id: y2024, label: \"31 December 2024\", period: I2024}, {id: y2023, label: \"31 December 2023\", period: I2023}]",
                ASSET_LINES, null, "Assets", "Total assets");
    }

    private static void incomeStatements(BufferedWriter w, int segments) throws IOException {
        table(w, segments, "segment-income-statements", "Segment income statements",
                "[{id: fy2024, label: \"2024\", period: FY2024}, {id: fy2023, label: \"2023\", period: FY2023}]",
                INCOME_LINES, "OperatingExpenses", "Profit", "Profit");
    }

    /**
     * A statement of every segment: a heading, its lines, the line shown negated (null: none) and the
     * total that is the lines' sum less the negated one.
     */
    private static void table(BufferedWriter w, int segments, String id, String title, String columns, List<String> lines,
                              String negated, String total, String totalLabel) throws IOException {
        w.write("tables:\n");
        w.write("  - id: " + id + "\n    kind: statement\n    title: " + title + "\n");
        w.write("    unitCaption: EUR thousands\n");
        w.write("    columns: " + columns + "\n");
        w.write("    rows:\n");
        for (int s = 1; s <= segments; s++) {
            String dims = "dims: {SegmentAxis: " + member(s) + "}";
            w.write("      - {label: Segment " + s + ", role: heading}\n");
            List<String> terms = new ArrayList<>();
            for (String line : lines) {
                String row = "s" + s + "-" + line;
                terms.add(row);
                w.write("      - {id: " + row + ", concept: " + line + ", " + dims + ", label: " + words(line) + ", depth: 1}\n");
            }
            if (negated != null) {
                String row = "s" + s + "-" + negated;
                terms.add("-" + row);
                w.write("      - {id: " + row + ", concept: " + negated + ", " + dims + ", label: " + words(negated)
                        + ", depth: 1, negated: true}\n");
            }
            w.write("      - {id: s" + s + "-" + total + ", concept: " + total + ", " + dims + ", label: " + totalLabel
                    + ", role: total, sum: [" + String.join(", ", terms) + "]}\n");
        }
    }

    /** {@code AssetLine07} as "Asset line 07", {@code OperatingExpenses} as "Operating expenses". */
    private static String words(String concept) {
        String s = concept.replaceAll("([a-z])([A-Z0-9])", "$1 $2").toLowerCase(java.util.Locale.ROOT);
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
