package dev.xreport.diag;

import dev.xreport.model.Source;
import java.util.List;

/** Turns findings into text: one clickable line each, or JSON for tools. */
public interface FindingFormatter {

    String format(Finding finding);

    /** {@code file:line:col: severity CODE: $.path: message} — the form IDEs and CI logs link. */
    FindingFormatter TEXT = f -> {
        StringBuilder sb = new StringBuilder();
        Source s = f.source();
        if (s != Source.NONE) {
            sb.append(s.location()).append(": ");
        }
        sb.append(f.severity().word()).append(' ').append(f.code().id()).append(": ");
        if (s.path() != null && !s.path().isEmpty()) {
            sb.append(s.path()).append(": ");
        }
        return sb.append(f.message()).toString();
    };

    /** One JSON object per finding. */
    FindingFormatter JSON = f -> "{\"code\":" + quote(f.code().id())
            + ",\"severity\":" + quote(f.severity().word())
            + ",\"file\":" + quote(f.source().file())
            + ",\"line\":" + f.source().line()
            + ",\"column\":" + f.source().column()
            + ",\"path\":" + quote(f.source().path())
            + ",\"message\":" + quote(f.message()) + "}";

    default String formatAll(List<Finding> findings) {
        StringBuilder sb = new StringBuilder();
        for (Finding f : findings) {
            sb.append(format(f)).append('\n');
        }
        return sb.toString();
    }

    private static String quote(String s) {
        if (s == null) {
            return "null";
        }
        StringBuilder sb = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                default -> {
                    if (c < 0x20) {
                        sb.append(String.format("\\u%04x", (int) c));
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        return sb.append('"').toString();
    }
}
