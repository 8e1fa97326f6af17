package dev.xreport.model;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The rows of a table by id, the first row of each id. Positions in an open-addressed table take
 * 8 bytes or so a row where a hash map takes 40 (a table may have 500,000 rows); ids made to
 * collide, which would make its probes long, get a hash map instead.
 */
final class RowIndex {
    /** Past this many steps along the slots for one id, the ids collide too much for open addressing. */
    private static final int MAX_PROBES = 64;

    private final List<Row> rows;
    /** 1 + the position of a row whose id hashes to the slot or was pushed along to it; 0 for an empty slot. Null with {@link #map}. */
    private final int[] slots;
    private final Map<String, Row> map;

    RowIndex(List<Row> rows) {
        this.rows = rows;
        int[] s = new int[Math.max(4, Integer.highestOneBit(Math.max(rows.size(), 1)) << 2)];
        this.slots = fill(s) ? s : null;
        this.map = slots == null ? mapOf(rows) : null;
    }

    /** The first row with this id, or null. */
    Row get(String id) {
        if (map != null) {
            return map.get(id);
        }
        if (id == null) {
            return null;
        }
        int s = slotOf(slots, id);
        return s < 0 || slots[s] == 0 ? null : rows.get(slots[s] - 1);
    }

    /** Puts every row's position in {@code s}; false when the ids collide too much. */
    private boolean fill(int[] s) {
        for (int i = 0; i < rows.size(); i++) {
            String id = rows.get(i).id();
            if (id == null) {
                continue;
            }
            int slot = slotOf(s, id);
            if (slot < 0) {
                return false;
            }
            if (s[slot] == 0) {
                s[slot] = i + 1;
            }
        }
        return true;
    }

    /** The slot of the first row with {@code id}, or the empty slot where it would go; -1 after too many steps. */
    private int slotOf(int[] s, String id) {
        int mask = s.length - 1;
        int h = id.hashCode();
        int slot = (h ^ (h >>> 16)) & mask;
        for (int probes = 0; s[slot] != 0 && !rows.get(s[slot] - 1).id().equals(id); probes++) {
            if (probes == MAX_PROBES) {
                return -1;
            }
            slot = (slot + 1) & mask;
        }
        return slot;
    }

    private static Map<String, Row> mapOf(List<Row> rows) {
        Map<String, Row> byId = new HashMap<>();
        for (Row r : rows) {
            if (r.id() != null) {
                byId.putIfAbsent(r.id(), r);
            }
        }
        return byId;
    }
}
