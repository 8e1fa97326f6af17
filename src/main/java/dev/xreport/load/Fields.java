package dev.xreport.load;

import dev.xreport.diag.Code;
import dev.xreport.diag.DidYouMean;
import dev.xreport.diag.Findings;
import dev.xreport.model.Source;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Typed access to the fields of one mapping. Every field read is marked, so that
 * {@link #rejectUnknown()} can report the fields nobody asked for (usually typos).
 */
final class Fields {
    private final Node.MapNode map;
    private final Findings findings;
    /** The fields read, in the order first read: a short list, since a mapping has a few fields (millions of mappings are read). */
    private final List<String> seen = new ArrayList<>(8);
    /** The same as a set, once there are too many to look along. */
    private Set<String> seenIndex;

    Fields(Node.MapNode map, Findings findings) {
        this.map = map;
        this.findings = findings;
    }

    /** Fields of {@code node}, or null (with a finding) when it is not a mapping. */
    static Fields of(Node node, String what, Findings findings) {
        if (node instanceof Node.MapNode m) {
            return new Fields(m, findings);
        }
        findings.add(Code.LOAD_WRONG_TYPE, node.source(), what + " must be a mapping, not " + node.kind());
        return null;
    }

    Source source() {
        return map.source();
    }

    Source source(String key) {
        Node n = map.entries().get(key);
        return n == null ? map.source().withPath(map.source().path() + "." + key) : n.source();
    }

    /** The keys written, in their order. */
    java.util.Set<String> keys() {
        return map.entries().keySet();
    }

    /** True when the key is written, even with an empty value. */
    boolean keyPresent(String key) {
        return map.entries().containsKey(key);
    }

    boolean has(String key) {
        return map.entries().containsKey(key) && !isNull(map.entries().get(key));
    }

    Node node(String key) {
        markRead(key);
        Node n = map.entries().get(key);
        return n == null || isNull(n) ? null : n;
    }

    /** A text field; null when absent. Numbers are accepted as their text. */
    String string(String key) {
        Node n = node(key);
        if (n == null) {
            return null;
        }
        if (n instanceof Node.Scalar s) {
            return s.text();
        }
        findings.add(Code.LOAD_WRONG_TYPE, n.source(), "\"" + key + "\" must be a text, not " + n.kind());
        return null;
    }

    String required(String key) {
        String s = string(key);
        Node n = map.entries().get(key);
        if (n == null) {
            findings.add(Code.LOAD_MISSING_FIELD, map.source(), "\"" + key + "\" is required here");
        } else if (isNull(n)) {
            // written with no value ("total: ~"): as missing, at the place it is written
            findings.add(Code.LOAD_MISSING_FIELD, n.source(), "\"" + key + "\" is required here, not null");
        }
        return s;
    }

    Node requiredNode(String key) {
        Node n = node(key);
        if (n == null) {
            findings.add(Code.LOAD_MISSING_FIELD, map.source(), "\"" + key + "\" is required here");
        }
        return n;
    }

    boolean bool(String key, boolean otherwise) {
        String s = string(key);
        if (s == null) {
            return otherwise;
        }
        if (s.equals("true") || s.equals("false")) {
            return Boolean.parseBoolean(s);
        }
        findings.add(Code.LOAD_BAD_VALUE, source(key), "\"" + key + "\" must be true or false, not \"" + s + "\"");
        return otherwise;
    }

    int integer(String key, int otherwise) {
        String s = string(key);
        if (s == null) {
            return otherwise;
        }
        try {
            return Integer.parseInt(s.trim());
        } catch (NumberFormatException e) {
            findings.add(Code.LOAD_BAD_VALUE, source(key), "\"" + key + "\" must be a whole number, not \"" + s + "\"");
            return otherwise;
        }
    }

    /** The items of a list field (empty when absent). */
    List<Node> list(String key) {
        Node n = node(key);
        if (n == null) {
            return List.of();
        }
        if (n instanceof Node.ListNode l) {
            return l.items();
        }
        findings.add(Code.LOAD_WRONG_TYPE, n.source(), "\"" + key + "\" must be a list, not " + n.kind());
        return List.of();
    }

    /** A list of texts. */
    List<String> strings(String key) {
        List<Node> items = list(key);
        if (items.isEmpty()) {
            return List.of();
        }
        List<String> texts = new ArrayList<>(items.size());
        for (Node n : items) {
            if (n instanceof Node.Scalar s && s.text() != null) {
                texts.add(s.text());
            } else {
                findings.add(Code.LOAD_WRONG_TYPE, n.source(), "each item of \"" + key + "\" must be a text, not " + n.kind());
            }
        }
        return Collections.unmodifiableList(texts);
    }

    /** Every entry of this mapping as text to text (each is marked read). */
    Map<String, String> allStrings() {
        Map<String, String> out = new java.util.LinkedHashMap<>();
        map.entries().forEach((k, v) -> {
            markRead(k);
            if (v instanceof Node.Scalar s && s.text() != null) {
                out.put(k, s.text());
            } else {
                findings.add(Code.LOAD_WRONG_TYPE, v.source(), "\"" + k + "\" must be a text, not " + v.kind());
            }
        });
        return out;
    }

    /** A mapping of text to text (dims, localized names). */
    Map<String, String> stringMap(String key) {
        Node n = node(key);
        if (n == null) {
            return Map.of();
        }
        if (!(n instanceof Node.MapNode m)) {
            findings.add(Code.LOAD_WRONG_TYPE, n.source(), "\"" + key + "\" must be a mapping, not " + n.kind());
            return Map.of();
        }
        Map<String, String> out = new java.util.LinkedHashMap<>();
        m.entries().forEach((k, v) -> {
            if (v instanceof Node.Scalar s && s.text() != null) {
                out.put(k, s.text());
            } else {
                findings.add(Code.LOAD_WRONG_TYPE, v.source(), "\"" + k + "\" must be a text, not " + v.kind());
            }
        });
        return out;
    }

    <T> List<T> each(String key, Function<Node, T> binder) {
        return list(key).stream().map(binder).filter(java.util.Objects::nonNull).toList();
    }

    /** Reports every field that was never read. */
    void rejectUnknown() {
        for (Map.Entry<String, Node> e : map.entries().entrySet()) {
            if (!read(e.getKey())) {
                findings.add(Code.LOAD_UNKNOWN_FIELD, map.keySource(e.getKey()),
                        "unknown field \"" + e.getKey() + "\"" + hint(e.getKey()));
            }
        }
    }

    private void markRead(String key) {
        if (read(key)) {
            return;
        }
        seen.add(key);
        if (seenIndex != null) {
            seenIndex.add(key);
        } else if (seen.size() > 16) {
            seenIndex = new HashSet<>(seen);
        }
    }

    private boolean read(String key) {
        return seenIndex != null ? seenIndex.contains(key) : seen.contains(key);
    }

    private String hint(String key) {
        // on a tie the first in the order of a hash set filled in the order they were read wins, as it always has
        Set<String> known = new HashSet<>();
        seen.forEach(known::add);
        return DidYouMean.closest(key, known, 2).map(DidYouMean::phrase)
                .orElse(" (allowed here: " + String.join(", ", new java.util.TreeSet<>(seen)) + ")");
    }

    private static boolean isNull(Node n) {
        return n instanceof Node.Scalar s && s.text() == null;
    }
}
