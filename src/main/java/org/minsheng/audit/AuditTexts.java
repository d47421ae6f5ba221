package org.minsheng.audit;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.minsheng.base.format.Numbers;
import org.minsheng.base.i18n.PeriodNames;
import org.minsheng.base.i18n.Translations;
import tools.jackson.databind.json.JsonMapper;

/**
 * An audit entry in words, for the trail's page and its export: the action, what it is about (芗城区 ·
 * 农村公路单改双 · 2021年1月, not "figure #1348") and the values (12.8公里 · 已提交, not raw JSON).
 */
public final class AuditTexts {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** Recorded fields whose values are a vocabulary's constants, and where their words are. */
    private static final Map<String, String> VOCABULARIES = Map.of(
            "status", "period.status.",
            "roles", "users.role.",
            "direction", "catalogue.direction.",
            "aggregation", "catalogue.aggregation.",
            "valueType", "catalogue.valueType.",
            "operator", "catalogue.operator.",
            "severity", "catalogue.severity.",
            "acceptance", "approval.status.");

    /** A target's fields that name whose target it is (indicator, unit, year), said in its subject instead. */
    private static final List<String> TARGET_KEYS = List.of("indicatorId", "division", "year");

    private final Translations translations;
    private final Locale locale;

    public AuditTexts(Translations translations, Locale locale) {
        this.translations = translations;
        this.locale = locale;
    }

    public String action(AuditEntry entry) {
        return AuditAction.of(entry.action()).map(a -> t(a.labelKey())).orElse(entry.action());
    }

    public String subject(AuditEntry entry) {
        var subject = entry.subject();
        if (subject != null) {
            var period = t(PeriodNames.key(subject.month()), PeriodNames.parameters(subject.year(), subject.month()));
            return String.join(" · ", subject.district(), subject.indicator().in(locale), period);
        }
        var entity = translations.getTranslation("audit.entity." + entry.entity(), locale);
        var name = entity.startsWith("!") ? entry.entity() : entity;
        if (namesTarget(entry)) {
            var parts = new ArrayList<String>(List.of(name));
            if (entry.target().unit() != null) {
                parts.add(entry.target().unit().name());
            }
            parts.add(entry.target().named().name().in(locale));
            var year = entry.target().year();
            if (year != null) {
                parts.add(t("audit.subject.targetYear", year));
            }
            return String.join(" · ", parts);
        }
        if (entry.target().unit() != null) {
            return entry.target().unit().name() + " " + entry.target().unit().code();
        }
        var period = entry.target().period();
        if (period != null) {
            return name + " · "
                    + t(PeriodNames.key(period.month()), PeriodNames.parameters(period.year(), period.month()));
        }
        var named = entry.target().named();
        if (named != null) {
            return name + " · " + named.name().in(locale) + " " + named.code();
        }
        return entry.entityId() == null ? name : name + " #" + entry.entityId();
    }

    /** A recorded value (old or new) as a reader says it; empty where there was none. */
    public String value(AuditEntry entry, String json) {
        if (json == null || json.isBlank()) {
            return "";
        }
        var read = fields(json);
        if (read.isEmpty()) {
            // unreadable: shown as stored rather than lost
            return json;
        }
        var fields = new LinkedHashMap<>(read.get());
        var parts = new ArrayList<String>();
        if (entry.subject() != null && fields.containsKey("value")) {
            var value = fields.remove("value");
            boolean notApplicable = Boolean.TRUE.equals(fields.remove("notApplicable"));
            parts.add(
                    notApplicable
                            ? t("figure.notApplicable")
                            : value == null
                                    ? "—"
                                    : withUnit(value, entry.subject().unit().in(locale)));
            var status = fields.remove("status");
            if (status != null) {
                parts.add(t("figure.status." + status.toString().toLowerCase(Locale.ROOT)));
            }
            // the cell's revision counter is bookkeeping; the trail's readers follow values and states
            fields.remove("revision");
            for (var reason : new String[] {"explanation", "returnReason", "correctionReason"}) {
                var text = fields.remove(reason);
                // the entry's own reason has its column; repeated in the value it only doubles the line
                if (text != null && !text.equals(entry.reason())) {
                    parts.add(t("audit.field." + reason, text));
                }
            }
        }
        if (namesTarget(entry)) {
            // whose target it is stands in the subject; the values say what it was set to
            TARGET_KEYS.forEach(fields::remove);
        }
        if ("target".equals(entry.entity()) && fields.get("value") != null) {
            // as the targets' list writes it: 115,000, not the 115000 kept in the record
            var number = number(fields.get("value"));
            if (number != null) {
                fields.put("value", Numbers.exact(number));
            }
        }
        fields.forEach((key, value) -> {
            // "month: null" on an annual period's line said nothing a reader needs
            if (value != null) {
                parts.add(label(key) + ("en".equals(locale.getLanguage()) ? ": " : "：") + said(key, value));
            }
        });
        return String.join(" · ", parts);
    }

    /** A target's entry whose indicator is still stored, so it can be named as people know it. */
    private static boolean namesTarget(AuditEntry entry) {
        return "target".equals(entry.entity()) && entry.target().named() != null;
    }

    /**
     * The one place a recorded value (JSON) is read, once for each of an entry's values: its fields in their
     * order, or none where there is no value or it cannot be read. A target's year comes with the entry.
     */
    @SuppressWarnings("unchecked")
    private static Optional<Map<String, Object>> fields(String json) {
        if (json == null) {
            return Optional.empty();
        }
        try {
            return Optional.ofNullable(JSON.readValue(json, Map.class));
        } catch (RuntimeException unreadable) {
            return Optional.empty();
        }
    }

    /** A recorded field by its name on the page it was changed on (截止日期, not dueOn); unknown ones as stored. */
    private String label(String key) {
        return known("audit.key." + key) ? t("audit.key." + key) : key;
    }

    /** Asked first, so that a field or constant without words is shown as stored, not logged as missing. */
    private boolean known(String key) {
        return Translations.bundle(locale).containsKey(key);
    }

    /**
     * A recorded value in words: yes and no, a state or a role by its name (已截止, not CLOSED), a list
     * joined; anything else as recorded, since the trail must not round or reword a figure.
     */
    private String said(String key, Object value) {
        if (value instanceof Boolean yes) {
            return t(yes ? "audit.yes" : "audit.no");
        }
        if (value instanceof List<?> list) {
            return String.join(
                    "en".equals(locale.getLanguage()) ? ", " : "、",
                    list.stream().map(item -> said(key, item)).toList());
        }
        var prefix = VOCABULARIES.get(key);
        var word = prefix + value.toString().toLowerCase(Locale.ROOT);
        return prefix != null && known(word) ? t(word) : value.toString();
    }

    /**
     * The exact value as recorded (never rounded to 万 here), grouped as the tables group it and with its
     * unit as every page joins them: 19,000人, 19,000 people. The trail wrote 「19000人」 beside the tables'
     * 19,000. A value that is no number is shown as stored.
     */
    private String withUnit(Object value, String unit) {
        var number = number(value);
        return number == null
                ? ("en".equals(locale.getLanguage()) ? value + " " + unit : value + unit)
                : Numbers.unitAfter(Numbers.asWritten(number, locale), number, unit, null, locale);
    }

    /** A recorded number (the JSON keeps it as text), or null for anything else. */
    private static BigDecimal number(Object value) {
        try {
            return new BigDecimal(value.toString());
        } catch (NumberFormatException notANumber) {
            return null;
        }
    }

    private String t(String key, Object... parameters) {
        return translations.getTranslation(key, locale, parameters);
    }
}
