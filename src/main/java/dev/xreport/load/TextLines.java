package dev.xreport.load;

/**
 * A file's text with the start of each line, to turn the parser's line and column (which count
 * code points, as the YAML parser does) into an index in the text and back.
 */
final class TextLines {
    final String content;
    private final int[] starts;

    TextLines(String content) {
        this.content = content;
        int n = 1;
        for (int i = 0; i < content.length(); i++) {
            n += content.charAt(i) == '\n' ? 1 : 0;
        }
        starts = new int[n];
        for (int i = 0, line = 1; i < content.length(); i++) {
            if (content.charAt(i) == '\n') {
                starts[line++] = i + 1;
            }
        }
    }

    /** The index of 1-based {@code line} and {@code column}, or -1 when the text has no such place. */
    int offset(int line, int column) {
        if (line < 1 || line > starts.length || column < 1) {
            return -1;
        }
        try {
            return content.offsetByCodePoints(starts[line - 1], column - 1);
        } catch (IndexOutOfBoundsException e) {
            return -1;
        }
    }

    /** The 1-based line of index {@code offset}. */
    int line(int offset) {
        int line = java.util.Arrays.binarySearch(starts, offset);
        return (line >= 0 ? line : -line - 2) + 1;
    }

    /** The 1-based column of index {@code offset}. */
    int column(int offset) {
        return content.codePointCount(starts[line(offset) - 1], offset) + 1;
    }
}
