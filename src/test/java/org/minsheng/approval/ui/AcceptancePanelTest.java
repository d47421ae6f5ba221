package org.minsheng.approval.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.minsheng.support.SignedIn.as;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.Locale;
import java.util.Set;
import java.util.stream.IntStream;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.minsheng.IntegrationTest;
import org.minsheng.approval.ApprovalService;
import org.minsheng.approval.UnitYear;
import org.minsheng.division.Division;
import org.minsheng.period.PeriodOverview;
import org.minsheng.support.Catalogue;
import org.minsheng.support.KaribuSpring;
import org.minsheng.support.ProvinceDemo;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.transaction.annotation.Transactional;

/**
 * On the province demo's review page the province's reviewer gets the cities of the latest year to
 * accept or return, and no period queue; 厦门市's reviewer sees the return with its reason and offers the
 * year again; 漳州市's reviewer, who approves figures, is not offered the period's publication.
 */
@IntegrationTest
@ProvinceDemo
@DirtiesContext
@Transactional
class AcceptancePanelTest {

    @Autowired
    ApplicationContext context;

    @Autowired
    ApprovalService approvals;

    @Autowired
    DSLContext db;

    @AfterEach
    void tearDown() {
        KaribuSpring.tearDown();
    }

    /** A reason longer than the service takes keeps its dialog and its text, marked where it is typed. */
    @Test
    void a_too_long_reason_keeps_the_dialog_and_its_text() {
        KaribuSpring.signInAndOpen(context, "reviewer");
        UI.getCurrent().navigate("review");
        var cities = grid();
        child(actions(cities, "350200"), Button.class, "return-350200").click();
        var reason = _get(TextArea.class, spec -> spec.withId("acceptance-return-reason"));
        var tooLong = "缺".repeat(2_001);
        reason.setValue(tooLong);
        _get(Button.class, spec -> spec.withId("acceptance-confirm-return")).click();

        reason = _get(TextArea.class, spec -> spec.withId("acceptance-return-reason"));
        assertThat(reason.getValue()).isEqualTo(tooLong);
        assertThat(reason.isInvalid()).isTrue();
        assertThat(reason.getErrorMessage()).isEqualTo("文字太长，最多 2,000 个字。");
        cities = grid();
        assertThat(GridKt._getFormatted(cities, row(cities, "350200"), "status"))
                .isEqualTo("待接收");
    }

    @Test
    void the_province_returns_a_city_with_a_reason_and_the_city_offers_its_year_again() {
        KaribuSpring.signInAndOpen(context, "reviewer");
        UI.getCurrent().navigate("review");
        var cities = grid();
        assertThat(GridKt._size(cities)).isEqualTo(9);
        int xiamen = row(cities, "350200");
        assertThat(GridKt._getFormatted(cities, xiamen, "status")).isEqualTo("待接收");
        child(actions(cities, "350200"), Button.class, "return-350200").click();
        _get(TextArea.class, spec -> spec.withId("acceptance-return-reason")).setValue("思明区一月数据缺说明");
        _get(Button.class, spec -> spec.withId("acceptance-confirm-return")).click();
        cities = grid();
        assertThat(GridKt._getFormatted(cities, row(cities, "350200"), "status"))
                .isEqualTo("已退回");
        assertThat(GridKt._getFormatted(cities, row(cities, "350200"), "reason"))
                .isEqualTo("思明区一月数据缺说明");
        KaribuSpring.tearDown();

        KaribuSpring.signInAndOpen(context, "reviewer-xiamen");
        UI.getCurrent().navigate("review");
        assertThat(_get(Span.class, spec -> spec.withId("acceptance-own-status"))
                        .getText())
                .isEqualTo("厦门市2021年数据被上级退回，原因：思明区一月数据缺说明");
        _get(Button.class, spec -> spec.withId("acceptance-reoffer")).click();
        assertThat(_get(Span.class, spec -> spec.withId("acceptance-own-status"))
                        .getText())
                .as("offered again, though nothing of 2021 is reported yet")
                .isEqualTo("厦门市2021年：尚无报送的数据，上级暂无可接收的数据");
    }

    /**
     * With a county level too, a city is accepted only once it has accepted its counties: the
     * province's 接收 is disabled for such a city and the row says why (a stranger's trial clicked it,
     * enabled, and was refused), and enabled for one whose counties are accepted.
     */
    @Test
    void a_city_whose_counties_are_not_accepted_has_its_accept_disabled_and_says_why() {
        as(
                "admin",
                () -> approvals.setLevels(Set.of(Division.Level.PROVINCE, Division.Level.CITY, Division.Level.COUNTY)));
        as("reviewer-xiamen", () -> approvals.queue(2021))
                .forEach(county -> as(
                        "reviewer-xiamen", () -> approvals.accept(county.unit().id(), 2021)));

        KaribuSpring.signInAndOpen(context, "reviewer");
        UI.getCurrent().navigate("review");
        var cities = grid();
        var zhangzhou = actions(cities, "350600");
        var accept = child(zhangzhou, Button.class, "accept-350600");
        assertThat(accept.isEnabled()).isFalse();
        var why = child(zhangzhou, Span.class, "accept-why-350600");
        assertThat(why.getText()).matches("漳州市还有 \\d+ 个下级单位未接收，暂不能接收");
        assertThat(accept.getElement().getAttribute("aria-describedby")).isEqualTo("accept-why-350600");
        var xiamen = actions(cities, "350200");
        assertThat(child(xiamen, Button.class, "accept-350200").isEnabled())
                .as("厦门市 has accepted its counties")
                .isTrue();
        assertThat(xiamen.getChildren()
                        .filter(Span.class::isInstance)
                        .map(c -> c.getId().orElse("")))
                .as("acceptable: no reason it cannot be, only that 2021 is empty")
                .containsExactly("accept-empty-350200");
    }

    /**
     * A city that has reported nothing of the year can be accepted (a unit may report nothing), but then
     * the province's totals count nothing of it: the row says so, and 接收 asks before accepting. Before,
     * such a city looked like any other, and accepting it left it out of the totals unremarked (a
     * stranger's trial). A city with approved figures is accepted at once.
     */
    @Test
    void a_city_that_reported_nothing_of_the_year_is_accepted_only_once_the_reviewer_confirms() {
        Catalogue.xiangchengFirstOf2021(db);
        KaribuSpring.signInAndOpen(context, "reviewer");
        UI.getCurrent().navigate("review");
        yearChosen(2021);
        var cities = grid();
        var xiamen = actions(cities, "350200");
        assertThat(child(xiamen, Span.class, "accept-empty-350200").getText()).isEqualTo("尚无报送的数据");
        child(xiamen, Button.class, "accept-350200").click();
        var dialog = _get(ConfirmDialog.class, spec -> spec.withId("acceptance-confirm-empty"));
        assertThat(dialog.getElement().getProperty("header")).isEqualTo("接收厦门市2021年的数据？");
        assertThat(dialog.getElement().getProperty("confirmText")).isEqualTo("仍然接收");
        assertThat(GridKt._getFormatted(grid(), row(grid(), "350200"), "status"))
                .as("nothing accepted before the reviewer confirms")
                .isEqualTo("待接收");
        ConfirmDialogKt._fireConfirm(dialog);
        assertThat(GridKt._getFormatted(grid(), row(grid(), "350200"), "status"))
                .isEqualTo("已接收");

        // 漳州市, with 芗城区's January of 2021 approved, has no such line
        var reported = actions(grid(), "350600");
        assertThat(reported.getChildren().map(c -> c.getId().orElse("")))
                .noneMatch(id -> id.startsWith("accept-empty-"));
    }

    private static Component actions(Grid<UnitYear> grid, String code) {
        return GridKt._getCellComponent(grid, row(grid, code), "actions");
    }

    private static <T extends Component> T child(Component parent, Class<T> type, String id) {
        return parent.getChildren()
                .filter(type::isInstance)
                .map(type::cast)
                .filter(c -> c.getId().orElse("").equals(id))
                .findFirst()
                .orElseThrow();
    }

    /**
     * A period is the whole province's and the service refuses its publication to a scoped reviewer: the
     * page says who publishes periods and where the city publishes its own year instead of offering a
     * button (a stranger's trial clicked 发布 and was told the period was outside their scope).
     */
    @Test
    void a_city_reviewer_sees_who_publishes_the_period_instead_of_a_button_that_is_always_refused() {
        KaribuSpring.signInAndOpen(context, "reviewer-zhangzhou");
        UI.getCurrent().navigate("review");
        assertThat(_find(Button.class, spec -> spec.withId("publish-period"))).isEmpty();
        assertThat(_get(Paragraph.class, spec -> spec.withId("publish-period-elsewhere"))
                        .getText())
                .isEqualTo("报送期的发布锁定福建省全部单位的数据，由福建省的审核员发布；漳州市的年度数据请在“年度回眸”页发布。");
    }

    /**
     * 厦门市's reviewer approves a correction of 2020, which takes the province's acceptance of that year
     * back: the line says so at once (it said 「上级已接收」 until a reload, a stranger's trial).
     */
    @Test
    void approving_a_correction_takes_the_acceptance_back_on_the_line_at_once() {
        var figure = db.fetchSingle("""
                select f.id, f.period_id from figure f
                join division d on d.id = f.division_id join period p on p.id = f.period_id
                where d.code = '350203' and p.year = 2020 and f.status = 'approved'
                order by p.month nulls last, f.indicator_id limit 1""");
        db.execute("""
                update figure set value = value + 1, status = 'submitted', correction_reason = '漏统计一处',
                    submitted_by = (select id from app_user where username = 'stat-siming'), submitted_at = now()
                where id = ?""", figure.get(0, Integer.class));
        int period = figure.get(1, Integer.class);

        KaribuSpring.signInAndOpen(context, "reviewer-xiamen");
        UI.getCurrent().navigate("review");
        yearChosen(2020);
        assertThat(ownStatus()).isEqualTo("厦门市2020年数据：上级已接收");
        @SuppressWarnings("unchecked")
        Grid<PeriodOverview> periods = _get(Grid.class, spec -> spec.withId("period-grid"));
        periods.select(periods.getListDataView()
                .getItems()
                .filter(p -> p.id() == period)
                .findFirst()
                .orElseThrow());
        _get(Button.class, spec -> spec.withClasses("approve-district")).click();
        assertThat(ownStatus()).isEqualTo("厦门市2020年数据：等待上级接收");
    }

    /**
     * Before anything of 2021 is reported, or while reported figures wait for approval, the level above has
     * nothing to accept yet: the line said 「等待上级接收」 (a stranger's trial), and now says what the year
     * waits for.
     */
    @Test
    void the_line_says_what_the_year_waits_for_before_the_level_above_can_accept_it() {
        KaribuSpring.signInAndOpen(context, "reviewer-xiamen");
        UI.getCurrent().navigate("review");
        yearChosen(2021);
        assertThat(ownStatus()).isEqualTo("厦门市2021年：尚无报送的数据，上级暂无可接收的数据");
        KaribuSpring.tearDown();

        int january = Catalogue.monthId(db, 2021, 1);
        Catalogue.figureIn(db, "meal_schools", "350203", january, "submitted", "stat-siming");
        Catalogue.figureIn(db, "road_widening", "350203", january, "submitted", "stat-siming");
        KaribuSpring.signInAndOpen(context, "reviewer-xiamen");
        UI.getCurrent().navigate("review");
        yearChosen(2021);
        assertThat(ownStatus()).isEqualTo("厦门市2021年数据：还有 2 项数据未审核通过，全部审核通过后上级才能接收");
        KaribuSpring.tearDown();
        KaribuSpring.signInAndOpen(context, "reviewer-xiamen");
        UI.getCurrent().setLocale(Locale.ENGLISH);
        UI.getCurrent().navigate("review");
        yearChosen(2021);
        assertThat(ownStatus())
                .isEqualTo(
                        "厦门市, 2021: 2 figures are not approved yet; the level above can accept the year once all are");
    }

    private static void yearChosen(int year) {
        @SuppressWarnings("unchecked")
        Select<Integer> years = _get(Select.class, spec -> spec.withId("acceptance-year"));
        years.setValue(year);
    }

    private static String ownStatus() {
        return _get(Span.class, spec -> spec.withId("acceptance-own-status")).getText();
    }

    @SuppressWarnings("unchecked")
    private static Grid<UnitYear> grid() {
        return _get(Grid.class, spec -> spec.withId("acceptance-grid"));
    }

    private static int row(Grid<UnitYear> grid, String code) {
        return IntStream.range(0, GridKt._size(grid))
                .filter(r -> GridKt._get(grid, r).unit().code().equals(code))
                .findFirst()
                .orElseThrow();
    }
}
