package org.minsheng.publication.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.QueryParameters;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.minsheng.IntegrationTest;
import org.minsheng.support.Catalogue;
import org.minsheng.support.KaribuSpring;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.transaction.annotation.Transactional;

/**
 * The wall display's line under the title: the edition of a published year, and for a year not
 * published (the display runs signed in, so it shows one) no edition at all, as there is none yet.
 */
@IntegrationTest
class BigScreenViewTest {

    @Autowired
    ApplicationContext context;

    @Autowired
    DSLContext db;

    @AfterEach
    void tearDown() {
        KaribuSpring.tearDown();
    }

    @Test
    void a_published_year_shows_its_edition() {
        KaribuSpring.signInAndOpen(context, "display");
        UI.getCurrent().navigate("screen", QueryParameters.of("year", "2020"));
        assertThat(meta()).contains("第1版").doesNotContain("未发布");
    }

    @Test
    @Transactional
    void a_year_not_published_claims_no_edition() {
        // the demo publishes 2020 period by period: with its December still closed the year is not public
        Catalogue.unpublishMonth(db, 2020, 12);
        KaribuSpring.signInAndOpen(context, "display");
        UI.getCurrent().navigate("screen", QueryParameters.of("year", "2020"));
        assertThat(meta())
                .as("no 第n版 for a year not published")
                .doesNotContain("版")
                .contains("未发布");
    }

    private static String meta() {
        return _get(Paragraph.class, spec -> spec.withId("screen-meta")).getText();
    }
}
