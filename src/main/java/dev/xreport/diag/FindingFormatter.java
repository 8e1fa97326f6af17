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
        sb.append(f.message());
        if (!f.related().isEmpty()) {
            sb.append(" [");
            String lastFile = null;
            for (int i = 0; i < f.related().size(); i++) {
                Finding.Related r = f.related().get(i);
                sb.append(i == 0 ? "" : ", ").append(r.what());
                if (r.source() != Source.NONE) {
                    boolean sameFile = r.source().file() != null && r.source().file().equals(lastFile);
                    sb.append(" at ").append(sameFile ? ":" + r.source().line() + ":" + r.source().column() : r.source().location());
                    lastFile = r.source().file();
                }
            }
            sb.append(']');
        }
        return sb.toString();
    };

    /** One JSON object per finding. */
    FindingFormatter JSON = f -> "{\"code\":" + quote(f.code().id())
            + ",\"severity\":" + quote(f.severity().word())
            + ",\"file\":" + quote(f.source().file())
            + ",\"line\":" + f.source().line()
            + ",\"column\":" + f.source().column()
            + ",\"path\":" + quote(f.source().path())
            + ",\"message\":" + quote(f.message())
            + ",\"related\":[" + String.join(",", f.related().stream().map(r -> "{\"what\":" + quote(r.what())
                    + ",\"file\":" + quote(r.source().file()) + ",\"line\":" + r.source().line()
                    + ",\"column\":" + r.source().column() + "}").toList()) + "]}";

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
