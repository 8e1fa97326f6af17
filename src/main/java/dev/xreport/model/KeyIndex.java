package dev.xreport.model;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The first item of each key in a list, found by its key in constant time: positions in an
 * open-addressed table of ints, with a byte of each key's hash so that a probe seldom has to look
 * at an item; 10 to 20 bytes an item where a hash map takes 40 or more (a report may have a
 * million facts, a table 500,000 rows). Keys made to collide, which would make the probes long, get
 * a hash map instead. Items whose key is null are not indexed.
 *
 * @param <T> the items
 * @param <K> their keys
 */
public final class KeyIndex<T, K> {
    /** Past this many steps along the slots for one key, the keys collide too much for open addressing. */
    private static final int MAX_PROBES = 512;

    private final List<T> items;
    private final Function<? super T, ? extends K> keyOf;
    /** 1 + the position of the item whose key hashes to the slot or was pushed along to it; 0 for none. Null with {@link #map}. */
    private int[] slots;
    /** A byte of the hash of the key of the item in each slot (not the bits that choose the slot). */
    private byte[] marks;
    private Map<K, T> map;
    private int keys;

    private KeyIndex(List<T> items, Function<? super T, ? extends K> keyOf, int expected) {
        this.items = items;
        this.keyOf = keyOf;
        int size = Math.max(4, Integer.highestOneBit(Math.max(expected, 1) * 2 - 1) << 1);
        this.slots = new int[size];
        this.marks = new byte[size];
        for (int i = 0; i < items.size(); i++) {
            put(i);
        }
    }

    /** The index of {@code items}, a list that nobody changes but {@link #addIfAbsent}. */
    public static <T, K> KeyIndex<T, K> of(List<T> items, Function<? super T, ? extends K> keyOf) {
        return new KeyIndex<>(items, keyOf, items.size());
    }

    /** The index of {@code items}, which {@link #addIfAbsent} is expected to bring to about {@code expected} items. */
    public static <T, K> KeyIndex<T, K> of(List<T> items, Function<? super T, ? extends K> keyOf, int expected) {
        return new KeyIndex<>(items, keyOf, Math.max(expected, items.size()));
    }

    /** The first item with this key, or null. */
    public T get(K key) {
        if (map != null) {
            return map.get(key);
        }
        if (key == null) {
            return null;
        }
        int s = slotOf(key, hash(key));
        return s < 0 || slots[s] == 0 ? null : items.get(slots[s] - 1);
    }

    /**
     * Appends {@code item} to the list (which must let it) unless an item with its key is there:
     * returns that item, or null when {@code item} was appended.
     */
    public T addIfAbsent(T item) {
        T first = get(keyOf.apply(item));
        if (first != null) {
            return first;
        }
        items.add(item);
        put(items.size() - 1);
        return null;
    }

    private static int hash(Object key) {
        int h = key.hashCode();
        return h ^ (h >>> 16);
    }

    private static byte mark(int hash) {
        return (byte) (hash >>> 24);
    }

    private void put(int position) {
        K key = keyOf.apply(items.get(position));
        if (key == null) {
            return;
        }
        if (map != null) {
            map.putIfAbsent(key, items.get(position));
            return;
        }
        if (2 * (keys + 1) > slots.length && !grow()) {
            return; // the map holds every item now
        }
        int h = hash(key);
        int s = slotOf(key, h);
        if (s < 0) {
            useMap();
        } else if (slots[s] == 0) {
            slots[s] = position + 1;
            marks[s] = mark(h);
            keys++;
        }
    }

    /** Twice the slots; false when the keys collide too much and the map has taken over. */
    private boolean grow() {
        int[] oldSlots = slots;
        slots = new int[oldSlots.length * 2];
        marks = new byte[oldSlots.length * 2];
        int mask = slots.length - 1;
        for (int filled : oldSlots) {
            if (filled != 0) {
                int h = hash(keyOf.apply(items.get(filled - 1)));
                int s = h & mask;
                for (int probes = 0; slots[s] != 0; probes++) {
                    if (probes == MAX_PROBES) {
                        useMap();
                        return false;
                    }
                    s = (s + 1) & mask;
                }
                slots[s] = filled;
                marks[s] = mark(h);
            }
        }
        return true;
    }

    private void useMap() {
        map = new HashMap<>();
        for (T item : items) {
            K key = keyOf.apply(item);
            if (key != null) {
                map.putIfAbsent(key, item);
            }
        }
        slots = null;
        marks = null;
    }

    /** The slot of the first item with {@code key}, or the empty slot where it would go; -1 after too many steps. */
    private int slotOf(K key, int h) {
        int mask = slots.length - 1;
        int s = h & mask;
        byte m = mark(h);
        for (int probes = 0; slots[s] != 0 && !(marks[s] == m && keyOf.apply(items.get(slots[s] - 1)).equals(key)); probes++) {
            if (probes == MAX_PROBES) {
                return -1;
            }
            s = (s + 1) & mask;
        }
        return s;
    }
}
