package org.minsheng.base;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HtmlTextTest {

    @Test
    void a_name_with_markup_in_it_is_written_as_text_and_never_read_as_a_tag() {
        assertThat(HtmlText.escape("<img src=x onerror=\"alert('1')\"> & 芗城区"))
                .isEqualTo("&lt;img src=x onerror=&quot;alert(&#39;1&#39;)&quot;&gt; &amp; 芗城区");
    }

    @Test
    void a_missing_text_is_written_as_nothing() {
        assertThat(HtmlText.escape(null)).isEmpty();
    }
}
