package dev.xreport.load;

import dev.xreport.model.Source;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The places inside what the loader keeps one place for: a citation inside a paragraph, a fact
 * inside a check's expression, a row id inside a sum, the value of a key of a row or column. The
 * report's files are read again for it, only when a finding needs such a place, so that a report
 * keeps no more places than it did; when the words cannot be found where they should be, the
 * place given is the one the loader kept.
 */
final class SourceText {
    /** How far after the place kept the words are looked for. */
    private static final int WINDOW = 1 << 16;

    private final ReportSource files;
    /** The files read, by the name findings show for them. */
    private final Map<String, String> names = new HashMap<>();
    private final Map<String, Lines> texts = new HashMap<>();

    SourceText(ReportSource files) {
        this.files = files;
    }

    /** Notes that file {@code name} was read, so that places in it can be found. */
    void read(String name) {
        names.put(files.display(name), name);
    }

    /**
     * The place of the {@code nth} (from 0) appearance of {@code words} at or after {@code from}, as a
     * place with {@code from}'s path; {@code from} itself when they are not found.
     */
    Source find(Source from, String words, int nth) {
        Lines text = text(from);
        int start = text == null ? -1 : text.offset(from);
        if (start < 0) {
            return from;
        }
        int at = text.find(words, start, nth);
        return at < 0 ? from : text.place(at, from.path());
    }

    /**
     * The place of {@code words} in the value of {@code key} of the mapping written at
     * {@code mapping} (the start of the value when {@code words} is null), with the path of that
     * value; {@code mapping} when it is not found.
     */
    Source inValueOf(Source mapping, String key, String words, int nth) {
        Lines text = text(mapping);
        int start = text == null ? -1 : text.offset(mapping);
        if (start < 0) {
            return mapping;
        }
        Matcher m = Pattern.compile("(?<![\\w-])[\"']?" + Pattern.quote(key) + "[\"']?\\s*:\\s*")
                .matcher(text.content).region(start, Math.min(text.content.length(), start + WINDOW));
        if (!m.find()) {
            return mapping;
        }
        String path = mapping.path() + "." + key;
        if (words == null) {
            return text.place(m.end(), path);
        }
        int at = text.find(words, m.end(), nth);
        return at < 0 ? mapping : text.place(at, path);
    }

    private Lines text(Source s) {
        String name = s.file() == null || s.line() < 1 ? null : names.get(s.file());
        if (name == null) {
            return null;
        }
        return texts.computeIfAbsent(name, n -> {
            try {
                return new Lines(files.read(n), s.file());
            } catch (IOException | RuntimeException e) {
                return null; // it was read once: if it cannot be now, the places stay as kept
            }
        });
    }

    /** A file's text, its lines, and the file's name as findings show it. */
    private static final class Lines {
        final String content;
        final String file;
        final TextLines lines;

        Lines(String content, String file) {
            this.content = content;
            this.file = file;
            this.lines = new TextLines(content);
        }

        int offset(Source s) {
            return lines.offset(s.line(), s.column());
        }

        /** The {@code nth} appearance of {@code words}, not inside a longer name, within the window after {@code from}. */
        int find(String words, int from, int nth) {
            if (words.isEmpty()) {
                return -1;
            }
            int end = Math.min(content.length(), from + WINDOW);
            for (int i = content.indexOf(words, from); i >= 0 && i + words.length() <= end; i = content.indexOf(words, i + 1)) {
                boolean before = i == 0 || !name(words.charAt(0)) || !name(content.charAt(i - 1));
                int after = i + words.length();
                boolean afterOk = after >= content.length() || !name(words.charAt(words.length() - 1)) || !name(content.charAt(after));
                if (before && afterOk && nth-- == 0) {
                    return i;
                }
            }
            return -1;
        }

        Source place(int offset, String path) {
            return new Source(file, lines.line(offset), lines.column(offset), path);
        }

        private static boolean name(char c) {
            return Character.isLetterOrDigit(c) || c == '_';
        }
    }
}
