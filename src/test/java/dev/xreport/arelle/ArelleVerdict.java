package dev.xreport.arelle;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * What Arelle said about one file, counted as {@code ../shared/tools/arelle/validate} counts.
 *
 * @param codes    how often each message code of an error, warning or inconsistency was given
 * @param messages the first of those messages, as Arelle words them
 */
public record ArelleVerdict(Path file, int errors, int warnings, int inconsistencies, Map<String, Integer> codes,
        List<Message> messages) {
    public ArelleVerdict {
        codes = Map.copyOf(codes);
        messages = List.copyOf(messages);
    }

    /** One message: its level (error, warning, inconsistency, ...), code and text. */
    public record Message(String level, String code, String text) { }

    /** No error and no inconsistency: what the validate script calls PASS. */
    public boolean valid() {
        return errors == 0 && inconsistencies == 0;
    }

    /** No error, no warning, no inconsistency. */
    public boolean clean() {
        return valid() && warnings == 0;
    }

    /** The validate script's last line: {@code ARELLE: 12 errors, 0 warnings, 0 inconsistencies [FAIL] file}. */
    public String summary() {
        return "ARELLE: " + errors + " errors, " + warnings + " warnings, " + inconsistencies + " inconsistencies ["
                + (valid() ? "PASS" : "FAIL") + "] " + file;
    }
}
