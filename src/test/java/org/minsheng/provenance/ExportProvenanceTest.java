package org.minsheng.provenance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.minsheng.support.SignedIn.as;

import java.util.List;
import java.util.Locale;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.minsheng.IntegrationTest;
import org.minsheng.base.Download;
import org.minsheng.base.chart.ImageFormat;
import org.minsheng.base.chart.ImageSize;
import org.minsheng.dashboard.ChartKind;
import org.minsheng.dashboard.ChartRequest;
import org.minsheng.dashboard.DashboardFilter;
import org.minsheng.export.TableExportService;
import org.minsheng.figure.CellKey;
import org.minsheng.figure.FigureInput;
import org.minsheng.figure.ReviewService;
import org.minsheng.publication.PublicationImageService;
import org.minsheng.publication.PublicationService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.annotation.Transactional;

/** Each export is recorded with its data edition, and marked once a figure it used is corrected. */
@IntegrationTest
@Transactional
class ExportProvenanceTest {

    @Autowired
    PublicationImageService images;

    @Autowired
    PublicationService publications;

    @Autowired
    TableExportService tables;

    @Autowired
    ReviewService review;

    @Autowired
    ProvenanceService provenance;

    @Autowired
    DSLContext db;

    @Test
    void exports_record_who_took_which_file_of_which_revision() {
        var chart = chart("meal_schools");
        var pdf = as("comms", () -> publications.yearInReviewPdf(2020));
        var table = as(
                "leader",
                () -> tables.districtTable(
                        DashboardFilter.year(2020), Download.Format.XLSX, Locale.SIMPLIFIED_CHINESE));
        assertThat(pdf.bytes()).isNotEmpty();

        var records = as("comms", () -> provenance.recent());
        var byFile = records.stream().limit(3).toList();
        assertThat(byFile)
                .extracting(ExportRecord::fileName)
                .containsExactly(table.fileName(), "回眸2020-民生领域集中整治成果-第1版.pdf", chart.fileName());
        assertThat(byFile)
                .extracting(ExportRecord::kind)
                .containsExactly(ExportKind.TABLE_XLSX, ExportKind.REVIEW_PDF, ExportKind.CHART_PNG);
        assertThat(byFile).extracting(ExportRecord::exportedBy).containsExactly("市纪委监委领导", "宣传部门", "宣传部门");
        assertThat(byFile)
                .allMatch(r -> r.year() == 2020 && r.revision() == 1 && r.dataAsOf() != null && !r.superseded());
        assertThat(byFile.get(2).indicator(Locale.SIMPLIFIED_CHINESE)).isEqualTo("营养改善计划学校");
        // an English reader's list named the chart's indicator in Chinese (a tester's tour)
        assertThat(byFile.get(2).indicator(Locale.ENGLISH)).isEqualTo("Schools in meal programme");
    }

    @Test
    void a_correction_of_a_published_figure_marks_the_exports_that_used_it_as_superseded() {
        var mealChart = chart("meal_schools");
        var baysChart = chart("passing_bays");
        as("comms", () -> publications.yearInReviewPdf(2020));
        as("comms", () -> images.headlineCard(2020));

        var key = new CellKey(
                id("select id from indicator where code = 'meal_schools'"),
                id("select id from division where code = '350602'"),
                id("select id from period where year = 2020 and month = 12"));
        int version = id("select version from figure where indicator_id = " + key.indicatorId() + " and division_id = "
                + key.divisionId() + " and period_id = " + key.periodId());
        as("reviewer", () -> review.revise(new FigureInput(key, "5", false, null, version, "补报一所学校")));

        var records =
                as("reviewer", () -> provenance.recent()).stream().limit(4).toList();
        assertThat(records)
                .extracting(ExportRecord::kind)
                .containsExactly(
                        ExportKind.CARD_PNG, ExportKind.REVIEW_PDF, ExportKind.CHART_PNG, ExportKind.CHART_PNG);
        assertThat(records.get(0).superseded()).as("card").isTrue();
        assertThat(records.get(1).superseded()).as("year-in-review").isTrue();
        assertThat(records.get(2).superseded()).as(baysChart.fileName()).isFalse();
        assertThat(records.get(3).superseded()).as(mealChart.fileName()).isTrue();

        // an export taken after the correction shows the new edition and is current
        var again = chart("meal_schools");
        var latest = as("comms", () -> provenance.recent()).getFirst();
        assertThat(latest.fileName()).isEqualTo(again.fileName());
        assertThat(again.fileName())
                .as("a re-export never takes the superseded file's name")
                .isNotEqualTo(mealChart.fileName())
                .endsWith("-第2版.png");
        assertThat(latest.revision()).isEqualTo(2);
        assertThat(latest.superseded()).isFalse();
    }

    @Test
    void statisticians_and_leaders_cannot_read_the_export_log() {
        for (var user : List.of("stat-xiangcheng", "leader")) {
            assertThatThrownBy(() -> as(user, () -> provenance.recent()))
                    .as(user)
                    .isInstanceOf(AccessDeniedException.class);
        }
    }

    private Download chart(String indicator) {
        return as(
                "comms",
                () -> images.chart(new ChartRequest(
                        DashboardFilter.year(2020),
                        indicator,
                        ChartKind.RANKING,
                        ImageSize.WEB,
                        ImageFormat.PNG,
                        null)));
    }

    private int id(String sql) {
        return db.fetchSingle(sql).get(0, Integer.class);
    }
}
