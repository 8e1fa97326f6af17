package dev.xreport.model;

import java.util.Map;

/** Words in one or more languages, keyed by BCP 47 tag ({@code en}, {@code zh}). */
public record Text(Map<String, String> byLanguage) {
    public Text {
        byLanguage = Map.copyOf(byLanguage);
    }

    public static Text of(String lang, String value) {
        return new Text(Map.of(lang, value));
    }

    /** The words in {@code lang}, else in English, else any. */
    public String in(String lang) {
        String v = byLanguage.get(lang);
        if (v == null) {
            v = byLanguage.get("en");
        }
        if (v == null && !byLanguage.isEmpty()) {
            v = byLanguage.values().iterator().next();
        }
        return v;
    }
}
