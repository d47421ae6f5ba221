package org.minsheng.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.minsheng.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;

/**
 * The province demo's startup message lists the accounts the province demo has, with their scope: the
 * trial's stranger read the city demo's list and never learnt of reviewer-xiamen or stat-siming.
 */
@IntegrationTest
@TestPropertySource(
        properties = {"minsheng.test.database=demo-banner", "minsheng.city-code=350000", "minsheng.demo-province=true"})
@DirtiesContext
@ExtendWith(OutputCaptureExtension.class)
class DemoAccountsBannerTest {

    @Autowired
    ConfigurableApplicationContext context;

    @Test
    void the_province_demos_banner_lists_its_own_accounts_with_their_scope(CapturedOutput output) {
        context.publishEvent(new ApplicationReadyEvent(new SpringApplication(), new String[0], context, Duration.ZERO));

        var banner = output.getOut().substring(output.getOut().lastIndexOf("==> Open http://localhost:"));
        assertThat(banner)
                .containsPattern("leader +leader, all of 福建省 350000")
                .containsPattern("reviewer +reviewer, all of 福建省 350000  \\(省纪委监委审核员\\)")
                .containsPattern("leader-zhangzhou +leader, 漳州市 350600")
                .containsPattern("reviewer-zhangzhou +reviewer, 漳州市 350600")
                .containsPattern("reviewer-xiamen +reviewer, 厦门市 350200")
                .containsPattern("stat-siming +statistician, 思明区 350203")
                .containsPattern("stat-huli +statistician, 湖里区 350206")
                .containsPattern("stat-zhangpu +statistician, 漳浦县 350623")
                .containsPattern("stat-city +statistician, 漳州市 350600 \\(its own indicators\\)")
                .containsPattern("display +display, the wall display at /screen")
                .doesNotContain("the city's own indicators");
    }
}
