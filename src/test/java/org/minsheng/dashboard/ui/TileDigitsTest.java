package org.minsheng.dashboard.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.QueryParameters;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.minsheng.IntegrationTest;
import org.minsheng.support.KaribuSpring;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * A district's tile writes its figure with the digits the city's table writes for it: a tester comparing
 * pages read 芗城区's family doctors as 「4200人」 on its tile and 「4,200」 in the table, the same number
 * printed two ways.
 */
@IntegrationTest
class TileDigitsTest {

    @Autowired
    ApplicationContext context;

    @AfterEach
    void tearDown() {
        KaribuSpring.tearDown();
    }

    @Test
    void a_districts_tile_groups_its_digits_as_the_citys_table_does() {
        KaribuSpring.signInAndOpen(context, "leader");
        var table = tableCell("芗城区", "family_doctor");
        assertThat(table).isEqualTo("4,200");
        assertThat(tileOf("350602", "family_doctor")).isEqualTo(table + "人");
    }

    @Test
    void an_english_districts_tile_groups_its_digits_as_the_english_table_does() {
        KaribuSpring.signInAndOpen(context, "leader");
        UI.getCurrent().setLocale(Locale.ENGLISH);
        var table = tableCell("芗城区", "family_doctor");
        assertThat(tileOf("350602", "family_doctor")).startsWith(table).endsWith("people");
        assertThat(StaticHtml.html(
                                _get(HeadlineTile.class, spec -> spec.withAttribute("data-indicator", "family_doctor")))
                        .selectFirst(".tile-value span")
                        .text())
                .as("the number, apart from its unit")
                .isEqualTo(table);
    }

    /** The city's 2020 district table: the text of a unit's cell under an indicator's column. */
    private static String tableCell(String unit, String indicator) {
        UI.getCurrent().navigate(DashboardView.class, QueryParameters.simple(Map.of("year", "2020")));
        var html = StaticHtml.html(_get(DistrictTable.class));
        var heads = html.select("thead tr:last-child th");
        int column = heads.indexOf(heads.stream()
                        .filter(th -> th.selectFirst("[data-indicator=" + indicator + "]") != null)
                        .findFirst()
                        .orElseThrow())
                - 1;
        var row = html.select("tbody tr").stream()
                .filter(tr -> tr.selectFirst("th").ownText().equals(unit))
                .findFirst()
                .orElseThrow();
        return row.select("td").get(column).text();
    }

    private static String tileOf(String division, String indicator) {
        UI.getCurrent()
                .navigate(DashboardView.class, QueryParameters.simple(Map.of("year", "2020", "division", division)));
        return StaticHtml.tileValue(indicator);
    }
}
