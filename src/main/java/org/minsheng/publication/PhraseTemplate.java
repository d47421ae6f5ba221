package org.minsheng.publication;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * A publication phrase with placeholders, kept per indicator so a new indicator needs no code:
 * {@code 完成农村公路单改双{value}} → 完成农村公路单改双117公里.
 */
public final class PhraseTemplate {

    /** What a phrase may refer to; anything else is reported when the phrase is edited. */
    public static final Set<String> PLACEHOLDERS =
            Set.of("value", "number", "unit", "verb", "target", "year", "city", "scope", "name");

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([^{}]*)}");

    private PhraseTemplate() {}

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

    /**
     * The template cut into text, gaps (a known placeholder without a value this year, shown as
     * {@code gap}) and unknown placeholders (shown as {@code unknown} of the name), in order.
     */
    static List<PhrasePart> parts(
            String template, Map<String, String> values, String gap, Function<String, String> unknown) {
        var parts = new ArrayList<PhrasePart>();
        var text = new StringBuilder();
        var matcher = PLACEHOLDER.matcher(template);
        int at = 0;
        while (matcher.find()) {
            text.append(template, at, matcher.start());
            at = matcher.end();
            var name = matcher.group(1);
            var value = values.get(name);
            if (value != null) {
                text.append(value);
                continue;
            }
            if (!text.isEmpty()) {
                parts.add(PhrasePart.text(text.toString()));
                text.setLength(0);
            }
            parts.add(
                    PLACEHOLDERS.contains(name)
                            ? new PhrasePart(PhrasePart.Kind.GAP, gap, name)
                            : new PhrasePart(PhrasePart.Kind.UNKNOWN, unknown.apply(name), name));
        }
        text.append(template.substring(at));
        if (!text.isEmpty()) {
            parts.add(PhrasePart.text(text.toString()));
        }
        return parts;
    }
}
