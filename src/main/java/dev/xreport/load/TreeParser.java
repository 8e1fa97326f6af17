package dev.xreport.load;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.xreport.diag.Code;
import dev.xreport.diag.Findings;
import dev.xreport.model.Source;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/**
 * Reads YAML or JSON text into a {@link Node} tree with file, line, column and JSON path on
 * every node. Syntax errors and duplicate keys become findings, not exceptions.
 */
final class TreeParser {
    /** Deeper than any report needs (the WeBank report nests 7 levels); deeper input is refused where it goes too deep. */
    static final int MAX_DEPTH = 100;
    private static final JsonFactory JSON = JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(MAX_DEPTH + 10).build())
            .build();
    private static final YAMLFactory YAML;

    static {
        LoaderOptions options = new LoaderOptions();
        options.setMaxAliasesForCollections(20); // no "billion laughs"
        options.setAllowDuplicateKeys(true);      // reported by us, with both places
        options.setCodePointLimit(64 * 1024 * 1024);
        YAML = YAMLFactory.builder().loaderOptions(options)
                .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(MAX_DEPTH + 10).build())
                .build();
    }

    private final String file;
    private final Findings findings;
    private final Map<String, UnaryOperator<Node>> itemBinders;
    /** The shapes of the lists {@link #itemBinders} bind and of every mapping and list on the way to them. */
    private final Set<String> shapes = new HashSet<>();
    /** The YAML text being read, for what the parser does not say (null for JSON). */
    private PlainCut cuts;

    TreeParser(String file, Findings findings) {
        this(file, findings, Map.of());
    }

    /**
     * @param itemBinders by the shape of a list ({@code $.facts}, {@code $.tables[*].rows}), what to
     *                    make of each of its items as soon as it is read: the item's tree is dropped
     *                    and what the binder gives is kept in its place. A binder adds no finding
     *                    and changes nothing: the binder of the list takes what it gave
     */
    TreeParser(String file, Findings findings, Map<String, UnaryOperator<Node>> itemBinders) {
        this.file = file;
        this.findings = findings;
        this.itemBinders = itemBinders;
        for (String shape : itemBinders.keySet()) {
            for (int i = 1; i <= shape.length(); i++) {
                if (i == shape.length() || shape.charAt(i) == '.' || shape.charAt(i) == '[') {
                    shapes.add(shape.substring(0, i));
                }
            }
        }
    }

    /** The tree, or null when the text is not well-formed (a finding says where). */
    Node parse(String content, boolean json) {
        JsonParser p;
        cuts = json ? null : new PlainCut(content);
        try {
            p = (json ? JSON : YAML).createParser(content);
        } catch (IOException e) {
            findings.add(Code.LOAD_UNREADABLE, new Source(file, 1, 1, ""), String.valueOf(e.getMessage()));
            return null;
        }
        try (p) {
            JsonToken t = p.nextToken();
            if (t == null) {
                findings.add(Code.LOAD_SYNTAX, new Source(file, 1, 1, "$"), "the file is empty");
                return null;
            }
            Node root = read(p, null, null, -1, 0, within("", "$"));
            if (p.nextToken() != null) {
                findings.add(Code.LOAD_SYNTAX, at(p.currentTokenLocation(), "$"), "more than one document in the file");
                return null;
            }
            return root;
        } catch (TooDeep e) {
            findings.add(Code.LOAD_SYNTAX, e.at.withPath(firstSteps(e.at.path(), 2)), "nested more than " + MAX_DEPTH + " levels deep");
            return null;
        } catch (BinderFailure e) {
            throw e.failure;
        } catch (JsonProcessingException e) {
            if (e.getCause() instanceof MarkedYAMLException y && y.getProblemMark() != null) {
                Mark m = y.getProblemMark();
                String context = y.getContext() == null || y.getContextMark() == null ? ""
                        : " (" + y.getContext() + " that starts at line " + (y.getContextMark().getLine() + 1)
                        + ", column " + (y.getContextMark().getColumn() + 1) + ")";
                findings.add(Code.LOAD_SYNTAX, new Source(file, m.getLine() + 1, m.getColumn() + 1, ""),
                        cleanMessage(y.getProblem()) + context);
                return null;
            }
            JsonLocation loc = e.getLocation() != null && e.getLocation().getLineNr() > 0 ? e.getLocation() : p.currentLocation();
            findings.add(Code.LOAD_SYNTAX, at(loc, ""), cleanMessage(e.getOriginalMessage()));
            return null;
        } catch (IOException e) {
            findings.add(Code.LOAD_UNREADABLE, new Source(file, 0, 0, ""), String.valueOf(e.getMessage()));
            return null;
        } catch (RuntimeException e) {
            // snakeyaml reports some limits (aliases, code points) as unchecked exceptions
            findings.add(Code.LOAD_SYNTAX, at(p.currentLocation(), ""), cleanMessage(String.valueOf(e.getMessage())));
            return null;
        }
    }

    /** {@code $.title[0]...}: the first {@code steps} steps of a JSON path (keys or indexes), and "..." if it goes on. */
    static String firstSteps(String path, int steps) {
        int seen = 0;
        for (int i = 1; i < path.length(); i++) {
            char c = path.charAt(i);
            if ((c == '.' || c == '[') && ++seen > steps) {
                return path.substring(0, i) + "...";
            }
        }
        return path;
    }

    /** Thrown where the input nests deeper than {@link #MAX_DEPTH}; carries the place. */
    private static final class TooDeep extends RuntimeException {
        final transient Source at;

        TooDeep(Source at) {
            super(null, null, false, false);
            this.at = at;
        }
    }

    /** A binder's own failure, carried out of the parser unchanged rather than reported as a syntax error. */
    private static final class BinderFailure extends RuntimeException {
        final RuntimeException failure;

        BinderFailure(RuntimeException failure) {
            super(null, null, false, false);
            this.failure = failure;
        }
    }

    /**
     * The node at the current token: the root (no parent), the value of {@code key} in the mapping at
     * {@code parent}, or item {@code index} of the list at {@code parent}. {@code shape} is its path
     * with [*] for indexes while it may lead to a list that is bound item by item, else null.
     */
    private Node read(JsonParser p, Source parent, String key, int index, int depth, String shape) throws IOException {
        JsonToken t = p.currentToken();
        Source here = place(p.currentTokenLocation(), parent, key, index);
        if (depth > MAX_DEPTH) {
            throw new TooDeep(here);
        }
        switch (t) {
            case START_OBJECT: {
                Entries entries = new Entries();
                boolean flow = cuts != null && cuts.flow(p.currentTokenLocation());
                boolean cutReported = false;
                String previousKey = null;
                JsonLocation previousAt = null;
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    String name = p.currentName();
                    JsonLocation keyAt = p.currentTokenLocation();
                    p.nextToken();
                    JsonLocation valueAt = flow ? p.currentTokenLocation() : null;
                    Node value = read(p, here, name, -1, depth + 1, shape == null ? null : within(shape, "." + name));
                    // the rest of a plain text cut at ", " (YAML gives it an empty value): reported once, at the
                    // first piece, and left out
                    if (flow && value instanceof Node.Scalar s && (s.text() == null || s.text().isEmpty())
                            && cuts.withoutColon(keyAt, name)) {
                        if (!cutReported) {
                            reportCut(name, keyAt, here, entries, previousKey, previousAt);
                            cutReported = true;
                        }
                        continue;
                    }
                    previousKey = name;
                    previousAt = valueAt;
                    if (entries.containsKey(name)) {
                        findings.add(Code.LOAD_DUPLICATE_KEY, place(keyAt, here, name, -1),
                                "\"" + name + "\" is given twice in this mapping (first at line "
                                        + entries.keyLine(name) + ")");
                        continue;
                    }
                    entries.add(name, value, line(keyAt), column(keyAt));
                }
                return new Node.MapNode(entries, here);
            }
            case START_ARRAY: {
                UnaryOperator<Node> binder = shape == null ? null : itemBinders.get(shape);
                String itemShape = within(shape, "[*]");
                List<Node> items = new ArrayList<>();
                int i = 0;
                while (p.nextToken() != JsonToken.END_ARRAY) {
                    Node item = read(p, here, null, i++, depth + 1, itemShape);
                    items.add(binder == null ? item : bind(binder, item));
                }
                return new Node.ListNode(items, here);
            }
            case VALUE_NUMBER_INT:
            case VALUE_NUMBER_FLOAT:
                return new Node.Scalar(p.getText(), true, here);
            case VALUE_NULL:
                return new Node.Scalar(null, false, here);
            default:
                return new Node.Scalar(p.getText(), false, here);
        }
    }

    /** XR-LOAD-111 at {@code key}, written without ":" in the flow mapping at {@code mapping}. */
    private void reportCut(String key, JsonLocation keyAt, Source mapping, Entries entries, String previousKey,
                           JsonLocation previousAt) {
        Node previous = previousKey == null ? null : entries.get(previousKey);
        String previousText = previous instanceof Node.Scalar s ? s.text() : null;
        Source at = place(keyAt, mapping, previousText == null ? key : previousKey, -1);
        findings.add(Code.LOAD_PLAIN_CUT, at, cuts.message(key, keyAt, previousKey, previousText, previousAt));
    }

    private static Node bind(UnaryOperator<Node> binder, Node item) {
        try {
            return binder.apply(item);
        } catch (RuntimeException e) {
            throw new BinderFailure(e);
        }
    }

    /** {@code shape} and {@code step} when that still leads to a list bound item by item; else null. */
    private String within(String shape, String step) {
        if (shape == null || shapes.isEmpty()) {
            return null;
        }
        String s = shape + step;
        return shapes.contains(s) ? s : null;
    }

    /** Where a node written at {@code loc} is: see {@link #read}. */
    private Source place(JsonLocation loc, Source parent, String key, int index) {
        int line = line(loc);
        int column = column(loc);
        if (parent == null) {
            return new Source(file, line, column, "$");
        }
        return index >= 0 ? Source.ofItem(parent, index, line, column) : Source.ofKey(parent, key, line, column);
    }

    private Source at(JsonLocation loc, String path) {
        return new Source(file, line(loc), column(loc), path);
    }

    private static int line(JsonLocation loc) {
        return Math.max(loc.getLineNr(), 0);
    }

    private static int column(JsonLocation loc) {
        return Math.max(loc.getColumnNr(), 0);
    }

    /** Parser messages without the Java class names and source dumps they sometimes carry. */
    private static String cleanMessage(String m) {
        if (m == null) {
            return "not well-formed";
        }
        String s = m.replace('\n', ' ').replaceAll("\\s+", " ").replaceAll(", from `[^`]*`", "").trim();
        int at = s.indexOf(" at [Source:");
        if (at > 0) {
            s = s.substring(0, at);
        }
        return s;
    }
}
