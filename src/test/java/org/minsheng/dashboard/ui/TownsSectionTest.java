package org.minsheng.dashboard.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.QueryParameters;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.minsheng.IntegrationTest;
import org.minsheng.support.KaribuSpring;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * A district's page ends with its towns only where it has towns. The demo's districts have none, and each
 * page ended with an empty 「芗城区各乡镇（街道）」 card saying no town had reported yet, as if some might.
 * A district divided into towns keeps its card ({@code LevelWordsShownTest}, 漳浦县 on a province's data).
 */
@IntegrationTest
class TownsSectionTest {

    @Autowired
    ApplicationContext context;

    @BeforeEach
    void signIn() {
        KaribuSpring.signInAndOpen(context, "leader");
    }

    @AfterEach
    void tearDown() {
        KaribuSpring.tearDown();
    }

    @Test
    void a_district_without_towns_has_no_towns_card() {
        UI.getCurrent().navigate("", QueryParameters.simple(Map.of("year", "2020", "division", "350602")));

        assertThat(_find(H3.class)).extracting(H3::getText).isNotEmpty().noneMatch(t -> t.contains("乡镇"));
        assertThat(_find(Paragraph.class)).extracting(Paragraph::getText).noneMatch(t -> t.contains("乡镇"));
    }
}
