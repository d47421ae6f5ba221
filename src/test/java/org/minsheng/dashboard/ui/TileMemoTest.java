package org.minsheng.dashboard.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The tiles of a page drawn once for every session showing it, and only for that page and language. */
class TileMemoTest {

    private final List<String> drawn = new ArrayList<>();

    private TileMemo.Tile tile(Object page, int indicator, Locale locale) {
        return TileMemo.of(page, indicator, locale, () -> {
            drawn.add(page + "/" + indicator + "/" + locale);
            return new TileMemo.Tile("<b>" + page + " " + indicator + " " + locale + "</b>", "met");
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
    void only_the_most_recently_shown_pages_are_held() {
        var oldest = new Page("oldest");
        tile(oldest, 1, Locale.CHINA);
        for (int i = 0; i < TileMemo.PAGES; i++) {
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
