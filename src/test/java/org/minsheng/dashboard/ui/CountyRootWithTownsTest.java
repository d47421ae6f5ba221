package org.minsheng.dashboard.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.router.QueryParameters;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.minsheng.IntegrationTest;
import org.minsheng.support.Catalogue;
import org.minsheng.support.KaribuSpring;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;
import org.springframework.transaction.annotation.Transactional;

/**
 * A county's own installation whose towns have reported (漳浦县 with 绥安镇 and 旧镇镇) ranks, compares and
 * tabulates its towns: what a root without towns leaves out ({@link ChildlessRootDashboardTest}) stays here.
 */
@IntegrationTest
@TestPropertySource(properties = "minsheng.city-code=350623")
@DirtiesContext
@Transactional
class CountyRootWithTownsTest {

    @Autowired
    ApplicationContext context;

    @Autowired
    DSLContext db;

    @AfterEach
    void tearDown() {
        KaribuSpring.tearDown();
    }

    @Test
    void its_towns_are_ranked_compared_and_tabulated() {
        Catalogue.zhangpuTowns(db);
        KaribuSpring.signInAndOpen(context, "leader");
        UI.getCurrent().navigate("", QueryParameters.simple(Map.of("year", "2020")));

        var ranking = _get(ChartCard.class, spec -> spec.withId("ranking-chart"));
        assertThat(ranking.isVisible()).isTrue();
        assertThat(labels(ranking)).containsExactly("绥安镇", "旧镇镇");
        var yoy = _get(ChartCard.class, spec -> spec.withId("yoy-chart"));
        assertThat(labels(yoy))
                .as("its towns' bars, its total said beside them")
                .containsExactly("绥安镇", "旧镇镇");
        assertThat(_find(CompletionHeatMap.class)).hasSize(1);
        assertThat(_find(H3.class))
                .extracting(H3::getText)
                .contains("各乡镇（街道）营养改善计划学校排名（2020年1—12月）", "各乡镇（街道）目标完成率（2020年1—12月）", "各乡镇（街道）指标完成情况");
    }

    private static List<String> labels(ChartCard card) {
        return StreamSupport.stream(card.chart().getConfig().at("/data/labels").spliterator(), false)
                .map(n -> n.asString())
                .toList();
    }
}
