package dev.xreport.load;

import com.fasterxml.jackson.core.JsonLocation;

/**
 * Finds where YAML silently cut a plain (unquoted) text short: in a flow mapping
 * {@code {en: Financial Statements June 30, 2018 and 2017}} a comma followed by a space ends the
 * plain value, so the title is "Financial Statements June 30" and "2018 and 2017" a second key with
 * no value. Such a key is written without ":"; no key of the format is, so each is reported
 * (XR-LOAD-111), and the text the author meant is shown quoted.
 */
final class PlainCut {
    private final String content;
    /** Whether the text has characters beyond the Basic Multilingual Plane (two chars each). */
    private final boolean surrogates;
    /** Its lines, once needed. */
    private TextLines lines;

    /** @param content the YAML text the parser reads, whose locations the methods are given */
    PlainCut(String content) {
        this.content = content;
        this.surrogates = hasSurrogates(content);
    }

    private static boolean hasSurrogates(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (Character.isSurrogate(s.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /** True when the mapping starting at {@code at} is written in braces. */
    boolean flow(JsonLocation at) {
        return index(at, "{") >= 0;
    }

    /** True when key {@code key}, written at {@code at}, has no ":" after it (YAML reads it as a key with a null value). */
    boolean withoutColon(JsonLocation at, String key) {
        int i = index(at, key);
        if (i < 0) {
            return false;
        }
        i += key.length();
        while (i < content.length() && Character.isWhitespace(content.charAt(i))) {
            i++;
        }
        return i >= content.length() || content.charAt(i) == ',' || content.charAt(i) == '}';
    }

    /** True when the value written at {@code at} is a plain scalar: not quoted, not a mapping or list. */
    boolean plain(JsonLocation at) {
        int i = index(at, "");
        return i >= 0 && i < content.length() && "\"'{[|>".indexOf(content.charAt(i)) < 0;
    }

    /**
     * What to say about {@code key}, written without ":" at {@code keyAt}: when the entry before it,
     * {@code previousKey}, has a plain value written at {@code previousAt}, that the value was cut, with
     * the text quoted as meant; else that the key has no value.
     */
    String message(String key, JsonLocation keyAt, String previousKey, String previousText, JsonLocation previousAt) {
        int from = previousAt == null ? -1 : index(previousAt, "");
        int to = index(keyAt, key);
        int comma = to < 0 ? -1 : content.lastIndexOf(',', to);
        boolean spaced = comma >= 0 && comma + 1 < content.length() && Character.isWhitespace(content.charAt(comma + 1));
        String quoteHint = "quote the text: a comma " + (spaced ? "followed by a space " : "") + "ends a plain value in {…}";
        if (previousKey == null || previousText == null || !plain(previousAt)) {
            return "\"" + key + "\" is read as a key with no value; " + quoteHint;
        }
        String meant = from >= 0 && to > from && content.substring(from, to + key.length()).indexOf('\n') < 0
                ? content.substring(from, to + key.length()) : previousText + ", " + key;
        return "\"" + previousKey + "\" is cut at the comma: it reads \"" + previousText + "\", and \"" + key
                + "\" is read as a key with no value; " + quoteHint + " (" + previousKey + ": \""
                + meant.replace("\\", "\\\\").replace("\"", "\\\"") + "\")";
    }

    /**
     * The index in the text of {@code at}, where {@code expected} is written; -1 when it is not there.
     * The YAML parser counts code points, the text chars: they differ only in a text with characters
     * beyond the Basic Multilingual Plane, where the index is found from the line and column.
     */
    private int index(JsonLocation at, String expected) {
        int i = surrogates ? fromLine(at) : (int) Math.min(at.getCharOffset(), Integer.MAX_VALUE);
        return i >= 0 && i <= content.length() && content.startsWith(expected, i) ? i : -1;
    }

    private int fromLine(JsonLocation at) {
        if (lines == null) {
            lines = new TextLines(content);
        }
        return lines.offset(at.getLineNr(), at.getColumnNr());
    }
}
