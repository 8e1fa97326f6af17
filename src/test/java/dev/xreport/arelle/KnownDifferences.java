package dev.xreport.arelle;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The disagreements between xreport and Arelle that are understood, from the table in
 * {@code docs/arelle-known-differences.md}: one row per difference, with the mutation kind (or its
 * family), what xreport says ({@code valid} or a finding code it gives), what Arelle says
 * ({@code valid} or a message code it gives), the specification section, and why they differ.
 */
public final class KnownDifferences {
    public static final Path FILE = Path.of("docs/arelle-known-differences.md");

    /** One row of the table. */
    public record Entry(String mutation, String xreport, String arelle, String section, String reason) {
        /** True when this row explains the disagreement {@code c}. */
        public boolean explains(Comparison c) {
            return (mutation.equals(c.mutant().kind()) || mutation.equals(c.mutant().family()))
                    && (xreport.equals("valid") ? c.xreport().valid() : c.xreport().codes().containsKey(xreport))
                    && (arelle.equals("valid") ? c.arelle().valid() : c.arelle().codes().containsKey(arelle));
        }
    }

    private final List<Entry> entries;

    private KnownDifferences(List<Entry> entries) {
        this.entries = List.copyOf(entries);
    }

    public List<Entry> entries() {
        return entries;
    }

    /** The row that explains {@code c}, if one does. */
    public Optional<Entry> explaining(Comparison c) {
        return entries.stream().filter(e -> e.explains(c)).findFirst();
    }

    public static KnownDifferences read() throws IOException {
        return parse(Files.readAllLines(FILE, StandardCharsets.UTF_8));
    }

    /** The rows of the first table whose header starts with "| mutation"; cells may be in backquotes, a "|" in a cell is "\|". */
    static KnownDifferences parse(List<String> lines) {
        List<Entry> entries = new ArrayList<>();
        boolean inTable = false;
        for (String line : lines) {
            String l = line.trim();
            if (!inTable) {
                inTable = l.startsWith("| mutation");
                continue;
            }
            if (!l.startsWith("|")) {
                break;
            }
            if (l.startsWith("|--") || l.startsWith("| --") || l.startsWith("|:")) {
                continue;
            }
            String[] cells = l.substring(1, l.endsWith("|") ? l.length() - 1 : l.length()).split("(?<!\\\\)\\|", -1);
            if (cells.length != 5) {
                throw new IllegalArgumentException(FILE + ": a row needs 5 cells (mutation | xreport | Arelle | section | reason): " + l);
            }
            entries.add(new Entry(cell(cells[0]), cell(cells[1]), cell(cells[2]), cell(cells[3]), cell(cells[4])));
        }
        return new KnownDifferences(entries);
    }

    private static String cell(String c) {
        return c.trim().replace("`", "").replace("\\|", "|");
    }
}
