package org.minsheng.period;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.select.Select;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.minsheng.IntegrationTest;
import org.minsheng.support.KaribuSpring;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.transaction.annotation.Transactional;

/**
 * With February 2021 and the year's 年报 generated beside January, the entry form opened on January (due
 * first) while the import and the tracker opened on the newest period (a stranger's trial): the three
 * pages now open on the same period.
 */
@IntegrationTest
@Transactional
class FirstDuePeriodTest {

    @Autowired
    ApplicationContext context;

    @Autowired
    DSLContext db;

    @BeforeEach
    void moreOf2021() {
        db.execute("""
                insert into period (kind, year, month, due_on, status)
                values ('month', 2021, 2, date '2021-03-10', 'open'), ('year', 2021, null, date '2022-01-20', 'open')""");
    }

    @AfterEach
    void tearDown() {
        KaribuSpring.tearDown();
    }

    @Test
    void entry_import_and_tracker_open_on_the_period_due_first() {
        KaribuSpring.signInAndOpen(context, "stat-xiangcheng");
        assertThat(shown("entry", "entry-period")).isEqualTo("2021-1");
        assertThat(shown("import", "import-period")).isEqualTo("2021-1");
        KaribuSpring.tearDown();
        KaribuSpring.signInAndOpen(context, "reviewer");
        assertThat(shown("tracker", "tracker-period")).isEqualTo("2021-1");
    }

    private static String shown(String route, String selectId) {
        UI.getCurrent().navigate(route);
        @SuppressWarnings("unchecked")
        Select<Period> period = _get(Select.class, spec -> spec.withId(selectId));
        return period.getValue().year() + "-" + period.getValue().month();
    }
}
