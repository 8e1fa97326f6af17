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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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

    TreeParser(String file, Findings findings) {
        this.file = file;
        this.findings = findings;
    }

    /** The tree, or null when the text is not well-formed (a finding says where). */
    Node parse(String content, boolean json) {
        JsonParser p;
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
            Node root = read(p, "$", 0);
            if (p.nextToken() != null) {
                findings.add(Code.LOAD_SYNTAX, at(p.currentTokenLocation(), "$"), "more than one document in the file");
                return null;
            }
            return root;
        } catch (TooDeep e) {
            findings.add(Code.LOAD_SYNTAX, e.at.withPath(firstSteps(e.at.path(), 2)), "nested more than " + MAX_DEPTH + " levels deep");
            return null;
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

    private Node read(JsonParser p, String path, int depth) throws IOException {
        JsonToken t = p.currentToken();
        Source here = at(p.currentTokenLocation(), path);
        if (depth > MAX_DEPTH) {
            throw new TooDeep(here);
        }
        switch (t) {
            case START_OBJECT: {
                Map<String, Node> entries = new LinkedHashMap<>();
                Map<String, Source> keys = new LinkedHashMap<>();
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    String name = p.currentName();
                    String childPath = path + "." + name;
                    Source keySource = at(p.currentTokenLocation(), childPath);
                    p.nextToken();
                    Node value = read(p, childPath, depth + 1);
                    if (entries.containsKey(name)) {
                        findings.add(Code.LOAD_DUPLICATE_KEY, keySource,
                                "\"" + name + "\" is given twice in this mapping (first at line "
                                        + keys.get(name).line() + ")");
                        continue;
                    }
                    entries.put(name, value);
                    keys.put(name, keySource);
                }
                return new Node.MapNode(entries, keys, here);
            }
            case START_ARRAY: {
                List<Node> items = new ArrayList<>();
                int i = 0;
                while (p.nextToken() != JsonToken.END_ARRAY) {
                    items.add(read(p, path + "[" + i++ + "]", depth + 1));
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

    private Source at(JsonLocation loc, String path) {
        return new Source(file, Math.max(loc.getLineNr(), 0), Math.max(loc.getColumnNr(), 0), path);
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
