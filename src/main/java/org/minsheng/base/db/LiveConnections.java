package org.minsheng.base.db;

import com.zaxxer.hikari.HikariDataSource;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.stereotype.Component;

/**
 * Puts every Hikari pool, the embedded database's and a configured server's alike, behind
 * {@link LiveConnectionDataSource}, so that after a database restart a user's next action works.
 */
@Component
class LiveConnections implements BeanPostProcessor {

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        return bean instanceof HikariDataSource pool ? new LiveConnectionDataSource(pool) : bean;
    }
}
