package org.minsheng.dashboard.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.QueryParameters;
import java.math.BigDecimal;
import java.util.Map;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.minsheng.IntegrationTest;
import org.minsheng.support.Catalogue;
import org.minsheng.support.KaribuSpring;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.transaction.annotation.Transactional;

/**
 * A quarter or month the address names but the year has not (a tester's {@code ?period=quarter&part=9}) opens
 * on the one holding the year's latest approved month, as an address naming none does, and says the address
 * was not read: it opened Q4 of a year approved only in January, a page of 暂无数据.
 */
@IntegrationTest
@Transactional
class LatestPartAddressTest {

    @Autowired
    ApplicationContext context;

    @Autowired
    DSLContext db;

    /** 芗城区 widened 0.4 km in January 2021, approved: 2021 is the latest year with figures, to January. */
    @BeforeEach
    void xiangchengReportsJanuary2021() {
        Catalogue.approvedFigure(db, "road_widening", "350602", 2021, 1, new BigDecimal("0.4"));
        KaribuSpring.signInAndOpen(context, "leader");
    }

    @AfterEach
    void tearDown() {
        KaribuSpring.tearDown();
    }

    @Test
    void a_quarter_the_year_has_not_opens_the_latest_quarter_with_figures_and_says_so() {
        open(Map.of("period", "quarter", "part", "9"));
        assertThat(Choices.choice(FilterBar.YEAR).value()).isEqualTo("2021");
        assertThat(Choices.choice(FilterBar.PART).value())
                .as("January's quarter")
                .isEqualTo("1");
        assertThat(StaticHtml.tileValue("road_widening")).isEqualTo("0.4公里");
        assertThat(_get(Paragraph.class, spec -> spec.withId("unread-address-note"))
                        .getText())
                .isEqualTo("地址中的 part=9 无法识别，下面显示的是默认内容");
    }

    @Test
    void a_month_or_quarter_without_a_part_opens_the_latest_with_figures_without_a_note() {
        open(Map.of("period", "quarter"));
        assertThat(Choices.choice(FilterBar.PART).value()).isEqualTo("1");
        open(Map.of("period", "month"));
        assertThat(Choices.choice(FilterBar.PART).value()).isEqualTo("1");
        assertThat(StaticHtml.tileValue("road_widening")).isEqualTo("0.4公里");
        assertThat(_find(Paragraph.class, spec -> spec.withId("unread-address-note")))
                .isEmpty();
    }

    @Test
    void a_quarter_the_year_has_is_shown_as_asked_even_without_figures() {
        open(Map.of("year", "2021", "period", "quarter", "part", "4"));
        assertThat(Choices.choice(FilterBar.PART).value()).isEqualTo("4");
        assertThat(_find(Paragraph.class, spec -> spec.withId("unread-address-note")))
                .isEmpty();
    }

    /** A year of the demo approved to December opens its fourth quarter, as before. */
    @Test
    void a_year_approved_to_december_opens_its_last_quarter() {
        open(Map.of("year", "2020", "period", "quarter", "part", "0"));
        assertThat(Choices.choice(FilterBar.PART).value()).isEqualTo("4");
    }

    private static void open(Map<String, String> address) {
        UI.getCurrent().navigate("", QueryParameters.simple(address));
    }
}
