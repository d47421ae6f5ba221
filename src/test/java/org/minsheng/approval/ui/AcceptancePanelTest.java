package org.minsheng.approval.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.minsheng.IntegrationTest;
import org.minsheng.approval.UnitYear;
import org.minsheng.support.KaribuSpring;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;
import org.springframework.transaction.annotation.Transactional;

/**
 * On the province demo's review page the province's reviewer gets the cities of the latest year to
 * accept or return, and no period queue; 厦门市's reviewer sees the return with its reason and offers the
 * year again.
 */
@IntegrationTest
@TestPropertySource(
        properties = {"minsheng.test.database=province-demo", "minsheng.city-code=350000", "minsheng.demo-province=true"
        })
@DirtiesContext
@Transactional
class AcceptancePanelTest {

    @Autowired
    ApplicationContext context;

    @AfterEach
    void tearDown() {
        KaribuSpring.tearDown();
    }

    @Test
    void the_province_returns_a_city_with_a_reason_and_the_city_offers_its_year_again() {
        KaribuSpring.signInAndOpen(context, "reviewer");
        UI.getCurrent().navigate("review");
        var cities = grid();
        assertThat(GridKt._size(cities)).isEqualTo(9);
        int xiamen = row(cities, "350200");
        assertThat(GridKt._getFormatted(cities, xiamen, "status")).isEqualTo("待接收");
        var actions = GridKt._getCellComponent(cities, xiamen, "actions");
        actions.getChildren()
                .map(Button.class::cast)
                .filter(b -> b.getId().orElseThrow().equals("return-350200"))
                .findFirst()
                .orElseThrow()
                .click();
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
                .isEqualTo("厦门市2021年数据：等待上级接收");
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
