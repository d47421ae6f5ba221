package org.minsheng.export.api;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.filter.ShallowEtagHeaderFilter;

/**
 * The read API's limits: each client address may ask {@code minsheng.api.requests-per-minute} times
 * a minute (Bucket4j's token bucket; the address is the TCP peer unless the balancer is trusted, see
 * server.forward-headers-strategy), then gets 429 with Retry-After; and every answer carries an ETag of
 * its body, so a client asking again gets 304 until the data changes.
 */
@Configuration
class ApiRateLimit {

    /** Addresses remembered at once; past it the buckets start afresh (a flood of addresses is no one client). */
    private static final int ADDRESSES = 10_000;

    @Bean
    FilterRegistrationBean<OncePerRequestFilter> apiRateLimitFilter(
            @Value("${minsheng.api.requests-per-minute:600}") int perMinute) {
        Map<String, Bucket> buckets = new ConcurrentHashMap<>();
        var filter = new OncePerRequestFilter() {
            @Override
            protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                    throws ServletException, IOException {
                if (buckets.size() > ADDRESSES) {
                    buckets.clear();
                }
                var bucket = buckets.computeIfAbsent(
                        request.getRemoteAddr(),
                        address -> Bucket.builder()
                                .addLimit(Bandwidth.builder()
                                        .capacity(perMinute)
                                        .refillGreedy(perMinute, Duration.ofMinutes(1))
                                        .build())
                                .build());
                var probe = bucket.tryConsumeAndReturnRemaining(1);
                if (probe.isConsumed()) {
                    response.setHeader("X-RateLimit-Remaining", String.valueOf(probe.getRemainingTokens()));
                    // keep and revalidate by ETag (304): the security headers' default no-store made every
                    // browser and cache fetch the whole answer again
                    response.setHeader("Cache-Control", "no-cache");
                    chain.doFilter(request, response);
                    return;
                }
                long seconds = Math.max(
                        1, Duration.ofNanos(probe.getNanosToWaitForRefill()).toSeconds());
                response.setStatus(429);
                response.setHeader("Retry-After", String.valueOf(seconds));
                response.setContentType("application/problem+json");
                response.getWriter()
                        .write("{\"type\":\"about:blank\",\"title\":\"Too Many Requests\",\"status\":429,"
                                + "\"detail\":\"at most " + perMinute + " requests a minute; try again in " + seconds
                                + " s\"}");
            }
        };
        var registration = new FilterRegistrationBean<OncePerRequestFilter>(filter);
        registration.addUrlPatterns("/api/*");
        registration.setName("apiRateLimit");
        return registration;
    }

    @Bean
    FilterRegistrationBean<ShallowEtagHeaderFilter> apiEtagFilter() {
        var registration = new FilterRegistrationBean<>(new ShallowEtagHeaderFilter());
        registration.addUrlPatterns("/api/*");
        registration.setName("apiEtag");
        return registration;
    }
}
