package org.minsheng.publication;

import static org.assertj.core.api.Assertions.assertThat;
import static org.minsheng.support.SignedIn.as;
import static org.mockito.Mockito.atLeast;
import static org.mockito.Mockito.clearInvocations;
import static org.mockito.Mockito.verify;

import java.math.BigDecimal;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.minsheng.IntegrationTest;
import org.minsheng.base.i18n.Translations;
import org.minsheng.dashboard.ChartKind;
import org.minsheng.figure.CellKey;
import org.minsheng.figure.FigureInput;
import org.minsheng.figure.ReviewService;
import org.minsheng.support.Catalogue;
import org.mockito.ArgumentCaptor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;

/**
 * Before a correction is written, the approval's transaction keeps every chart of the editions it
 * supersedes (SupersededEditionEmbedTest); it drew again and wrote again the charts already kept for that
 * edition, those its public page offered, though a kept chart of an edition never changes. It draws only
 * those not kept yet.
 */
@IntegrationTest
@TestPropertySource(properties = "minsheng.test.database=kept-charts-not-redrawn")
class KeptChartsNotRedrawnTest {

    @MockitoSpyBean
    EmbedRepository embeds;

    @Autowired
    PublicDisclosureService disclosure;

    @Autowired
    ReviewService reviews;

    @Autowired
    DSLContext db;

    @Test
    void a_correction_draws_only_the_charts_its_superseded_edition_has_not_kept() {
        // the city's public page offered its rankings at this edition, and kept them
        var page = disclosure.yearForPage(2020, "350600", Translations.CHINESE).orElseThrow();
        int edition = page.review().revision();
        assertThat(page.charts()).isNotEmpty();
        clearInvocations(embeds);

        var december = Catalogue.figure(db, "meal_schools", "350602", 2020, 12);
        as(
                "reviewer",
                () -> reviews.revise(new FigureInput(
                        new CellKey(december.getIndicatorId(), december.getDivisionId(), december.getPeriodId()),
                        december.getValue().add(BigDecimal.ONE).toPlainString(),
                        false,
                        null,
                        december.getVersion(),
                        "十二月学校数漏报一所")));

        var kept = ArgumentCaptor.forClass(EmbeddedChart.class);
        verify(embeds, atLeast(1)).keep(kept.capture());
        var city = kept.getAllValues().stream()
                .filter(chart -> chart.unitCode().equals("350600"))
                .toList();
        assertThat(city)
                .extracting(EmbeddedChart::kind)
                .as("the city's rankings of the edition were kept when its page offered them")
                .doesNotContain(ChartKind.RANKING)
                .as("its other charts, which nobody offered, are kept now")
                .contains(ChartKind.TREND, ChartKind.YEAR_ON_YEAR, ChartKind.YEARS);
        assertThat(city).extracting(EmbeddedChart::edition).containsOnly(edition);
        assertThat(db.fetchCount(db.selectFrom("embed_snapshot")
                        .where("unit_code = '350600' and kind = 'ranking' and edition = ?", edition)))
                .as("the rankings stay kept for the superseded edition")
                .isEqualTo(page.charts().size());
    }
}
