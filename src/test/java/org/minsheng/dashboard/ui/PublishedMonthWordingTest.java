package org.minsheng.dashboard.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.QueryParameters;
import java.util.Locale;
import java.util.Map;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.minsheng.IntegrationTest;
import org.minsheng.support.Catalogue;
import org.minsheng.support.KaribuSpring;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.transaction.annotation.Transactional;

/**
 * A month the reviewer has published, in a year not yet out: the dashboard said 「数据截至 …（未发布）·
 * 2021年1月」 right after the reviewer had published that January, which read as the publication not
 * having happened (a stranger's trial). What is not out is the year, whose edition the page names once
 * it is, so the page says so.
 */
@IntegrationTest
@Transactional
class PublishedMonthWordingTest {

    @Autowired
    ApplicationContext context;

    @Autowired
    DSLContext db;

    @BeforeEach
    void januaryOf2021ApprovedAndPublished() {
        Catalogue.xiangchengFirstOf2021(db);
        db.execute("""
                update period set status = 'published', published_at = now()
                where kind = 'month' and year = 2021 and month = 1""");
    }

    @AfterEach
    void tearDown() {
        KaribuSpring.tearDown();
    }

    @Test
    void a_published_month_of_a_year_not_yet_out_says_the_year_is_not_published() {
        KaribuSpring.signInAndOpen(context, "leader");
        UI.getCurrent().navigate("", QueryParameters.simple(Map.of("year", "2021", "period", "month", "part", "1")));
        assertThat(meta()).contains("（年度未发布）").contains("2021年1月").doesNotContain("版");

        UI.getCurrent().setLocale(Locale.ENGLISH);
        UI.getCurrent().navigate("", QueryParameters.simple(Map.of("year", "2021", "period", "month", "part", "2")));
        UI.getCurrent().navigate("", QueryParameters.simple(Map.of("year", "2021", "period", "month", "part", "1")));
        assertThat(meta()).contains("(year not yet published)").doesNotContain("revision");
    }

    private static String meta() {
        return _get(Paragraph.class, spec -> spec.withId("dashboard-meta")).getText();
    }
}
