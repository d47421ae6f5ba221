package org.minsheng.support;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.test.context.TestPropertySource;

/**
 * The province demo as the installation (福建省 at the root, its cities and their accounts,
 * {@code DemoData}'s province), on a database of its own. One annotation, so the tests on it share one
 * Spring context key and cannot drift apart by a property each wrote out by hand.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@TestPropertySource(
        properties = {"minsheng.test.database=province-demo", "minsheng.city-code=350000", "minsheng.demo-province=true"
        })
public @interface ProvinceDemo {}
