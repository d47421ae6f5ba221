package org.minsheng.publication.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.minsheng.IntegrationTest;
import org.minsheng.support.KaribuSpring;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

@IntegrationTest
class PublicationViewTest {

    @Autowired
    ApplicationContext context;

    @AfterEach
    void tearDown() {
        KaribuSpring.tearDown();
    }

    @Test
    void communications_staff_see_the_lede_and_get_a_pdf_link() {
        KaribuSpring.signInAndOpen(context, "comms");
        UI.getCurrent().navigate("publication");
        var lede = _get(Paragraph.class, spec -> spec.withId("publication-lede"));
        assertThat(lede.getText()).startsWith("全市156所农村公办义务教育寄宿制学校实施营养改善计划").contains("11.8万人");
        assertThat(_get(Anchor.class, spec -> spec.withId("download-pdf")).getHref()).isNotBlank();
    }
}
