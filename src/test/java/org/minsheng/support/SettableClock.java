package org.minsheng.support;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * The application's clock in integration tests: the real time unless a test sets one, so "today"
 * (a due date passed or not) is what the test says rather than when it happens to run. A test that
 * sets the time puts it back with {@link #reset()}.
 */
public final class SettableClock extends Clock {

    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    private volatile Instant fixed;

    public void set(LocalDateTime chinaTime) {
        fixed = chinaTime.atZone(CHINA).toInstant();
    }

    public void reset() {
        fixed = null;
    }

    @Override
    public ZoneId getZone() {
        return CHINA;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return Clock.fixed(instant(), zone);
    }

    @Override
    public Instant instant() {
        var now = fixed;
        return now == null ? Instant.now() : now;
    }

    /** Put in place of the application's clock for every integration test (one shared context). */
    @TestConfiguration(proxyBeanMethods = false)
    public static class Install {

        @Bean
        @Primary
        SettableClock settableClock() {
            return new SettableClock();
        }
    }
}
