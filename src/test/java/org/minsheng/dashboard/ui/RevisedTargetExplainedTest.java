package org.minsheng.dashboard.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.minsheng.support.SignedIn.as;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.QueryParameters;
import java.math.BigDecimal;
import java.util.Map;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.minsheng.IntegrationTest;
import org.minsheng.dashboard.DashboardService;
import org.minsheng.indicator.TargetAdminService;
import org.minsheng.indicator.TargetDirection;
import org.minsheng.indicator.ui.TargetHistoryDialog;
import org.minsheng.support.KaribuSpring;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.transaction.annotation.Transactional;

/**
 * A leader reads 「目标 170所（已修订）」 beside 未完成 on 漳州市's tile and can find out why, as for a
 * revised figure: the tile marked the revised target, but only the administrator's targets page and the
 * year-in-review's 修订说明 said what was changed and why.
 */
@IntegrationTest
@Transactional
class RevisedTargetExplainedTest {

    private static final String REASON = "市政府调整年度任务";

    @Autowired
    ApplicationContext context;

    @Autowired
    DSLContext db;

    @Autowired
    TargetAdminService targets;

    @Autowired
    DashboardService dashboards;

    private int meals;

    @BeforeEach
    void anAdministratorRaisesThePublishedYearsTarget() {
        meals = db.fetchSingle("select id from indicator where code = 'meal_schools'")
                .get(0, Integer.class);
        var row = db.fetchSingle("select t.id, t.version from target t join division d on d.id = t.division_id"
                + " where d.code = '350600' and t.year = 2020 and t.indicator_id = " + meals);
        as(
                "admin",
                () -> targets.update(
                        row.get(0, Integer.class),
                        row.get(1, Integer.class),
                        TargetDirection.INCREASE_TO,
                        new BigDecimal("170"),
                        REASON));
    }

    @AfterEach
    void tearDown() {
        KaribuSpring.tearDown();
    }

    @Test
    void the_leader_reads_the_revision_behind_the_citys_target() {
        assertThat(as("leader", () -> dashboards.targetRevisions(2020, meals, null)))
                .singleElement()
                .satisfies(r -> {
                    assertThat(r.oldValue()).isEqualByComparingTo("156");
                    assertThat(r.newValue()).isEqualByComparingTo("170");
                    assertThat(r.reason()).isEqualTo(REASON);
                });
        int xiangcheng =
                db.fetchSingle("select id from division where code = '350602'").get(0, Integer.class);
        assertThat(as("leader", () -> dashboards.targetRevisions(2020, meals, xiangcheng)))
                .as("芗城区's own target was not revised")
                .isEmpty();
    }

    @Test
    void clicking_the_revised_target_on_the_tile_lists_its_revisions() {
        KaribuSpring.signInAndOpen(context, "leader");
        UI.getCurrent().navigate(DashboardView.class, QueryParameters.simple(Map.of("year", "2020")));
        var tile = _get(HeadlineTile.class, spec -> spec.withAttribute("data-indicator", "meal_schools"));
        assertThat(StaticHtml.html(tile).select("button.tile-target-revised").text())
                .as("a button, so the keyboard reaches it")
                .isEqualTo("目标 170所（已修订）");
        assertThat(StaticHtml.tile("meal_schools"))
                .as("the rate belongs to the status, not run on after it")
                .contains("目标 170所（已修订） · 未完成（完成率 91.8%）");
        assertThat(StaticHtml.html(tile).select("span.tile-status").first().wholeText())
                .as("a status wider than a narrow tile breaks before its rate, never inside it (with keep-all)")
                .isEqualTo("未完成（完成率\u00a091.8%）");
        assertThat(_find(TargetHistoryDialog.class)).isEmpty();

        StaticHtml.click(tile, HeadlineTile.TARGET_REVISED_CLICK);

        var dialog = _get(TargetHistoryDialog.class);
        assertThat(dialog.getHeaderTitle()).contains("漳州市", "营养改善计划学校");
        assertThat(_find(dialog, Div.class, spec -> spec.withClasses("target-revision")))
                .singleElement()
                .satisfies(revision -> assertThat(revision.getElement().getTextRecursively())
                        .contains("原目标值", "增加到 156 所", "新目标值", "增加到 170 所", REASON, "系统管理员"));
    }
}
