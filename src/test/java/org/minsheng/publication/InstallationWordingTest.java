package org.minsheng.publication;

import static org.assertj.core.api.Assertions.assertThat;
import static org.minsheng.support.SignedIn.as;

import org.junit.jupiter.api.Test;
import org.minsheng.IntegrationTest;
import org.minsheng.base.Download;
import org.minsheng.base.Installation;
import org.minsheng.base.chart.ImageFormat;
import org.minsheng.base.chart.ImageSize;
import org.minsheng.dashboard.ChartKind;
import org.minsheng.dashboard.ChartRequest;
import org.minsheng.dashboard.DashboardFilter;
import org.minsheng.support.SvgTexts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;

/**
 * The words that name who publishes and for what area come from the installation's root unit, not
 * from the text: the same demo database run by the province (福建省 350000 as the root) says
 * 福建省纪委监委 and 全省 where the city's says 漳州市纪委监委 and 全市.
 */
@IntegrationTest
@TestPropertySource(properties = {"minsheng.test.database=province-root", "minsheng.city-code=350000"})
@DirtiesContext
class InstallationWordingTest {

    @Autowired
    Installation installation;

    @Autowired
    PhraseService phrases;

    @Autowired
    PublicationImageService images;

    @Test
    void a_province_installation_names_the_province_as_issuer_and_speaks_of_the_whole_province() throws Exception {
        assertThat(installation.unitName()).isEqualTo("福建省");

        var meal = as("admin", () -> phrases.phrases()).stream()
                .filter(e -> e.code().equals("meal_schools"))
                .findFirst()
                .orElseThrow();
        assertThat(meal.template()).startsWith("{scope}");
        var preview = as("comms", () -> phrases.preview(meal.indicatorId(), meal.template(), 2020));
        assertThat(preview.sentence()).startsWith("全省");

        Download chart = as(
                "comms",
                () -> images.chart(new ChartRequest(
                        DashboardFilter.year(2020),
                        "meal_schools",
                        ChartKind.TREND,
                        ImageSize.WEB,
                        ImageFormat.SVG,
                        null)));
        assertThat(SvgTexts.of(chart.bytes())).contains("来源：福建省纪委监委").doesNotContain("来源：漳州市纪委监委");
    }
}
