package dev.xreport.load;

import dev.xreport.diag.Finding;
import dev.xreport.diag.Findings;
import dev.xreport.model.Source;
import java.util.Collections;
import java.util.List;
import java.util.function.BiFunction;

/**
 * The parsed input before binding: mappings, sequences and scalars, each with the place it was
 * written. YAML and JSON read into the same tree.
 */
sealed interface Node {
    Source source();

    /** A short word for messages: "a mapping", "a list", "a text". */
    String kind();

    /** A mapping: its entries in the order written. */
    record MapNode(Entries entries, Source source) implements Node {
        /** Where {@code key} was written, or null when it is not in the mapping. */
        Source keySource(String key) {
            return entries.keySource(key, source);
        }

        public String kind() {
            return "a mapping";
        }
    }

    /** A list; the parser hands over its items, which nobody changes afterwards. */
    record ListNode(List<Node> items, Source source) implements Node {
        public ListNode {
            items = Collections.unmodifiableList(items);
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

    /**
     * An item of a list that was bound as soon as the parser read it ({@link TreeParser}'s item
     * binders), so that its tree need not be kept: what binding gave, for whoever binds the list.
     *
     * @param value    what the item gave
     * @param findings what binding it found wrong, to be reported when its list is bound
     * @param kind     the kind of the item as written
     */
    record Bound<T>(T value, List<Finding> findings, Source source, String kind) implements Node {
        /** What {@code binder} makes of {@code item}, reporting into findings of its own. */
        static <T> Bound<T> of(Node item, BiFunction<Node, Findings, T> binder) {
            Findings found = new Findings();
            T value = binder.apply(item, found);
            return new Bound<>(value, found.isEmpty() ? List.of() : List.copyOf(found.all()), item.source(), item.kind());
        }
    }
}
