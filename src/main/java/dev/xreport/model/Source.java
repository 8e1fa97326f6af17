package dev.xreport.model;

import java.util.Objects;

/**
 * Where a part of the report was written: file, 1-based line and column, and JSON path
 * ({@code $.facts[87].value}). Kept on every model element the loader builds so that findings
 * can point at it.
 *
 * <p>A place the loader reads names its path by the place of its mapping or list and its own key
 * or index ({@link #ofKey}, {@link #ofItem}), and spells the path out only when asked: a report of
 * a million facts keeps a million places, and their paths are read only for findings. Two places
 * are equal when file, line, column and path are, however they were made.
 */
public final class Source {
    public static final Source NONE = new Source(null, 0, 0, "");

    /**
     * The file (a String, or null) of a place whose whole path is {@link #step}; or the place (a
     * Source) of the mapping or list this one is in, whose file it shares. One field for both keeps
     * a place at 32 bytes.
     */
    private final Object within;
    /** The whole path (when {@link #within} is the file), the key in the mapping, or null for an item of the list. */
    private final String step;
    private final int line;
    private final int column;
    /** The index in the list. */
    private final int index;

    public Source(String file, int line, int column, String path) {
        this(file, path, -1, line, column);
    }

    private Source(Object within, String step, int index, int line, int column) {
        this.within = within;
        this.step = step;
        this.index = index;
        this.line = line;
        this.column = column;
    }

    /** The place of the entry {@code key} of the mapping written at {@code mapping}: path {@code <mapping>.key}. */
    public static Source ofKey(Source mapping, String key, int line, int column) {
        return new Source(mapping, String.valueOf(key), -1, line, column);
    }

    /** The place of item {@code index} of the list written at {@code list}: path {@code <list>[index]}. */
    public static Source ofItem(Source list, int index, int line, int column) {
        return new Source(list, null, index, line, column);
    }

    public String file() {
        return within instanceof Source s ? s.file() : (String) within;
    }

    public int line() {
        return line;
    }

    public int column() {
        return column;
    }

    public String path() {
        if (!(within instanceof Source s)) {
            return step;
        }
        return step != null ? s.path() + "." + step : s.path() + "[" + index + "]";
    }

    /** {@code report.yaml:412:17}, or just the file when the position is unknown. */
    public String location() {
        String file = file();
        if (file == null) {
            return "";
        }
        return line > 0 ? file + ":" + line + ":" + column : file;
    }

    /** How a finding names a file: relative to the working folder when it lies below it, else as it is. */
    public static String shown(java.nio.file.Path file) {
        java.nio.file.Path cwd = java.nio.file.Path.of("").toAbsolutePath();
        return file.isAbsolute() && file.startsWith(cwd) ? cwd.relativize(file).toString() : file.toString();
    }

    public Source withPath(String newPath) {
        return new Source(file(), line, column, newPath);
    }

    @Override
    public boolean equals(Object o) {
        return o == this || o instanceof Source s && line == s.line && column == s.column
                && Objects.equals(file(), s.file()) && Objects.equals(path(), s.path());
    }

    /** As the record this class was: its components' hashes, in order, combined by 31. */
    @Override
    public int hashCode() {
        int h = Objects.hashCode(file());
        h = 31 * h + Integer.hashCode(line);
        h = 31 * h + Integer.hashCode(column);
        return 31 * h + Objects.hashCode(path());
    }

    @Override
    public String toString() {
        return "Source[file=" + file() + ", line=" + line + ", column=" + column + ", path=" + path() + "]";
    }
}
