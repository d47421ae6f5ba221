package org.minsheng.figure.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.minsheng.IntegrationTest;
import org.minsheng.support.KaribuSpring;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;
import org.springframework.transaction.annotation.Transactional;

/**
 * On the province demo (levels city and province) 漳州市's reviewer approves figures on the review page but
 * is not offered the period's publication, which the service refuses to a scoped reviewer: the page says
 * who publishes periods and where the city publishes its own year (a stranger's trial clicked 发布 and was
 * told the period was outside their scope).
 */
@IntegrationTest
@TestPropertySource(
        properties = {"minsheng.test.database=province-demo", "minsheng.city-code=350000", "minsheng.demo-province=true"
        })
@DirtiesContext
@Transactional
class ScopedReviewerPublishTest {

    @Autowired
    ApplicationContext context;

    @AfterEach
    void tearDown() {
        KaribuSpring.tearDown();
    }

    @Test
    void a_city_reviewer_sees_who_publishes_the_period_instead_of_a_button_that_is_always_refused() {
        KaribuSpring.signInAndOpen(context, "reviewer-zhangzhou");
        UI.getCurrent().navigate("review");
        assertThat(_find(Button.class, spec -> spec.withId("publish-period"))).isEmpty();
        assertThat(_get(Paragraph.class, spec -> spec.withId("publish-period-elsewhere"))
                        .getText())
                .isEqualTo("报送期的发布锁定福建省全部单位的数据，由福建省的审核员发布；漳州市的年度数据请在“年度回眸”页发布。");
    }
}
