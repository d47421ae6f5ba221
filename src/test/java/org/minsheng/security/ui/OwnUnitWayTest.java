package org.minsheng.security.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.router.QueryParameters;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.minsheng.IntegrationTest;
import org.minsheng.support.KaribuSpring;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * A leader scoped to 芗城区 who opens another unit's tracker or wall display is refused, and offered the
 * way to the same page of their own unit, as the dashboard's refusal offers its overview: the tracker and
 * the wall (which has no navigation at all) said no and left them there (a stranger's tour).
 */
@IntegrationTest
class OwnUnitWayTest {

    @Autowired
    ApplicationContext context;

    @AfterEach
    void tearDown() {
        KaribuSpring.tearDown();
    }

    @Test
    void the_trackers_refusal_leads_to_the_readers_own_units_tracker() {
        KaribuSpring.signInAndOpen(context, "leader-xiangcheng");
        UI.getCurrent().navigate("tracker", QueryParameters.of("division", "350623"));
        var refused = _get(Div.class, spec -> spec.withId("tracker-refused"));
        var home = _get(refused, Anchor.class, spec -> spec.withId("tracker-home"));
        assertThat(home.getText()).isEqualTo("打开芗城区的报送进度");
        assertThat(home.getHref()).startsWith("/tracker?division=350602");
    }

    @Test
    void the_walls_refusal_leads_to_the_readers_own_units_wall() {
        KaribuSpring.signInAndOpen(context, "leader-xiangcheng");
        UI.getCurrent().navigate("screen", QueryParameters.simple(Map.of("year", "2020", "unit", "350623")));
        assertThat(_find(H1.class, spec -> spec.withId("screen-message"))).hasSize(1);
        var home = _get(Anchor.class, spec -> spec.withId("screen-home"));
        assertThat(home.getText()).isEqualTo("打开芗城区的数据大屏");
        assertThat(home.getHref())
                .startsWith("/screen?")
                .contains("unit=350602")
                .contains("year=2020");
    }
}
