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

    /** How a finding names a file: relative to the working folder when it lies below it, else as it is. */
    public static String shown(java.nio.file.Path file) {
        java.nio.file.Path cwd = java.nio.file.Path.of("").toAbsolutePath();
        return file.isAbsolute() && file.startsWith(cwd) ? cwd.relativize(file).toString() : file.toString();
    }

    public Source withPath(String newPath) {
        return new Source(file, line, column, newPath);
    }
}
