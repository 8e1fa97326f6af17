package dev.xreport.load;

import dev.xreport.diag.Code;
import dev.xreport.diag.Findings;
import dev.xreport.model.Text;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Binds words given by language, {@code {en: Annual Report, zh: 年度报告}}: every key is a
 * language tag (BCP 47 in form: {@code en}, {@code zh}, {@code en-US}, {@code zh-Hans}) and every
 * value a text. Anything else is XR-LOAD-112 at the key: it is usually the rest of a text YAML cut
 * short, which would otherwise be left out of every deliverable without a word.
 */
final class LanguageText {
    private static final Pattern TAG = Pattern.compile("[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*");
    private static final String QUOTE = "quote the text: a comma followed by a space ends a plain value in {…}";

    private LanguageText() { }

    /** True when {@code s} has the form of a language tag. */
    static boolean isTag(String s) {
        return s != null && TAG.matcher(s).matches();
    }

    /** The words of {@code map}, the value of {@code key}; what is not a language and its words is reported and left out. */
    static Text bind(Node.MapNode map, String key, Findings findings) {
        Map<String, String> out = new LinkedHashMap<>();
        map.entries().forEach((lang, value) -> {
            if (!isTag(lang)) {
                boolean words = lang.contains(" ") || !lang.isEmpty() && Character.isDigit(lang.charAt(0));
                findings.add(Code.LOAD_LANGUAGE, map.keySource(lang), "\"" + lang + "\" in \"" + key
                        + "\" is not a language tag (write en, zh, en-US …)" + (words ? "; if it is part of the text, " + QUOTE : ""));
            } else if (value instanceof Node.Scalar s && (s.text() == null || s.text().isBlank())) {
                findings.add(Code.LOAD_LANGUAGE, map.keySource(lang), "\"" + key + "\" has no " + lang
                        + " text: write it after \"" + lang + ": \" (quote it when it holds \", \" or \": \")");
            } else if (value instanceof Node.Scalar s) {
                out.put(lang, s.text());
            } else {
                findings.add(Code.LOAD_WRONG_TYPE, value.source(), "the " + lang + " text of \"" + key
                        + "\" must be a text, not " + value.kind());
            }
        });
        return out.isEmpty() ? null : new Text(out);
    }
}
