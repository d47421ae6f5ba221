package org.minsheng.base.i18n;

/**
 * Messages of one language, by key: a view's {@code getTranslation} and a writer's lookup in a chosen
 * locale both are one, so a text built from several messages is written once for both.
 */
@FunctionalInterface
public interface Messages {

    String get(String key, Object... parameters);
}
