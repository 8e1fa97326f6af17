package dev.xreport.diag;

import java.util.Locale;
import java.util.Optional;

/**
 * The name a misspelt one was most likely meant to be, among the names that exist: the closest by
 * edit distance (insertions, deletions, substitutions and swaps of two neighbours, ignoring case),
 * if it is close enough for its length. On a tie the first candidate given wins.
 *
 * <pre>DidYouMean.hint("Asets", concepts)  →  " (did you mean \"Assets\"?)"</pre>
 */
public final class DidYouMean {
    private DidYouMean() { }

    /** {@code (did you mean "X"?)} with a space before it, or "" when no candidate is close enough. */
    public static String hint(String name, Iterable<String> candidates) {
        return closest(name, candidates).map(DidYouMean::phrase).orElse("");
    }

    /**
     * {@code (did you mean "X"?)}, or when none is close, {@code (defined: a, b, c)} naming the first ten
     * candidates; with a space before it, or "" when there are no candidates.
     */
    public static String orAmong(String name, java.util.Collection<String> candidates) {
        String hint = hint(name, candidates);
        if (!hint.isEmpty() || candidates.isEmpty()) {
            return hint;
        }
        java.util.List<String> first = candidates.stream().limit(10).toList();
        return " (defined: " + String.join(", ", first) + (candidates.size() > first.size() ? ", …" : "") + ")";
    }

    /** {@code (did you mean "X"?)} with a space before it. */
    public static String phrase(String best) {
        return " (did you mean \"" + best + "\"?)";
    }

    /** The closest candidate within the distance {@link #allowed} for {@code name}'s length. */
    public static Optional<String> closest(String name, Iterable<String> candidates) {
        return closest(name, candidates, allowed(name));
    }

    /** The closest candidate at most {@code maxDistance} edits away (other than {@code name} itself). */
    public static Optional<String> closest(String name, Iterable<String> candidates, int maxDistance) {
        if (name == null) {
            return Optional.empty();
        }
        String lower = name.toLowerCase(Locale.ROOT);
        String best = null;
        int bestDistance = maxDistance + 1;
        for (String candidate : candidates) {
            if (candidate == null || candidate.equals(name) || Math.abs(candidate.length() - name.length()) >= bestDistance) {
                continue;
            }
            int d = distance(lower, candidate.toLowerCase(Locale.ROOT));
            if (d < bestDistance) {
                bestDistance = d;
                best = candidate;
            }
        }
        return Optional.ofNullable(best);
    }

    /** How many edits a name of this length may be off: 1 up to 2 characters, 2 up to 5, 3 up to 8, else 4. */
    static int allowed(String name) {
        return name == null ? 0 : Math.min(name.length() / 3 + 1, 4);
    }

    /** Optimal string alignment distance: Levenshtein with a swap of two neighbours as one edit. */
    static int distance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                int v = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    v = Math.min(v, d[i - 2][j - 2] + 1);
                }
                d[i][j] = v;
            }
        }
        return d[a.length()][b.length()];
    }
}
