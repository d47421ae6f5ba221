package org.minsheng.figure.ui;

import static com.github.mvysny.kaributesting.v10.HasValueUtilsKt._fireValueChange;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.minsheng.IntegrationTest;
import org.minsheng.period.Period;
import org.minsheng.support.KaribuSpring;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;
import org.springframework.transaction.annotation.Transactional;

/**
 * 漳州市 has released its 2021 (V133) while the province's January is open: 漳浦县's sheet says its year is
 * locked, shows the reason field, and a value typed before its reason stays in the field with the reason
 * field marked, as on a published period (the trial's value-first correction); nothing is written.
 */
@IntegrationTest
@TestPropertySource(
        properties = {
            "minsheng.test.database=unit-lock-view",
            "minsheng.city-code=350000",
            "minsheng.demo-province=true"
        })
@DirtiesContext
@Transactional
class UnitLockEntryViewTest {

    private static final String WRITTEN = """
            select count(*) from figure f join division d on d.id = f.division_id
            join period p on p.id = f.period_id
            where d.code = '350623' and p.year = 2021 and p.month = 1""";

    @Autowired
    ApplicationContext context;

    @Autowired
    DSLContext db;

    @BeforeEach
    void zhangzhouPublished2021() {
        db.execute("""
                insert into unit_publication (division_id, year, published_at, published_by)
                select d.id, 2021, now(), u.id from division d, app_user u
                where d.code = '350600' and u.username = 'reviewer-zhangzhou'""");
        KaribuSpring.signInAndOpen(context, "stat-zhangpu");
        UI.getCurrent().navigate("entry");
        @SuppressWarnings("unchecked")
        Select<Period> period = _get(Select.class, spec -> spec.withId("entry-period"));
        period.setValue(period.getListDataView()
                .getItems()
                .filter(p -> p.year() == 2021 && Integer.valueOf(1).equals(p.month()))
                .findFirst()
                .orElseThrow());
    }

    @AfterEach
    void tearDown() {
        KaribuSpring.tearDown();
    }

    @Test
    void a_value_typed_first_on_a_published_units_year_waits_for_its_reason() {
        assertThat(_get(Paragraph.class, spec -> spec.withClasses("entry-correction-note"))
                        .getText())
                .startsWith("标有“修订原因”的单位本年度数据已发布并锁定");
        long written = count();
        var editor = _find(CellEditor.class).stream()
                .filter(e -> e.getElement().toString().contains("data-indicator=\"meal_schools\""))
                .findFirst()
                .orElseThrow();
        var reason = _get(editor, TextField.class, spec -> spec.withClasses("cell-correction"));
        assertThat(reason.isVisible()).isTrue();

        // typed in the browser: the field holds the text, then its change reaches the server as the user's
        var value = _get(editor, TextField.class, spec -> spec.withClasses("cell-value"));
        value.setValue("41");
        _fireValueChange(value, true);

        assertThat(reason.isInvalid()).as("the reason field is what to fill").isTrue();
        assertThat(_get(editor, TextField.class, spec -> spec.withClasses("cell-value"))
                        .getValue())
                .isEqualTo("41");
        assertThat(count()).as("nothing written without a reason").isEqualTo(written);
    }

    private long count() {
        return ((Number) db.fetchValue(WRITTEN)).longValue();
    }
}
