package dev.xreport.model;

/**
 * Where a part of the report was written: file, 1-based line and column, and JSON path
 * ({@code $.facts[87].value}). Kept on every model element the loader builds so that findings
 * can point at it.
 */
public record Source(String file, int line, int column, String path) {
    public static final Source NONE = new Source(null, 0, 0, "");

    /** {@code report.yaml:412:17}, or just the file when the position is unknown. */
    public String location() {
        if (file == null) {
            return "";
        }
        return line > 0 ? file + ":" + line + ":" + column : file;
    }

    public Source withPath(String newPath) {
        return new Source(file, line, column, newPath);
    }
}
