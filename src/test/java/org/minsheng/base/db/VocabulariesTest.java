package org.minsheng.base.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Stream;
import org.jooq.EnumType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.minsheng.audit.AuditEvent;
import org.minsheng.db.enums.AggregationRule;
import org.minsheng.db.enums.AppRole;
import org.minsheng.db.enums.ChangeSource;
import org.minsheng.db.enums.DivisionLevel;
import org.minsheng.db.enums.ExportFileKind;
import org.minsheng.db.enums.PeriodStatus;
import org.minsheng.db.enums.RuleOperator;
import org.minsheng.db.enums.RuleSeverity;
import org.minsheng.db.enums.ValueType;
import org.minsheng.division.Division;
import org.minsheng.figure.Finding;
import org.minsheng.indicator.Indicator;
import org.minsheng.indicator.TargetDirection;
import org.minsheng.indicator.ValidationRule;
import org.minsheng.period.PeriodOverview;
import org.minsheng.provenance.ExportKind;
import org.minsheng.security.Role;

/**
 * Every vocabulary the schema keeps as an enum type has a domain enum with exactly the same
 * values: a value added on one side only fails here, not on the first figure that carries it.
 */
class VocabulariesTest {

    static Stream<Arguments> pairs() {
        return Stream.of(
                Arguments.of(Indicator.ValueType.class, ValueType.class),
                Arguments.of(Indicator.Aggregation.class, AggregationRule.class),
                Arguments.of(TargetDirection.class, org.minsheng.db.enums.TargetDirection.class),
                Arguments.of(PeriodOverview.Status.class, PeriodStatus.class),
                Arguments.of(Division.Level.class, DivisionLevel.class),
                Arguments.of(Role.class, AppRole.class),
                Arguments.of(ValidationRule.Operator.class, RuleOperator.class),
                Arguments.of(ValidationRule.Severity.class, RuleSeverity.class),
                Arguments.of(Finding.Severity.class, RuleSeverity.class),
                Arguments.of(AuditEvent.Source.class, ChangeSource.class),
                Arguments.of(ExportKind.class, ExportFileKind.class));
    }

    @ParameterizedTest
    @MethodSource("pairs")
    <E extends Enum<E>, D extends Enum<D> & EnumType> void each_database_value_has_its_domain_constant_and_back(
            Class<E> domain, Class<D> database) {
        assertThat(Arrays.stream(domain.getEnumConstants()).map(e -> e.name().toLowerCase(Locale.ROOT)))
                .containsExactlyInAnyOrder(Arrays.stream(database.getEnumConstants())
                        .map(EnumType::getLiteral)
                        .toArray(String[]::new));
        for (var value : database.getEnumConstants()) {
            var constant = Vocabularies.toDomain(value, domain);
            assertThat(Vocabularies.toDatabase(constant, database)).isSameAs(value);
        }
    }

    @Test
    void null_stays_null_and_a_value_the_database_lacks_is_named() {
        assertThat(Vocabularies.toDomain(null, Role.class)).isNull();
        assertThat(Vocabularies.toDatabase(null, AppRole.class)).isNull();
        assertThatThrownBy(() -> Vocabularies.toDatabase(Division.Level.CITY, AppRole.class))
                .hasMessageContaining("CITY")
                .hasMessageContaining("AppRole");
    }

    @Test
    void the_mapping_does_not_depend_on_the_default_locale() {
        var before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.forLanguageTag("tr-TR"));
            // "increase_to" has an "i", which a Turkish default locale upper-cases to "İ"
            assertThat(Vocabularies.toDomain(org.minsheng.db.enums.TargetDirection.increase_to, TargetDirection.class))
                    .isEqualTo(TargetDirection.INCREASE_TO);
            assertThat(Vocabularies.toDatabase(Indicator.ValueType.INTEGER, ValueType.class))
                    .isEqualTo(ValueType.integer);
        } finally {
            Locale.setDefault(before);
        }
    }
}
