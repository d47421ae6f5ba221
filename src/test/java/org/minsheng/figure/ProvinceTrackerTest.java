package org.minsheng.figure;

import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.minsheng.db.Tables.AUDIT_ENTRY;
import static org.minsheng.support.SignedIn.as;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.QueryParameters;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.minsheng.IntegrationTest;
import org.minsheng.base.Download;
import org.minsheng.base.RefusedException;
import org.minsheng.base.i18n.Translations;
import org.minsheng.division.Division;
import org.minsheng.period.PeriodService;
import org.minsheng.support.Catalogue;
import org.minsheng.support.KaribuSpring;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;
import org.springframework.transaction.annotation.Transactional;

/**
 * The tracker of the province demo (福建省 over its nine cities and 84 county-level units): the province's
 * page counts each city's counties in SQL, and those counts are the ones each city's own tracker lists
 * unit by unit; a city opens on its counties' cells; a reader scoped to a unit opens nothing outside it.
 */
@IntegrationTest
@TestPropertySource(
        properties = {
            "minsheng.test.database=province-tracker",
            "minsheng.city-code=350000",
            "minsheng.demo-province=true"
        })
@DirtiesContext
@Transactional
class ProvinceTrackerTest {

    private static final List<String> CITIES =
            List.of("350100", "350200", "350300", "350400", "350500", "350600", "350700", "350800", "350900");

    @Autowired
    TrackerService trackers;

    @Autowired
    DSLContext db;

    @Autowired
    ApplicationContext context;

    @Autowired
    FigureDownloads downloads;

    @Autowired
    PeriodService periods;

    @Test
    void each_citys_rolled_up_counts_are_the_sum_over_its_counties_of_the_citys_own_tracker() {
        int january = Catalogue.monthId(db, 2021, 1);
        // some counties of two cities submit everything, one only a draft, the rest nothing
        submitEverything(january, "350102", "350103", "350104", "350623", "350602");
        draft(january, "350105");

        var province = as("reviewer", () -> trackers.tracker(january));
        assertThat(province.focus().code()).isEqualTo("350000");
        assertThat(province.rolledUp()).isTrue();
        assertThat(province.rows())
                .as("no county's cells on the province's page")
                .isEmpty();
        assertThat(province.children()).extracting(c -> c.division().code()).containsExactlyElementsOf(CITIES);
        for (var child : province.children()) {
            var city = as(
                    "reviewer", () -> trackers.tracker(january, child.division().code()));
            var counties = city.rows().stream()
                    .filter(r -> r.division().level() == Division.Level.COUNTY)
                    .toList();
            assertThat(counties)
                    .as("the city's tracker lists its counties' cells")
                    .hasSize(countiesOf(child.division().code(), 2021));
            assertThat(child.completeness())
                    .as(child.division().name())
                    .isEqualTo(new Tracker.Completeness(
                            Division.Level.COUNTY,
                            counties.size(),
                            (int) counties.stream()
                                    .filter(Tracker.Row::submitted)
                                    .count(),
                            (int) counties.stream().filter(Tracker.Row::overdue).count()));
        }
        assertThat(province.completeness())
                .as("the header totals the whole province: 84 county-level units, five of them done, all others late")
                .isEqualTo(new Tracker.Completeness(Division.Level.COUNTY, 84, 5, 79));
        var fuzhou = province.children().getFirst().completeness();
        assertThat(fuzhou.submitted()).isEqualTo(3);
        assertThat(fuzhou.units()).isEqualTo(13);
    }

    @Test
    void in_the_year_period_the_cities_own_figures_count_beside_their_counties() {
        int year2020 = db.fetchSingle("select id from period where kind = 'year' and year = 2020")
                .get(0, Integer.class);
        var province = as("leader", () -> trackers.tracker(year2020));
        for (var child : province.children()) {
            var city = as(
                    "leader", () -> trackers.tracker(year2020, child.division().code()));
            assertThat(child.completeness()).as(child.division().name()).isEqualTo(city.completeness());
        }
        assertThat(province.completeness().units())
                .as("84 counties and the nine cities")
                .isEqualTo(93);
        assertThat(province.completeness().level()).as("two levels: 填报单位").isNull();
    }

    @Test
    void drilling_down_to_a_city_gives_its_counties_and_the_path_back_up() {
        int january = Catalogue.monthId(db, 2021, 1);
        var zhangzhou = as("leader", () -> trackers.tracker(january, "350600"));
        assertThat(zhangzhou.rolledUp()).isFalse();
        assertThat(zhangzhou.path()).extracting(Division::code).containsExactly("350000", "350600");
        assertThat(zhangzhou.rows())
                .extracting(r -> r.division().code())
                .contains("350602", "350623")
                .hasSize(countiesOf("350600", 2021));
        var county = as("leader", () -> trackers.tracker(january, "350623"));
        assertThat(county.path()).extracting(Division::code).containsExactly("350000", "350600", "350623");
        assertThat(county.rows()).extracting(r -> r.division().code()).startsWith("350623");
    }

    @Test
    void a_city_leader_opens_their_city_and_below_and_nothing_beside_or_above_it_and_refusals_write_nothing() {
        int january = Catalogue.monthId(db, 2021, 1);
        assertThat(as("leader-zhangzhou", () -> trackers.tracker(january))
                        .focus()
                        .code())
                .as("their own city first")
                .isEqualTo("350600");
        assertThat(as("leader-zhangzhou", () -> trackers.tracker(january, "350600"))
                        .path())
                .as("no breadcrumb above their city")
                .extracting(Division::code)
                .containsExactly("350600");
        assertThat(as("leader-zhangzhou", () -> trackers.tracker(january, "350623"))
                        .rows())
                .isNotEmpty();
        refused(() -> as("leader-zhangzhou", () -> trackers.tracker(january, "350100")));
        refused(() -> as("leader-zhangzhou", () -> trackers.tracker(january, "350000")));
        refused(() -> as("leader-zhangzhou", () -> trackers.tracker(january, "000000")));
    }

    /**
     * A code no unit has (110000: 北京市 is no unit of the province demo, 999999 of any installation) is
     * unknown to every reader, told before anything is read; it was called outside a scoped leader's scope
     * (a stranger's trial), and the dashboard already said unknown.
     */
    @Test
    void a_code_no_unit_has_is_unknown_to_every_reader_rather_than_outside_their_scope() {
        int january = Catalogue.monthId(db, 2021, 1);
        for (var user : List.of("leader-zhangzhou", "leader", "reviewer", "stat-xiangcheng")) {
            for (var code : List.of("999999", "110000")) {
                int audit = db.fetchCount(AUDIT_ENTRY);
                assertThatThrownBy(() -> as(user, () -> trackers.tracker(january, code)))
                        .as(user + " asking for " + code)
                        .isInstanceOfSatisfying(RefusedException.class, e -> {
                            assertThat(e.messageKey()).isEqualTo("dashboards.error.unknownUnit");
                            assertThat(e.parameters()).containsExactly(code);
                        });
                assertThat(db.fetchCount(AUDIT_ENTRY)).isEqualTo(audit);
            }
        }
    }

    @Test
    void a_statistician_follows_their_own_district_from_the_root_or_their_district_and_no_other() {
        int january = Catalogue.monthId(db, 2021, 1);
        var root = as("stat-xiangcheng", () -> trackers.tracker(january));
        assertThat(root.children())
                .as("only the city their district lies in, counting their district alone")
                .singleElement()
                .satisfies(c -> {
                    assertThat(c.division().code()).isEqualTo("350600");
                    assertThat(c.completeness().units()).isEqualTo(1);
                });
        assertThat(as("stat-xiangcheng", () -> trackers.tracker(january, "350602"))
                        .rows())
                .extracting(r -> r.division().code())
                .containsExactly("350602");
        refused(() -> as("stat-xiangcheng", () -> trackers.tracker(january, "350623")));
        refused(() -> as("stat-xiangcheng", () -> trackers.tracker(january, "350600")));
    }

    /** A city's page below the province downloads that city's districts, not the province's page. */
    @Test
    void a_drilled_down_trackers_download_is_its_own_units() {
        int january = Catalogue.monthId(db, 2021, 1);
        var period = as("reviewer", () -> periods.get(january));
        var city = as("reviewer", () -> downloads.tracker(period, "350600", Download.Format.CSV, Translations.CHINESE));
        assertThat(new String(city.bytes(), StandardCharsets.UTF_8))
                .contains("漳浦县")
                .contains("芗城区");
        var root = as("reviewer", () -> downloads.tracker(period, null, Download.Format.CSV, Translations.CHINESE));
        assertThat(new String(root.bytes(), StandardCharsets.UTF_8))
                .as("the province's own page has no cells to download")
                .doesNotContain("漳浦县");
    }

    /** The page: the province's cities as links, down to 漳州市's districts, with the late-only filter kept. */
    @Test
    void the_page_drills_down_from_the_province_to_a_citys_late_districts_and_back() {
        KaribuSpring.signInAndOpen(context, "reviewer");
        try {
            UI.getCurrent().navigate("tracker");
            assertThat(summary()).isEqualTo("84 个县区中 0 个已提交，84 个逾期");
            assertThat(_size(grid("tracker-children"))).isEqualTo(9);
            assertThat(_find(Grid.class, spec -> spec.withId("tracker-grid"))).isEmpty();

            _get(Checkbox.class, spec -> spec.withId("tracker-only-outstanding"))
                    .setValue(true);
            var zhangzhou = childLink(5);
            assertThat(zhangzhou.getId()).hasValue("tracker-child-350600");
            assertThat(zhangzhou.getHref()).contains("division=350600").contains("outstanding=1");
            open(zhangzhou.getHref());

            assertThat(summary()).isEqualTo("11 个填报单位中 0 个已全部提交，11 个逾期");
            assertThat(_size(grid("tracker-grid")))
                    .as("the late districts' cells")
                    .isEqualTo(11);
            assertThat(_get(Checkbox.class, spec -> spec.withId("tracker-only-outstanding"))
                            .getValue())
                    .isTrue();
            var up = _get(Anchor.class, spec -> spec.withId("tracker-breadcrumb-350000"));
            open(up.getHref());
            assertThat(_size(grid("tracker-children"))).isEqualTo(9);
        } finally {
            KaribuSpring.tearDown();
        }
    }

    /**
     * A deep link outside a scoped leader's city says so; one with a code no unit has says the unit is
     * unknown, in the reader's language (it said outside their scope); neither shows anything of a unit.
     */
    @Test
    void a_deep_link_outside_a_scoped_leaders_city_or_to_no_unit_says_which_and_shows_nothing() {
        KaribuSpring.signInAndOpen(context, "leader-zhangzhou");
        try {
            assertThat(refusal("tracker?division=350100")).contains("漳州市");
            assertThat(refusal("tracker?division=999999")).isEqualTo("未找到区划代码为 999999 的单位");
            UI.getCurrent().setLocale(Locale.ENGLISH);
            assertThat(refusal("tracker?division=999998")).isEqualTo("No unit has the division code 999998");
        } finally {
            KaribuSpring.tearDown();
        }
    }

    /** The cities' column is headed like any other column, in either language (it read 「city」 in English). */
    @Test
    void the_childrens_column_is_headed_by_their_level() {
        KaribuSpring.signInAndOpen(context, "reviewer");
        try {
            UI.getCurrent().navigate("tracker");
            assertThat(grid("tracker-children").getColumnByKey("unit").getHeaderText())
                    .isEqualTo("市");
            UI.getCurrent().setLocale(Locale.ENGLISH);
            open("tracker?division=350000");
            assertThat(grid("tracker-children").getColumnByKey("unit").getHeaderText())
                    .isEqualTo("City");
        } finally {
            KaribuSpring.tearDown();
        }
    }

    /** The refusal a deep link is answered with, nothing of any unit shown beside it. */
    private static String refusal(String href) {
        open(href);
        var refused = _get(Div.class, spec -> spec.withId("tracker-refused"));
        assertThat(refused.isVisible()).isTrue();
        assertThat(_find(Grid.class, spec -> spec.withId("tracker-children"))).isEmpty();
        assertThat(_find(Grid.class, spec -> spec.withId("tracker-grid"))).isEmpty();
        return refused.getText();
    }

    /** The link of a row of the children's grid, beside its late badge. */
    private static Anchor childLink(int row) {
        Component cell = GridKt._getCellComponent(grid("tracker-children"), row, "unit");
        return Stream.concat(Stream.of(cell), cell.getChildren())
                .filter(Anchor.class::isInstance)
                .map(Anchor.class::cast)
                .findFirst()
                .orElseThrow();
    }

    /** Follows a link's address as the browser would. */
    private static void open(String href) {
        int query = href.indexOf('?');
        UI.getCurrent().navigate(href.substring(0, query), QueryParameters.fromString(href.substring(query + 1)));
    }

    private static String summary() {
        return _get(Paragraph.class, spec -> spec.withId("tracker-summary")).getText();
    }

    @SuppressWarnings("unchecked")
    private static Grid<Object> grid(String id) {
        return _get(Grid.class, spec -> spec.withId(id));
    }

    private void refused(Supplier<?> call) {
        int audit = db.fetchCount(AUDIT_ENTRY);
        assertThatThrownBy(call::get)
                .isInstanceOf(RefusedException.class)
                .extracting(e -> ((RefusedException) e).messageKey())
                .isEqualTo("scope.error.outside");
        assertThat(db.fetchCount(AUDIT_ENTRY)).as("a refusal writes nothing").isEqualTo(audit);
    }

    /** The county-level units under a city valid during a year, counted here rather than by the service. */
    private int countiesOf(String city, int year) {
        return db.fetchSingle("""
                        select count(*) from division d join division c on c.id = d.parent_id
                        where c.code = ? and d.level = 'county'
                          and d.valid_from <= make_date(?, 12, 31)
                          and (d.valid_to is null or d.valid_to > make_date(?, 1, 1))""", city, year, year).get(0, Integer.class);
    }

    /** Every figure a county reports in the period, as it stands once submitted (the entry path has its own tests). */
    private void submitEverything(int period, String... counties) {
        for (var code : counties) {
            db.execute("""
                    insert into figure (indicator_id, division_id, period_id, value, status)
                    select i.id, d.id, ?, 1, 'submitted' from indicator i, division d
                    where d.code = ? and i.reporting_level = 'county' and i.frequency = 'month'""", period, code);
        }
    }

    private void draft(int period, String county) {
        db.execute("""
                insert into figure (indicator_id, division_id, period_id, value, status)
                select i.id, d.id, ?, 1, 'draft' from indicator i, division d
                where d.code = ? and i.reporting_level = 'county' and i.frequency = 'month'""", period, county);
    }
}
