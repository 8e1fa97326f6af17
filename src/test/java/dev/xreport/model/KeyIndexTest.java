package dev.xreport.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@link KeyIndex}: the first item of each key, as a hash map with putIfAbsent would keep it. */
class KeyIndexTest {

    /** An item: its key and what tells it from another item of the same key. */
    private record Item(String key, int n) { }

    @Test
    void addsAnItemUnlessItsKeyIsThere() {
        List<Item> items = new ArrayList<>();
        KeyIndex<Item, String> index = KeyIndex.of(items, Item::key);
        for (int n = 0; n < 50_000; n++) {
            assertThat(index.addIfAbsent(new Item("k" + n, n))).isNull();
        }
        assertThat(index.addIfAbsent(new Item("k7", -1))).isEqualTo(new Item("k7", 7));
        assertThat(items).hasSize(50_000);
        assertThat(index.get("k49999")).isEqualTo(new Item("k49999", 49_999));
        assertThat(index.get("k50000")).isNull();
        assertThat(index.get(null)).isNull();
    }

    @Test
    void keepsTheFirstItemOfAKeyAndSkipsItemsWithoutOne() {
        KeyIndex<Item, String> index = KeyIndex.of(List.of(new Item(null, 0), new Item("a", 1), new Item("a", 2)), Item::key);
        assertThat(index.get("a")).isEqualTo(new Item("a", 1));
    }

    @Test
    void keysMadeToCollideAreFoundAllTheSame() {
        // "Aa" and "BB" hash alike, and so does every string made of them: 2^10 keys with one hash code
        List<Item> items = new ArrayList<>();
        KeyIndex<Item, String> index = KeyIndex.of(items, Item::key);
        for (int n = 0; n < 1 << 10; n++) {
            StringBuilder key = new StringBuilder();
            for (int bit = 0; bit < 10; bit++) {
                key.append((n >> bit & 1) == 0 ? "Aa" : "BB");
            }
            assertThat(index.addIfAbsent(new Item(key.toString(), n))).isNull();
            assertThat(index.addIfAbsent(new Item(key.toString(), -n))).isEqualTo(new Item(key.toString(), n));
        }
        assertThat(items.stream().map(Item::key).map(String::hashCode).distinct()).hasSize(1);
        for (Item item : items) {
            assertThat(index.get(item.key())).isEqualTo(item);
        }
        assertThat(index.get("AaAaAaAaAaAaAaAaAaAa" + "x")).isNull();
    }
}
