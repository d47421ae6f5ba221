package org.minsheng.dashboard.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.QueryParameters;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.minsheng.IntegrationTest;
import org.minsheng.support.KaribuSpring;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.transaction.annotation.Transactional;

/**
 * The public side publishes years, not months: a chart's embed code on a month's (quarter's, year to
 * date's) dashboard is the published year's chart, and the dialog says so rather than let the user take
 * it for the month on screen.
 */
@IntegrationTest
@Transactional // offering a code keeps the edition's chart for the pinned code
class DashboardEmbedDialogTest {

    @Autowired
    ApplicationContext context;

    @AfterEach
    void tearDown() {
        KaribuSpring.tearDown();
    }

    @Test
    void a_months_embed_code_says_it_shows_the_published_year_not_the_month() {
        KaribuSpring.signInAndOpen(context, "comms");
        UI.getCurrent().navigate("", QueryParameters.simple(Map.of("year", "2020", "period", "month", "part", "6")));

        _click(_get(Button.class, spec -> spec.withId("ranking-embed")));

        assertThat(_get(TextArea.class, spec -> spec.withId("embed-live")).getValue())
                .as("the year's chart: the public side has no month's")
                .contains("/public/embed/2020/350600/");
        assertThat(_get(Paragraph.class, spec -> spec.withId("embed-note")).getText())
                .contains("2020年全年")
                .contains("2020年6月");
    }

    @Test
    void the_years_embed_code_needs_no_such_note() {
        KaribuSpring.signInAndOpen(context, "comms");
        UI.getCurrent().navigate("", QueryParameters.simple(Map.of("year", "2020")));

        _click(_get(Button.class, spec -> spec.withId("ranking-embed")));

        assertThat(_find(TextArea.class, spec -> spec.withId("embed-live"))).hasSize(1);
        assertThat(_find(Paragraph.class, spec -> spec.withId("embed-note"))).isEmpty();
    }
}
