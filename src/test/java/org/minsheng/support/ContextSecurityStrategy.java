package org.minsheng.support;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.test.context.junit.jupiter.SpringExtension;

/**
 * Each Spring context installs its own Vaadin-aware security-context strategy globally, each with
 * its own thread-local. With several contexts in one test JVM (the tests that need a database of
 * their own), the last one started would win, and @WithMockUser, which writes into the strategy of
 * the test's own context, would not be seen by the services. This puts the test's own back first.
 */
public class ContextSecurityStrategy implements BeforeAllCallback, BeforeEachCallback {

    @Override
    public void beforeAll(ExtensionContext context) {
        useStrategyOf(context);
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        useStrategyOf(context);
    }

    private static void useStrategyOf(ExtensionContext context) {
        SpringExtension.getApplicationContext(context)
                .getBeanProvider(SecurityContextHolderStrategy.class)
                .ifAvailable(SecurityContextHolder::setContextHolderStrategy);
    }
}
