package org.minsheng.dashboard.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.QueryParameters;
import java.util.Locale;
import java.util.Map;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.minsheng.IntegrationTest;
import org.minsheng.support.KaribuSpring;
import org.minsheng.support.ProvinceRoot;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;
import org.springframework.transaction.annotation.Transactional;

/**
 * 福建省 accepts its cities' years and has accepted 漳州市's 2020, not 厦门市's, which it returned: the
 * page says what its totals leave out, and 厦门市's row and heat-map line carry the mark, in either language.
 */
@IntegrationTest
@TestPropertySource(properties = {"minsheng.test.database=province-root", "minsheng.city-code=350000"})
@DirtiesContext
@Transactional
class PendingUnitsShownTest {

    @Autowired
    ApplicationContext context;

    @Autowired
    DSLContext db;

    @BeforeEach
    void xiamenReturned() {
        ProvinceRoot.xiamenReturned(db);
        KaribuSpring.signInAndOpen(context, "leader");
    }

    @AfterEach
    void tearDown() {
        KaribuSpring.tearDown();
    }

    @Test
    void the_page_names_the_returned_city_outside_its_totals_and_marks_its_row() {
        UI.getCurrent().navigate("", QueryParameters.simple(Map.of("year", "2020")));

        var note = _get(Paragraph.class, spec -> spec.withId("acceptance-note"));
        assertThat(note.isVisible()).isTrue();
        assertThat(note.getText()).isEqualTo("合计只计入已确认的 1 个市；1 个市待确认：厦门市（已退回）");
        var table = StaticHtml.html(_get(DistrictTable.class));
        assertThat(table.select("thead th.pivot-unit").text())
                .as("the province's table lists cities, not 区县")
                .isEqualTo("市");
        var xiamen = table.select("tr.pivot-pending th.pivot-unit");
        assertThat(xiamen.text()).isEqualTo("厦门市 已退回");
        assertThat(xiamen.select(".acceptance-mark").attr("title")).isEqualTo("已退回：思明区学校数待核实");
        assertThat(table.select("tbody tr").not(".pivot-pending").select("th").text())
                .as("漳州市 is counted and unmarked")
                .isEqualTo("漳州市");
        var heatMap = _get(CompletionHeatMap.class)
                .getChildren()
                .filter(c -> c.getElement().getClassList().contains("data-table-wrap"))
                .findFirst()
                .orElseThrow();
        assertThat(StaticHtml.html(heatMap)
                        .select("tr[data-district=350200] th")
                        .text())
                .isEqualTo("厦门市 已退回");
    }

    @Test
    void an_english_session_reads_the_note_and_the_mark_in_english() {
        UI.getCurrent().setLocale(Locale.ENGLISH);
        db.execute("delete from unit_acceptance where division_id = (select id from division where code = '350200')");

        UI.getCurrent().navigate("", QueryParameters.simple(Map.of("year", "2020")));

        assertThat(_get(Paragraph.class, spec -> spec.withId("acceptance-note")).getText())
                .isEqualTo("Totals count only the cities accepted so far (1); 1 not counted yet: 厦门市");
        assertThat(StaticHtml.html(_get(DistrictTable.class))
                        .select("tr.pivot-pending .acceptance-mark")
                        .text())
                .isEqualTo("awaiting acceptance by the province");
    }

    @Test
    void without_approval_levels_the_page_says_nothing_of_acceptance() {
        db.execute("delete from approval_level");

        UI.getCurrent().navigate("", QueryParameters.simple(Map.of("year", "2020")));

        assertThat(_find(Paragraph.class, spec -> spec.withId("acceptance-note")))
                .as("the note is hidden")
                .isEmpty();
        assertThat(StaticHtml.html(_get(DistrictTable.class)).select(".acceptance-mark"))
                .isEmpty();
    }
}
