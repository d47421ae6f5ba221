package org.minsheng.publication;

import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A publication phrase with placeholders, kept per indicator so a new indicator needs no code:
 * {@code 完成农村公路单改双{value}} → 完成农村公路单改双117公里.
 */
public final class PhraseTemplate {

    /** What a phrase may refer to; anything else is reported when the phrase is edited. */
    public static final Set<String> PLACEHOLDERS = Set.of("value", "number", "unit", "verb", "target", "year", "city",
            "name");

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([^{}]*)}");

    private PhraseTemplate() {
    }

    /** Placeholders in the template that this product does not know, in order of appearance. */
    public static Set<String> unknownPlaceholders(String template) {
        var unknown = new LinkedHashSet<String>();
        var matcher = PLACEHOLDER.matcher(template);
        while (matcher.find()) {
            if (!PLACEHOLDERS.contains(matcher.group(1))) {
                unknown.add(matcher.group(1));
            }
        }
        return unknown;
    }

    /** Fills the placeholders; a placeholder without a value stays visible as a gap marker. */
    static String render(String template, Map<String, String> values, String gap) {
        var matcher = PLACEHOLDER.matcher(template);
        var out = new StringBuilder();
        while (matcher.find()) {
            var value = values.get(matcher.group(1));
            matcher.appendReplacement(out, java.util.regex.Matcher.quoteReplacement(value == null ? gap : value));
        }
        matcher.appendTail(out);
        return out.toString();
    }
}
