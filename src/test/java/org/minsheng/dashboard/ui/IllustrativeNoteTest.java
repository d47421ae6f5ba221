package org.minsheng.dashboard.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.QueryParameters;
import java.util.Map;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.minsheng.IntegrationTest;
import org.minsheng.publication.PublicationService;
import org.minsheng.support.KaribuSpring;
import org.minsheng.support.PdfText;
import org.minsheng.support.SignedIn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.transaction.annotation.Transactional;

/**
 * "各区县数据为演示用的示意拆分" is true of the demo's own years only. On a year an office entered, the
 * dashboard and the year-in-review must not call its figures illustrative.
 */
@IntegrationTest
@Transactional
class IllustrativeNoteTest {

    private static final String NOTE = "各区县数据为演示用的示意拆分";

    @Autowired
    ApplicationContext context;

    @Autowired
    DSLContext db;

    @Autowired
    PublicationService publications;

    @AfterEach
    void tearDown() {
        KaribuSpring.tearDown();
    }

    @Test
    void the_demos_own_year_carries_the_note_on_the_dashboard_and_in_the_pdf() throws Exception {
        assertThat(noteOnDashboard(2020)).isTrue();
        assertThat(pdfText(2020)).contains(NOTE);
    }

    @Test
    void a_year_entered_through_the_workflow_carries_no_note_anywhere() throws Exception {
        // the same figures, as if an office had entered them: no period of the year is the demo's split
        db.execute("update period set illustrative = false where year = 2020");
        assertThat(noteOnDashboard(2020)).isFalse();
        assertThat(pdfText(2020)).doesNotContain(NOTE).contains("芗城区");
    }

    /**
     * A district's figures are part of the city's split: its year-in-review said 「公开发布的是全区合计数」,
     * a total nobody published (a tester's trial).
     */
    @Test
    void a_districts_year_in_review_names_the_citys_published_totals_not_its_own() throws Exception {
        assertThat(pdfText(2020, "350602")).contains("公开发布的是全市合计数").doesNotContain("全区合计数");
    }

    private boolean noteOnDashboard(int year) {
        KaribuSpring.signInAndOpen(context, "leader");
        UI.getCurrent().navigate(DashboardView.class, QueryParameters.simple(Map.of("year", String.valueOf(year))));
        // Karibu may or may not list hidden components; either way a hidden note is no note
        return _find(Paragraph.class, spec -> spec.withId("illustrative-note")).stream()
                .anyMatch(p -> p.isVisible());
    }

    private String pdfText(int year) throws Exception {
        return pdfText(year, null);
    }

    /** @param division null for the root */
    private String pdfText(int year, String division) throws Exception {
        return PdfText.withoutSpaces(SignedIn.as("comms", () -> publications.yearInReviewPdf(year, division))
                .bytes());
    }
}
