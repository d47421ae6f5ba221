package org.minsheng.publication.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.QueryParameters;
import java.util.List;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.minsheng.IntegrationTest;
import org.minsheng.dashboard.ChartKind;
import org.minsheng.publication.PhraseEntry;
import org.minsheng.publication.PublicationImageService;
import org.minsheng.support.Catalogue;
import org.minsheng.support.KaribuSpring;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.transaction.annotation.Transactional;

@IntegrationTest
class PublicationViewTest {

    @Autowired
    DSLContext db;

    @Autowired
    ApplicationContext context;

    @AfterEach
    void tearDown() {
        KaribuSpring.tearDown();
    }

    @Test
    void communications_staff_see_the_lede_and_get_a_pdf_link() {
        KaribuSpring.signInAndOpen(context, "comms");
        UI.getCurrent().navigate("publication");
        var lede = _get(Paragraph.class, spec -> spec.withId("publication-lede"));
        assertThat(lede.getText()).startsWith("全市156所农村公办义务教育寄宿制学校实施营养改善计划").contains("11.8万人");
        assertThat(_get(Anchor.class, spec -> spec.withId("download-pdf")).getHref())
                .isNotBlank();
        assertThat(_get(Anchor.class, spec -> spec.withId("download-chart")).getHref())
                .isNotBlank();
        assertThat(_get(Anchor.class, spec -> spec.withId("download-card")).getHref())
                .isNotBlank();
        assertThat(_find(Image.class))
                .as("a ranked chart per charted district indicator")
                .hasSize(5);
    }

    /**
     * The demo's year says so on the page, as its PDF, its images and the dashboard do: 芗城区's leader read
     * 「回眸2020｜芗城区」 of a split that no one published without a word (a tester's tour); a year an office
     * entered says nothing of the kind.
     */
    @Test
    @Transactional
    void the_demos_year_in_review_says_its_district_figures_are_a_split_and_an_offices_year_does_not() {
        KaribuSpring.signInAndOpen(context, "leader-xiangcheng");
        UI.getCurrent().navigate("publication");
        assertThat(_get(Paragraph.class, spec -> spec.withId("publication-illustrative"))
                        .getText())
                .isEqualTo("说明：公开发布的是全市合计数；各区县数据为演示用的示意拆分，其合计与全市数一致。");
        db.execute("update period set illustrative = false where year = 2020");
        UI.getCurrent().navigate("");
        UI.getCurrent().navigate("publication");
        assertThat(_find(Paragraph.class, spec -> spec.withId("publication-illustrative")))
                .isEmpty();
        assertThat(_get(Paragraph.class, spec -> spec.withId("publication-lede"))
                        .getText())
                .startsWith("全区");
    }

    /** A year picked is in the address, so a reload or the back button opens it again (it reopened the latest). */
    @Test
    void the_year_picked_is_kept_in_the_address() {
        KaribuSpring.signInAndOpen(context, "comms");
        UI.getCurrent().navigate("publication", QueryParameters.of("division", "350602"));
        @SuppressWarnings("unchecked")
        Select<Integer> year = _get(Select.class, spec -> spec.withId("publication-year"));
        int latest = year.getValue();
        year.setValue(latest - 1);

        var address = UI.getCurrent().getInternals().getActiveViewLocation();
        assertThat(address.getPath()).isEqualTo("publication");
        assertThat(address.getQueryParameters().getParameters())
                .containsEntry("year", List.of(String.valueOf(latest - 1)))
                .containsEntry("division", List.of("350602"));
        UI.getCurrent().navigate("");
        UI.getCurrent().navigate(address.getPath(), address.getQueryParameters());
        @SuppressWarnings("unchecked")
        Select<Integer> reopened = _get(Select.class, spec -> spec.withId("publication-year"));
        assertThat(reopened.getValue()).isEqualTo(latest - 1);
        assertThat(_get(H1.class).getText()).contains(String.valueOf(latest - 1));
    }

    /** ?year=1800 and ?division=123 showed the latest year of the city without a word (a stranger's trial). */
    @Test
    void an_address_the_page_cannot_read_is_said() {
        KaribuSpring.signInAndOpen(context, "comms");
        UI.getCurrent().navigate("publication", QueryParameters.of("year", "1800"));
        assertThat(_get(Paragraph.class, spec -> spec.withId("publication-unread-address"))
                        .getText())
                .isEqualTo("地址中的 year=1800 无法识别，下面显示的是默认内容");
        UI.getCurrent().navigate("publication", QueryParameters.of("division", "123"));
        assertThat(_get(Paragraph.class, spec -> spec.withId("publication-unread-address"))
                        .getText())
                .isEqualTo("地址中的 division=123 无法识别，下面显示的是默认内容");
        UI.getCurrent().navigate("publication", QueryParameters.of("year", "2020"));
        assertThat(_find(Paragraph.class, spec -> spec.withId("publication-unread-address")))
                .isEmpty();
    }

    /** 2021 is in the calendar with nothing approved yet: its address was answered as a typo, 「无法识别」. */
    @Test
    void a_calendar_year_without_approved_figures_is_said_to_have_none_yet() {
        KaribuSpring.signInAndOpen(context, "comms");
        UI.getCurrent().navigate("publication", QueryParameters.of("year", "2021"));
        assertThat(_get(Paragraph.class, spec -> spec.withId("publication-unread-address"))
                        .getText())
                .isEqualTo("2021年尚无已审核的数据，下面显示的是最近有数据的年度");
    }

    @Test
    void every_dashboard_chart_can_be_picked_for_export_and_the_heat_map_needs_no_indicator() {
        KaribuSpring.signInAndOpen(context, "comms");
        UI.getCurrent().navigate("publication");
        @SuppressWarnings("unchecked")
        Select<ChartKind> kind = _get(Select.class, spec -> spec.withId("chart-kind"));
        assertThat(kind.getListDataView()
                        .getItems()
                        .map(k -> kind.getItemLabelGenerator().apply(k)))
                .containsExactly("区县排名", "逐月走势", "同比", "历年变化", "完成率热力图");
        var indicator = _get(Select.class, spec -> spec.withId("chart-export-indicator"));
        kind.setValue(ChartKind.HEAT_MAP);
        assertThat(indicator.isEnabled()).isFalse();
        kind.setValue(ChartKind.YEARS);
        assertThat(indicator.isEnabled()).isTrue();
    }

    /**
     * The note field takes what the image's footer holds and says so as one types: 120 characters were
     * allowed and the image cut them at about 65 with 「…」 (a tester's trial).
     */
    @Test
    void the_chart_note_field_takes_what_fits_in_the_image_and_counts_as_one_types() {
        KaribuSpring.signInAndOpen(context, "comms");
        UI.getCurrent().navigate("publication");
        var note = _get(TextField.class, spec -> spec.withId("chart-note"));
        assertThat(note.getMaxLength()).isEqualTo(PublicationImageService.NOTE_LENGTH);
        assertThat(note.getHelperText()).isEqualTo("图中自动在前面加“注：”，最多 60 字（已输入 0 字）");
        note.setValue("各区县数据为示意拆分");
        assertThat(note.getHelperText()).isEqualTo("图中自动在前面加“注：”，最多 60 字（已输入 10 字）");
    }

    /** The chart picker in English names the charts, not the slugs a file name would use. */
    @Test
    void an_english_session_picks_charts_by_their_english_names() {
        KaribuSpring.signInAndOpen(context, "comms");
        UI.getCurrent().setLocale(java.util.Locale.ENGLISH);
        UI.getCurrent().navigate("publication");
        @SuppressWarnings("unchecked")
        Select<ChartKind> kind = _get(Select.class, spec -> spec.withId("chart-kind"));
        assertThat(kind.getListDataView()
                        .getItems()
                        .map(k -> kind.getItemLabelGenerator().apply(k)))
                .containsExactly(
                        "Districts ranked", "Monthly trend", "Year on year", "Year by year", "Completion heat map");
        // the publication itself stays Chinese, and the English page says so (a stranger's trial)
        assertThat(_get(Paragraph.class, spec -> spec.withId("publication-chinese-only"))
                        .getText())
                .startsWith("The year-in-review, its PDF");
    }

    /** A Chinese page needs no note that the publication is Chinese. */
    @Test
    void a_chinese_session_is_not_told_the_publication_is_chinese() {
        KaribuSpring.signInAndOpen(context, "comms");
        UI.getCurrent().navigate("publication");
        assertThat(_find(Paragraph.class, spec -> spec.withId("publication-chinese-only")))
                .isEmpty();
    }

    @Test
    void the_phrase_editor_previews_as_you_type_and_names_an_unknown_placeholder() {
        KaribuSpring.signInAndOpen(context, "comms");
        UI.getCurrent().navigate("publication/phrases");
        @SuppressWarnings("unchecked")
        Grid<PhraseEntry> grid = _get(Grid.class, spec -> spec.withId("phrases"));
        var roads = grid.getListDataView()
                .getItems()
                .filter(e -> e.code().equals("road_widening"))
                .findFirst()
                .orElseThrow();
        grid.select(roads);
        var template = _get(TextArea.class, spec -> spec.withId("phrase-template"));
        var preview = _get(Paragraph.class, spec -> spec.withId("phrase-preview"));
        assertThat(preview.getElement().getTextRecursively()).isEqualTo("完成农村公路单改双117公里");

        template.setValue("农村公路单改双完成{value}，{完成率}");
        assertThat(template.isInvalid()).isTrue();
        assertThat(template.getErrorMessage()).contains("{完成率}").contains("{value}", "{verb}", "{target}");
        assertThat(_get(Button.class, spec -> spec.withId("phrase-save")).isEnabled())
                .isFalse();
        var unknown = _get(preview, Span.class);
        assertThat(unknown.getClassNames()).containsExactly("phrase-unknown");
        assertThat(unknown.getText()).isEqualTo("【未知占位符 {完成率}】");
        assertThat(preview.getElement().getTextRecursively()).doesNotContain("暂无数据");

        template.setValue("农村公路单改双完成{value}");
        assertThat(template.isInvalid()).isFalse();
        assertThat(_find(preview, Span.class)).isEmpty();
        assertThat(preview.getElement().getTextRecursively()).isEqualTo("农村公路单改双完成117公里");
    }

    /** The city's reviewer publishes the city's own year from its year-in-review, after saying what that means. */
    @Test
    @Transactional
    void the_reviewer_publishes_the_citys_year_after_a_confirmation_and_the_page_says_when() {
        // the demo publishes 2020 period by period: with its December still closed the year is not public
        Catalogue.unpublishMonth(db, 2020, 12);
        KaribuSpring.signInAndOpen(context, "reviewer");
        // the page opens on the latest published year (2019 here, DefaultYearViewTest): the reviewer picks the
        // year to publish
        UI.getCurrent().navigate("publication", QueryParameters.of("year", "2020"));
        var status = _get(Paragraph.class, spec -> spec.withId("unit-publication-status"));
        assertThat(status.getText()).isEqualTo("漳州市2020年度数据尚未发布");
        assertThat(asOfLines())
                .as("the preview's line under the title names no edition before the year is out")
                .anySatisfy(t -> assertThat(t).contains("（年度未发布）"))
                .noneSatisfy(t -> assertThat(t).contains("版"));

        _get(Button.class, spec -> spec.withId("publish-unit")).click();
        var dialog = _get(ConfirmDialog.class);
        assertThat(dialog.getElement().getProperty("header")).isEqualTo("发布漳州市2020年度数据");
        assertThat(_find(Paragraph.class, spec -> spec.withId("publish-gaps")))
                .as("a lede with every figure")
                .isEmpty();
        ConfirmDialogKt._fireConfirm(dialog);

        assertThat(_get(Paragraph.class, spec -> spec.withId("unit-publication-status"))
                        .getText())
                .startsWith("漳州市2020年度数据已于 ")
                .endsWith("发布（现为第1版）");
        assertThat(_find(Button.class, spec -> spec.withId("publish-unit"))).isEmpty();
        assertThat(asOfLines()).anySatisfy(t -> assertThat(t).contains("（第1版）"));
    }

    /**
     * The trial's finding: a city's year went out with 【…：暂无数据】 markers in its lede, the confirmation
     * having said nothing of them. The preview shows the lede as it will be printed, the clause left out,
     * and the confirmation says how many figures the lede lacks and names them.
     */
    @Test
    @Transactional
    void the_publish_confirmation_names_the_figures_the_lede_lacks() {
        Catalogue.unpublishMonth(db, 2020, 12);
        Catalogue.neverReported(db, "passing_bays");
        KaribuSpring.signInAndOpen(context, "reviewer");
        UI.getCurrent().navigate("publication", QueryParameters.of("year", "2020"));
        assertThat(_get(Paragraph.class, spec -> spec.withId("publication-lede"))
                        .getText())
                .doesNotContain("【", "暂无数据", "错车道");
        _get(Button.class, spec -> spec.withId("publish-unit")).click();
        _get(ConfirmDialog.class);
        assertThat(_get(Paragraph.class, spec -> spec.withId("publish-gaps")).getText())
                .isEqualTo("年度回眸导语缺少1项数据，发布后导语将略去相应分句：增设错车道。如需补齐，请先取消，待数据审核后再发布。");
    }

    /** The dashboard's "data as of" lines name an edition only once the year is out (as the wall does). */
    @Test
    @Transactional
    void the_dashboard_names_no_edition_for_a_year_not_published() {
        KaribuSpring.signInAndOpen(context, "leader");
        UI.getCurrent().navigate("", QueryParameters.of("year", "2020"));
        assertThat(asOfLines()).isNotEmpty().allSatisfy(t -> assertThat(t).contains("（第1版）"));

        Catalogue.unpublishMonth(db, 2020, 12);
        UI.getCurrent().navigate("", QueryParameters.of("year", "2020"));
        assertThat(asOfLines())
                .isNotEmpty()
                .allSatisfy(t -> assertThat(t).contains("（年度未发布）").doesNotContain("版"));
    }

    private static java.util.List<String> asOfLines() {
        return _find(Paragraph.class).stream()
                .map(Paragraph::getText)
                .filter(t -> t.startsWith("数据截至"))
                .toList();
    }

    @Test
    void communications_staff_see_that_the_year_is_public_and_are_not_offered_to_publish_it() {
        KaribuSpring.signInAndOpen(context, "comms");
        UI.getCurrent().navigate("publication", QueryParameters.of("division", "350602"));
        assertThat(_get(Paragraph.class, spec -> spec.withId("unit-publication-status"))
                        .getText())
                .as("published period by period on the review page: public, as the public page says")
                .isEqualTo("芗城区2020年度各期数据均已在审核页发布，成果已公开（现为第1版）");
        assertThat(_get(Paragraph.class, spec -> spec.withId("publication-lede"))
                        .getText())
                .doesNotStartWith("全市");
        assertThat(_find(Button.class, spec -> spec.withId("publish-unit"))).isEmpty();
    }

    /** ?year= opens that year's review, as the dashboard's address does; it showed the latest year (a tester's trial). */
    @Test
    void the_address_year_opens_that_years_review() {
        KaribuSpring.signInAndOpen(context, "comms");
        UI.getCurrent().navigate("publication", QueryParameters.of("year", "2099"));
        assertThat(_get(H1.class).getText())
                .as("a year with no figures: the latest")
                .contains("2020");
        UI.getCurrent().navigate("publication", QueryParameters.of("year", "2019"));
        assertThat(_get(H1.class).getText()).contains("2019");
    }

    /** The wall display's line under its title names an edition only for a published year. */
    @Test
    void the_wall_display_shows_a_published_years_edition() {
        KaribuSpring.signInAndOpen(context, "display");
        UI.getCurrent().navigate("screen", QueryParameters.of("year", "2020"));
        assertThat(screenMeta()).contains("第1版").doesNotContain("未发布");
    }

    /** A signed-in wall shows a year before it is published too: there is no edition yet to name. */
    @Test
    @Transactional
    void the_wall_display_claims_no_edition_for_a_year_not_published() {
        // the demo publishes 2020 period by period: with its December still closed the year is not public
        Catalogue.unpublishMonth(db, 2020, 12);
        KaribuSpring.signInAndOpen(context, "display");
        UI.getCurrent().navigate("screen", QueryParameters.of("year", "2020"));
        assertThat(screenMeta())
                .as("no 第n版 for a year not published")
                .doesNotContain("版")
                .contains("未发布");
    }

    private static String screenMeta() {
        return _get(Paragraph.class, spec -> spec.withId("screen-meta")).getText();
    }
}
