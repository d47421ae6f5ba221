package org.minsheng.dashboard.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** A page's parts drawn once for every session showing it, and only for that page and key. */
class PageMemoTest {

    private final List<String> drawn = new ArrayList<>();

    private record TileKey(int indicator, Locale locale) {}

    /** Another caller's key with the same components: a different part. */
    private record TableKey(int indicator, Locale locale) {}

    private HeadlineTile.Tile tile(Object page, int indicator, Locale locale) {
        return PageMemo.of(page, new TileKey(indicator, locale), () -> {
            drawn.add(page + "/" + indicator + "/" + locale);
            return new HeadlineTile.Tile("<b>" + page + " " + indicator + " " + locale + "</b>", "met");
        });
    }

    @Test
    void a_second_session_on_the_same_page_and_language_gets_the_tile_already_drawn() {
        var page = new Page("漳州市 2025 第3版");
        var first = tile(page, 1, Locale.CHINA);
        var second = tile(page, 1, Locale.CHINA);
        assertThat(second).isSameAs(first);
        assertThat(drawn).containsExactly(page + "/1/zh_CN");
    }

    @Test
    void another_indicator_language_or_page_is_drawn_for_itself_even_when_the_pages_are_equal() {
        var page = new Page("漳州市 2025 第3版");
        var equalButNewer = new Page("漳州市 2025 第3版");
        assertThat(equalButNewer).isEqualTo(page);
        tile(page, 1, Locale.CHINA);
        tile(page, 2, Locale.CHINA);
        tile(page, 1, Locale.ENGLISH);
        var other = tile(equalButNewer, 1, Locale.CHINA);
        assertThat(drawn).hasSize(4);
        assertThat(other.html()).contains("漳州市 2025 第3版 1 zh_CN");
        assertThat(other.status()).isEqualTo("met");
    }

    @Test
    void two_callers_keys_never_meet_even_with_equal_components() {
        var page = new Page("漳州市 2025 第3版");
        var tile = tile(page, 1, Locale.CHINA);
        String table = PageMemo.of(page, new TableKey(1, Locale.CHINA), () -> "<table></table>");
        assertThat(table).isEqualTo("<table></table>");
        assertThat(tile(page, 1, Locale.CHINA)).isSameAs(tile);
    }

    @Test
    void only_the_most_recently_shown_pages_are_held() {
        var oldest = new Page("oldest");
        tile(oldest, 1, Locale.CHINA);
        for (int i = 0; i < PageMemo.PAGES; i++) {
            tile(new Page("later " + i), 1, Locale.CHINA);
        }
        drawn.clear();
        tile(oldest, 1, Locale.CHINA);
        assertThat(drawn).as("let go, so drawn again").containsExactly(oldest + "/1/zh_CN");
    }

    /** Stands for a Dashboard: equal by value, told apart by identity. */
    private record Page(String name) {
        @Override
        public String toString() {
            return name;
        }
    }
}
