package org.minsheng.base.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.minsheng.IntegrationTest;
import org.minsheng.support.KaribuSpring;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/** A page that does not exist, or that the user may not open, names itself in the browser's tab. */
@IntegrationTest
class ErrorPagesTest {

    @Autowired
    ApplicationContext context;

    @AfterEach
    void tearDown() {
        KaribuSpring.tearDown();
    }

    @Test
    void a_refused_page_and_a_missing_one_have_the_title_their_heading_gives() {
        KaribuSpring.signInAndOpen(context, "stat-xiangcheng");
        for (var route : new String[] {"admin/users", "no-such-page"}) {
            UI.getCurrent().navigate(route);
            _get(NotFoundOrDeniedView.class);
            assertThat(UI.getCurrent().getInternals().getTitle()).as(route).isEqualTo("页面不存在或无权访问");
        }
    }
}
