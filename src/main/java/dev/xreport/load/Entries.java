package dev.xreport.load;

import dev.xreport.model.Source;
import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Set;
import java.util.function.BiConsumer;

/**
 * The entries of one mapping in the order written, and where each key was written: arrays rather
 * than hash maps, since a report has millions of mappings of a few keys; a mapping of many keys
 * gets an index too. Filled by the parser, then read only (the map refuses changes).
 */
final class Entries extends AbstractMap<String, Node> {
    /** Up to this many keys a lookup walks along them; past it, it asks the index. */
    private static final int WALK = 8;

    private String[] keys = new String[4];
    /** The hash of each key, compared before the key. */
    private int[] keyHashes = new int[4];
    private Node[] values = new Node[4];
    /** Line and column of each key, two ints a key. */
    private int[] keyPlaces = new int[8];
    private int size;
    private Map<String, Integer> index;

    /** Adds an entry whose key was written at {@code line}:{@code column}; the key must not be in the mapping yet. */
    void add(String key, Node value, int line, int column) {
        if (size == keys.length) {
            keys = java.util.Arrays.copyOf(keys, size * 2);
            keyHashes = java.util.Arrays.copyOf(keyHashes, size * 2);
            values = java.util.Arrays.copyOf(values, size * 2);
            keyPlaces = java.util.Arrays.copyOf(keyPlaces, size * 4);
        }
        keys[size] = key;
        keyHashes[size] = Objects.hashCode(key);
        values[size] = value;
        keyPlaces[2 * size] = line;
        keyPlaces[2 * size + 1] = column;
        if (index != null) {
            index.put(key, size);
        } else if (size == WALK) {
            index = new HashMap<>();
            for (int i = 0; i <= size; i++) {
                index.put(keys[i], i);
            }
        }
        size++;
    }

    private int indexOf(Object key) {
        if (index != null) {
            Integer i = index.get(key);
            return i == null ? -1 : i;
        }
        int h = Objects.hashCode(key);
        for (int i = 0; i < size; i++) {
            if (keyHashes[i] == h && Objects.equals(keys[i], key)) {
                return i;
            }
        }
        return -1;
    }

    /** The line where {@code key} was written (the key must be in the mapping). */
    int keyLine(String key) {
        return keyPlaces[2 * indexOf(key)];
    }

    /** Where {@code key} of the mapping written at {@code mapping} was written, or null when it is not in it. */
    Source keySource(String key, Source mapping) {
        int i = indexOf(key);
        return i < 0 ? null : Source.ofKey(mapping, key, keyPlaces[2 * i], keyPlaces[2 * i + 1]);
    }

    @Override
    public Node get(Object key) {
        int i = indexOf(key);
        return i < 0 ? null : values[i];
    }

    @Override
    public boolean containsKey(Object key) {
        return indexOf(key) >= 0;
    }

    @Override
    public int size() {
        return size;
    }

    @Override
    public void forEach(BiConsumer<? super String, ? super Node> action) {
        for (int i = 0; i < size; i++) {
            action.accept(keys[i], values[i]);
        }
    }

    @Override
    public Set<Map.Entry<String, Node>> entrySet() {
        return new AbstractSet<>() {
            @Override
            public Iterator<Map.Entry<String, Node>> iterator() {
                return new Iterator<>() {
                    private int next;

                    @Override
                    public boolean hasNext() {
                        return next < size;
                    }

                    @Override
                    public Map.Entry<String, Node> next() {
                        if (next >= size) {
                            throw new NoSuchElementException();
                        }
                        int i = next++;
                        return new AbstractMap.SimpleImmutableEntry<>(keys[i], values[i]);
                    }
                };
            }

            @Override
            public int size() {
                return size;
            }
        };
    }
}
