package org.minsheng.base;

import java.time.Clock;
import java.time.ZoneId;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The commission's time: "today" for due dates, the minute in a file name and 数据截至 are China
 * Standard Time whatever zone the server runs in. One configured zone and one clock, injected where
 * time is read, so a test can set today instead of depending on when it runs.
 */
@Configuration(proxyBeanMethods = false)
public class TimeConfiguration {

    @Bean
    Clock clock(@Value("${minsheng.time-zone:Asia/Shanghai}") String zone) {
        return Clock.system(ZoneId.of(zone));
    }
}
