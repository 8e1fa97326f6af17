package dev.xreport.diag;

import dev.xreport.model.Source;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * One thing xreport has to say about a report: plain data. Only the formatters turn it into text.
 *
 * @param code     what kind of finding, with a stable id
 * @param severity how bad, normally the code's default
 * @param source   where in the input (file, line, column, JSON path); {@link Source#NONE} if nowhere
 * @param message  the specific words, naming the concept, period, table or value concerned
 * @param related  other places the finding involves (the lines of a total that does not add up)
 */
public record Finding(Code code, Severity severity, Source source, String message, List<Related> related) {
    public Finding {
        Objects.requireNonNull(code);
        Objects.requireNonNull(severity);
        Objects.requireNonNull(source);
        Objects.requireNonNull(message);
        related = List.copyOf(related);
    }

    public Finding(Code code, Severity severity, Source source, String message) {
        this(code, severity, source, message, List.of());
    }

    public static Finding of(Code code, Source source, String message) {
        return new Finding(code, code.severity(), source, message);
    }

    /** The same finding, naming also {@code places}. */
    public Finding with(List<Related> places) {
        return new Finding(code, severity, source, message, places);
    }

    /**
     * The same finding with every file below {@code folder} named below {@code name} instead, in its
     * place, its related places and its message: a file written to a scratch or staging folder as the
     * reader will find it. The folder is recognised however the finding spells it: absolute, as
     * given, or relative to the working folder ({@link Source#shown}).
     */
    public Finding renamed(Path folder, String name) {
        List<String> spellings = spellings(folder);
        if (spellings.contains(name)) {
            return this;
        }
        String text = message;
        for (String s : spellings) {
            text = text.replace(s, name);
        }
        List<Related> places = related.stream().map(r -> new Related(r.what(), renamed(r.source(), spellings, name))).toList();
        return new Finding(code, severity, renamed(source, spellings, name), text, places);
    }

    private static List<String> spellings(Path folder) {
        Path abs = folder.toAbsolutePath().normalize();
        return new java.util.ArrayList<>(new java.util.LinkedHashSet<>(List.of(abs.toString(), folder.toString(), Source.shown(abs))));
    }

    private static Source renamed(Source s, List<String> spellings, String name) {
        String file = s.file();
        if (file != null) {
            for (String spelling : spellings) {
                if (file.startsWith(spelling)) {
                    return new Source(name + file.substring(spelling.length()), s.line(), s.column(), s.path());
                }
            }
        }
        return s;
    }

    /** Another place a finding involves: what is there ({@code CashAndBalancesWithCentralBank@I2022}) and where. */
    public record Related(String what, Source source) { }

    /** {@code report.yaml:47:9: error XR-CALC-501: $.tables[3].rows[5]: message} */
    @Override
    public String toString() {
        return FindingFormatter.TEXT.format(this);
    }
}
