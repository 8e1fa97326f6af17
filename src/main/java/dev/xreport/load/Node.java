package dev.xreport.load;

import dev.xreport.model.Source;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The parsed input before binding: mappings, sequences and scalars, each with the place it was
 * written. YAML and JSON read into the same tree.
 */
sealed interface Node {
    Source source();

    /** A short word for messages: "a mapping", "a list", "a text". */
    String kind();

    record MapNode(Map<String, Node> entries, Map<String, Source> keySources, Source source) implements Node {
        public MapNode {
            entries = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(entries));
            keySources = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(keySources));
        }

        public String kind() {
            return "a mapping";
        }
    }

    record ListNode(List<Node> items, Source source) implements Node {
        public ListNode {
            items = List.copyOf(items);
        }

        public String kind() {
            return "a list";
        }
    }

    /**
     * A scalar as written. {@code text} is null for YAML/JSON null.
     *
     * @param number true when the parser read it as a number (so its text is exact decimal digits)
     */
    record Scalar(String text, boolean number, Source source) implements Node {
        public String kind() {
            return text == null ? "null" : number ? "a number" : "a text";
        }
    }
}
