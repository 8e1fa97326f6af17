package dev.xreport.load;

import java.util.HashMap;
import java.util.Map;

/**
 * One shared instance of each equal value a load keeps many times: a report of a million facts
 * names a few concepts, periods and units a million times, and the same dimension members in
 * every fact and row of a segment. Values met once each, like row ids, are not worth a place in
 * the table: {@link #recent} shares them with the last few {@link #remember}ed instead (the terms of
 * a sum name the rows just above it). One per load, not thread-safe.
 */
final class Interner {
    private static final int RECENT = 32;
    private Map<Object, Object> instances = new HashMap<>();
    private final String[] recent = new String[RECENT];
    private int next;

    /** The first value equal to {@code value} this interner was given (null for null). */
    @SuppressWarnings("unchecked")
    <T> T intern(T value) {
        if (value == null) {
            return null;
        }
        Object first = instances.putIfAbsent(value, value);
        return first == null ? value : (T) first;
    }

    /** Keeps {@code value} among the last few for {@link #recent}. */
    void remember(String value) {
        recent[next] = value;
        next = (next + 1) % RECENT;
    }

    /** The one of the last few values {@link #remember}ed that equals {@code value}, or {@code value} itself. */
    String recent(String value) {
        for (String r : recent) {
            if (value.equals(r)) {
                return r;
            }
        }
        return value;
    }

    /** Forgets every value: those given out stay shared, those to come are not shared with them. */
    void clear() {
        instances = new HashMap<>();
        java.util.Arrays.fill(recent, null);
    }
}
