package dev.xreport.render.pdf;

/**
 * The CJK text of a page, found and marked for the PDF. Flying Saucer draws a run of text in one
 * font and falls back per element, not per character: set in a Latin font, Chinese characters would
 * be blank; set in a CJK font, Latin quotes and apostrophes come out as full-width glyphs. So the
 * body's CJK characters (Han, kana, Hangul, Bopomofo, CJK punctuation and full-width forms) are
 * wrapped in {@code <span class="cjk">}, which the print stylesheet sets in the CJK font, and
 * everything else stays in the text font.
 */
final class CjkRuns {
    private CjkRuns() { }

    /** The class the print stylesheet sets in the CJK font. */
    static final String CLASS = "cjk";

    /** Whether {@code c} is a character only a CJK font draws. */
    static boolean isCjk(int c) {
        Character.UnicodeScript script = Character.UnicodeScript.of(c);
        return script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
                || script == Character.UnicodeScript.KATAKANA || script == Character.UnicodeScript.HANGUL
                || script == Character.UnicodeScript.BOPOMOFO
                || (c >= 0x3000 && c <= 0x303F) // CJK symbols and punctuation: 。、「」
                || (c >= 0xFF00 && c <= 0xFFEF); // full-width forms: ，：（）
    }

    /** The first CJK character of the page's body text, or -1 when it has none. */
    static int first(String xhtml) {
        int[] found = {-1};
        scan(xhtml, (text, out) -> {
            if (found[0] < 0) {
                text.codePoints().filter(CjkRuns::isCjk).findFirst().ifPresent(c -> found[0] = c);
            }
            out.append(text);
        });
        return found[0];
    }

    /** The page with every run of CJK characters in its body text wrapped in {@code <span class="cjk">}. */
    static String wrap(String xhtml) {
        return scan(xhtml, (text, out) -> {
            boolean open = false;
            for (int i = 0; i < text.length(); ) {
                int c = text.codePointAt(i);
                boolean cjk = isCjk(c);
                if (cjk && !open) {
                    out.append("<span class=\"" + CLASS + "\">");
                    open = true;
                } else if (!cjk && open) {
                    out.append("</span>");
                    open = false;
                }
                out.appendCodePoint(c);
                i += Character.charCount(c);
            }
            if (open) {
                out.append("</span>");
            }
        });
    }

    private interface TextVisitor {
        void text(String text, StringBuilder out);
    }

    /**
     * The page rebuilt with each text node of the body (between tags, outside comments, style and
     * script) passed through {@code visitor}; markup and the head are copied as they are.
     */
    private static String scan(String xhtml, TextVisitor visitor) {
        int body = xhtml.indexOf("<body");
        if (body < 0) {
            return xhtml;
        }
        StringBuilder out = new StringBuilder(xhtml.length() + 1024).append(xhtml, 0, body);
        int i = body;
        while (i < xhtml.length()) {
            char c = xhtml.charAt(i);
            if (c == '<') {
                int end;
                if (xhtml.startsWith("<!--", i)) {
                    end = xhtml.indexOf("-->", i) + 3;
                } else if (xhtml.startsWith("<![CDATA[", i)) {
                    end = xhtml.indexOf("]]>", i) + 3;
                } else if (xhtml.startsWith("<style", i) || xhtml.startsWith("<script", i)) {
                    String close = xhtml.startsWith("<style", i) ? "</style>" : "</script>";
                    int closeAt = xhtml.indexOf(close, i);
                    end = closeAt < 0 ? -1 : closeAt + close.length();
                } else {
                    end = xhtml.indexOf('>', i) + 1;
                }
                if (end <= 0) {
                    out.append(xhtml, i, xhtml.length());
                    break;
                }
                out.append(xhtml, i, end);
                i = end;
            } else {
                int next = xhtml.indexOf('<', i);
                int end = next < 0 ? xhtml.length() : next;
                visitor.text(xhtml.substring(i, end), out);
                i = end;
            }
        }
        return out.toString();
    }
}
