package org.minsheng.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.minsheng.support.Hostile.forAll;
import static org.minsheng.support.SignedIn.as;

import java.nio.charset.StandardCharsets;
import java.util.Set;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.minsheng.IntegrationTest;
import org.minsheng.base.RefusedException;
import org.minsheng.db.Tables;
import org.minsheng.figure.FigureInput;
import org.minsheng.figure.FigureService;
import org.minsheng.importing.ImportService;
import org.minsheng.indicator.IndicatorAdminService;
import org.minsheng.indicator.IndicatorDraft;
import org.minsheng.security.NewUser;
import org.minsheng.security.Role;
import org.minsheng.security.UserAdminService;
import org.minsheng.support.Catalogue;
import org.minsheng.support.Hostile;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;

/**
 * Free text through the real services and PostgreSQL: Chinese, emoji and right-to-left text come back
 * exactly as typed (trimmed at the ends), control characters and oversized text are refused with a
 * message, and no hostile file makes the import's dry run fail. Everything is rolled back.
 */
@IntegrationTest
@Transactional
class HostileInputTest {

    @Autowired
    FigureService figures;

    @Autowired
    ImportService imports;

    @Autowired
    UserAdminService users;

    @Autowired
    IndicatorAdminService indicators;

    @Autowired
    DSLContext db;

    @Test
    void chinese_emoji_and_right_to_left_explanations_come_back_exactly_as_typed() {
        int january = Catalogue.monthId(db, 2021, 1);
        var key = as("stat-xiangcheng", () -> figures.sheet(january))
                .cells()
                .getFirst()
                .key();
        int[] version = {0};
        forAll(random -> "情况说明：" + Hostile.typedText(random) + " 👨‍👩‍👧 مرحبا שלום 🇨🇳", text -> {
            var saved =
                    as("stat-xiangcheng", () -> figures.save(new FigureInput(key, "5", false, text, version[0], null)));
            version[0] = saved.cell().version();
            var loaded =
                    as("stat-xiangcheng", () -> figures.sheet(january)).cells().getFirst();
            assertThat(loaded.explanation()).isEqualTo(text.strip());
            var audited = db.select(Tables.AUDIT_ENTRY.NEW_VALUE)
                    .from(Tables.AUDIT_ENTRY)
                    .orderBy(Tables.AUDIT_ENTRY.ID.desc())
                    .limit(1)
                    .fetchSingle()
                    .value1()
                    .data();
            assertThat(audited).as("the audit trail's JSON keeps it too").contains(jsonString(text.strip()));
        });
    }

    @Test
    void names_in_any_script_are_kept_exactly_for_users_and_indicators() {
        var created = as(
                "admin",
                () -> users.create(new NewUser(
                        "stat-rtl",
                        "  مرحبا 芗城区 统计员 👩‍💼 שלום  ",
                        "Jiulongjiang-2020",
                        Set.of(Role.STATISTICIAN),
                        Set.of(Catalogue.divisionId(db, "350602")))));
        assertThat(as("admin", () -> users.list()))
                .filteredOn(u -> u.id() == created.id())
                .extracting(u -> u.displayName())
                .containsExactly("مرحبا 芗城区 统计员 👩‍💼 שלום");
        var draft = Catalogue.clinics(db);
        var names = draft.names();
        var named = draft.with(new IndicatorDraft.Names(
                names.code(),
                "标准化村卫生所🏥",
                "Clinics ‏עברית‎",
                names.shortNameZh(),
                names.shortNameEn(),
                "口径：截至报告期末 😀\n第二行",
                names.definitionEn()));
        var entry = as("admin", () -> indicators.create(named));
        assertThat(entry.draft().names().nameZh()).isEqualTo("标准化村卫生所🏥");
        assertThat(entry.draft().names().nameEn()).isEqualTo("Clinics ‏עברית‎");
        assertThat(entry.draft().names().definitionZh()).isEqualTo("口径：截至报告期末 😀\n第二行");
    }

    @Test
    void control_characters_and_oversized_text_are_refused_with_a_message_and_write_nothing() {
        int january = Catalogue.monthId(db, 2021, 1);
        var key = as("stat-xiangcheng", () -> figures.sheet(january))
                .cells()
                .getFirst()
                .key();
        int audited = db.fetchCount(Tables.AUDIT_ENTRY);
        assertThatThrownBy(() -> as(
                        "stat-xiangcheng", () -> figures.save(new FigureInput(key, "5", false, "已核实\u0000", 0, null))))
                .isInstanceOf(RefusedException.class)
                .hasMessageContaining("input.error.controlCharacter");
        assertThatThrownBy(() -> as(
                        "stat-xiangcheng",
                        () -> figures.save(new FigureInput(key, "5", false, "说".repeat(100_000), 0, null))))
                .isInstanceOf(RefusedException.class)
                .hasMessageContaining("input.error.tooLong");
        var huge = as("stat-xiangcheng", () -> figures.save(FigureInput.of(key, "1" + "0".repeat(100_000), 0)));
        assertThat(huge.errors()).extracting(f -> f.messageKey()).containsExactly("figure.error.tooLarge");
        assertThatThrownBy(() -> as(
                        "admin",
                        () -> users.create(new NewUser(
                                "stat-long",
                                "芗城区统计员",
                                "密码".repeat(40),
                                Set.of(Role.STATISTICIAN),
                                Set.of(Catalogue.divisionId(db, "350602"))))))
                .isInstanceOf(RefusedException.class)
                .hasMessageContaining("users.error.password.tooLong");
        assertThatThrownBy(() -> as(
                        "admin",
                        () -> users.create(new NewUser(
                                "stat-long",
                                "名".repeat(10_000),
                                "Jiulongjiang-2020",
                                Set.of(Role.STATISTICIAN),
                                Set.of(Catalogue.divisionId(db, "350602"))))))
                .isInstanceOf(RefusedException.class);
        assertThat(db.fetchCount(Tables.AUDIT_ENTRY)).isEqualTo(audited);
        var tooBig = new byte[6 * 1024 * 1024];
        assertThat(as("stat-xiangcheng", () -> imports.preview("big.csv", tooBig))
                        .problems())
                .extracting(p -> p.messageKey())
                .containsExactly("import.error.tooLarge");
    }

    @Test
    void no_hostile_csv_makes_the_import_dry_run_fail() {
        forAll(
                random -> {
                    var text = new StringBuilder("报告期,区划代码,区县,指标代码,指标,单位,上期值,本期值,情况说明\n");
                    for (int r = random.nextInt(4); r >= 0; r--) {
                        text.append(random.nextBoolean() ? "2021-01" : Hostile.anyText(random))
                                .append(',')
                                .append(random.nextBoolean() ? "350602" : Hostile.anyText(random))
                                .append(",芗城区,")
                                .append(random.nextBoolean() ? "meal_schools" : Hostile.anyText(random))
                                .append(",,,,")
                                .append(Hostile.anyText(random).replace(",", ""))
                                .append(',')
                                .append(Hostile.anyText(random).replace(",", ""))
                                .append('\n');
                    }
                    return text.toString().getBytes(StandardCharsets.UTF_8);
                },
                bytes -> {
                    var preview = as("stat-xiangcheng", () -> imports.preview("hostile.csv", bytes));
                    assertThat(preview).isNotNull();
                    preview.problems()
                            .forEach(p -> assertThat(p.messageKey()).matches("(import|figure|input)\\.[a-zA-Z.]+"));
                });
    }

    private static String jsonString(String text) {
        var out = new StringBuilder();
        text.codePoints().forEach(c -> {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> out.appendCodePoint(c);
            }
        });
        return out.toString();
    }
}
