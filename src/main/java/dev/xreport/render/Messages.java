package dev.xreport.render;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

/**
 * The words of the page itself ("Contents", "Percentage", unit captions) in the report's output
 * language, from {@code report.properties} and {@code report_<lang>.properties} beside the
 * templates — the same bundles the templates read with {@code #{...}}. A bundle in the user's
 * templates folder overrides the default one.
 */
public final class Messages {
    private final Properties words = new Properties();

    public Messages(Path userTemplates, String lang) throws IOException {
        load("report.properties", userTemplates);
        if (!"en".equals(lang)) {
            load("report_" + lang + ".properties", userTemplates);
        }
    }

    private void load(String name, Path userTemplates) throws IOException {
        Path user = userTemplates == null ? null : userTemplates.resolve(name);
        if (user != null && Files.isRegularFile(user)) {
            try (InputStream in = Files.newInputStream(user)) {
                words.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            }
            return;
        }
        try (InputStream in = Messages.class.getClassLoader().getResourceAsStream("templates/" + name)) {
            if (in != null) {
                words.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            }
        }
    }

    /** Whether a bundle has words for {@code key}. */
    public boolean has(String key) {
        return words.containsKey(key);
    }

    /** The words for {@code key}, or the key itself when no bundle has it. */
    public String get(String key) {
        return words.getProperty(key, key);
    }
}
