package org.minsheng;

import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;
import org.minsheng.support.ContextSecurityStrategy;
import org.minsheng.support.RecordedTranslations;
import org.minsheng.support.SettableClock;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/**
 * The whole application on a real (embedded) PostgreSQL with the demo data. Every integration test
 * uses this one configuration so they share a single Spring context and database (the few that need
 * a database of their own add a property, and ContextSecurityStrategy keeps sign-ins apart).
 */
@Inherited
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@ExtendWith({ContextSecurityStrategy.class, RecordedTranslations.Check.class})
@Import({RecordedTranslations.Install.class, SettableClock.Install.class})
public @interface IntegrationTest {}
