package org.minsheng.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class KeyedTest {

    private record Item(String key, int n) {}

    private static final Function<Item, String> KEY = Item::key;

    @Test
    void finds_the_first_element_of_a_key_as_a_search_of_the_list_would() {
        var items = List.of(new Item("a", 1), new Item("b", 2), new Item("a", 3));
        var keyed = Keyed.of(items, KEY);
        assertThat(Keyed.find(keyed, KEY, "a")).contains(new Item("a", 1));
        assertThat(Keyed.find(keyed, KEY, "b")).contains(new Item("b", 2));
        assertThat(Keyed.find(keyed, KEY, "c")).isEmpty();
        // a plain list, or a list keyed by another function, is searched
        assertThat(Keyed.find(items, KEY, "a")).contains(new Item("a", 1));
        Function<Item, String> other = i -> String.valueOf(i.n());
        assertThat(Keyed.find(Keyed.of(items, other), KEY, "a")).contains(new Item("a", 1));
    }

    @Test
    void a_list_keyed_again_by_the_same_function_is_kept_and_by_another_is_keyed_anew() {
        var items = List.of(new Item("a", 1), new Item("b", 2));
        var keyed = Keyed.of(items, KEY);
        assertThat(Keyed.of(keyed, KEY)).isSameAs(keyed);
        Function<Item, String> other = i -> String.valueOf(i.n());
        var rekeyed = Keyed.of(keyed, other);
        assertThat(rekeyed).isNotSameAs(keyed).isEqualTo(items);
        assertThat(Keyed.find(rekeyed, other, "2")).contains(new Item("b", 2));
    }

    @Test
    void finds_every_element_of_a_key_in_the_lists_order_as_a_search_of_the_list_would() {
        var items = List.of(new Item("a", 1), new Item("b", 2), new Item("a", 3), new Item("a", 4));
        var keyed = Keyed.of(items, KEY);
        assertThat(Keyed.all(keyed, KEY, "a")).containsExactly(new Item("a", 1), new Item("a", 3), new Item("a", 4));
        assertThat(Keyed.all(keyed, KEY, "b")).containsExactly(new Item("b", 2));
        assertThat(Keyed.all(keyed, KEY, "c")).isEmpty();
        // a plain list, or a list keyed by another function, is searched
        assertThat(Keyed.all(items, KEY, "a")).containsExactly(new Item("a", 1), new Item("a", 3), new Item("a", 4));
        Function<Item, String> other = i -> String.valueOf(i.n());
        assertThat(Keyed.all(Keyed.of(items, other), KEY, "a")).hasSize(3);
    }

    @Test
    void is_equal_to_the_list_it_keys_so_cached_and_computed_pages_still_compare() {
        var items = List.of(new Item("a", 1), new Item("b", 2));
        var keyed = Keyed.of(items, KEY);
        assertThat(keyed).isEqualTo(items).containsExactlyElementsOf(items);
        assertThat(items).isEqualTo(keyed);
        assertThat(keyed.hashCode()).isEqualTo(items.hashCode());
    }
}
