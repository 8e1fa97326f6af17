package dev.xreport.model;

import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/** Dimension members of a fact or a table cell: axis → member, ordered by axis. Empty means none. */
public record Dims(Map<String, String> members) {
    public static final Dims NONE = new Dims(Map.of());

    public Dims {
        members = isSingle(members) ? single(members) : java.util.Collections.unmodifiableMap(new TreeMap<>(members));
    }

    /** One member with a value: a map of one entry is in order as it is, and small (a report has dims on millions of facts). */
    private static boolean isSingle(Map<String, String> members) {
        return members.size() == 1 && members.values().iterator().next() != null;
    }

    private static Map<String, String> single(Map<String, String> members) {
        Map.Entry<String, String> e = members.entrySet().iterator().next();
        return Map.of(e.getKey(), e.getValue());
    }

    public static Dims of(Map<String, String> members) {
        return members == null || members.isEmpty() ? NONE : new Dims(members);
    }

    /** These members with {@code other}'s added; other wins on the same axis. */
    public Dims with(Dims other) {
        if (other.members.isEmpty()) {
            return this;
        }
        if (members.isEmpty()) {
            return other;
        }
        Map<String, String> m = new TreeMap<>(members);
        m.putAll(other.members);
        return new Dims(m);
    }

    public boolean isEmpty() {
        return members.isEmpty();
    }

    @Override
    public String toString() {
        return members.isEmpty() ? "" : members.entrySet().stream()
                .map(e -> e.getKey() + "=" + e.getValue())
                .collect(Collectors.joining(",", "[", "]"));
    }
}
