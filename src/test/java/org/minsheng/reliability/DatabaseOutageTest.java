package org.minsheng.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.assertj.core.api.Assertions.fail;
import static org.minsheng.support.SignedIn.as;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.minsheng.IntegrationTest;
import org.minsheng.base.i18n.Translations;
import org.minsheng.base.ui.Failures;
import org.minsheng.dashboard.DashboardService;
import org.minsheng.figure.FigureInput;
import org.minsheng.figure.FigureService;
import org.minsheng.importing.ImportService;
import org.minsheng.support.Browser;
import org.minsheng.support.Catalogue;
import org.minsheng.support.ConnectionCutter;
import org.minsheng.support.WebSession;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.util.FileSystemUtils;

/**
 * PostgreSQL stopped while statisticians work, then started again. The application runs against a
 * server of its own here, configured like a production one (spring.datasource.url, Hikari's
 * connection timeout from application.properties), so the test can really stop and start it.
 */
@IntegrationTest
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DatabaseOutageTest {

    private static Path dataDirectory;
    private static int port;
    private static EmbeddedPostgres postgres;

    @LocalServerPort
    int serverPort;

    @Autowired
    FigureService figures;

    @Autowired
    ImportService imports;

    @Autowired
    DashboardService dashboards;

    @Autowired
    Translations translations;

    @Autowired
    DataSource dataSource;

    @DynamicPropertySource
    static void ownServer(DynamicPropertyRegistry registry) throws IOException {
        dataDirectory = Files.createTempDirectory("minsheng-outage-pg");
        // not "clean": zonky would delete the data directory at the first stop, and the restart would find nothing
        postgres = EmbeddedPostgres.builder()
                // TCP only, as the tests' throw-away servers (EmbeddedPostgresStarter): no socket lock in /tmp
                .setServerConfig("unix_socket_directories", "")
                .setDataDirectory(dataDirectory)
                .setCleanDataDirectory(false)
                .start();
        port = postgres.getPort();
        registry.add("spring.datasource.url", () -> "jdbc:postgresql://localhost:" + port + "/postgres");
        registry.add("spring.datasource.username", () -> "postgres");
        registry.add("spring.datasource.password", () -> "postgres");
        registry.add("minsheng.demo-data", () -> "true");
    }

    @AfterAll
    static void removeServer() throws IOException {
        if (postgres != null) {
            postgres.close();
        }
        FileSystemUtils.deleteRecursively(dataDirectory);
    }

    @Test
    @Order(1)
    void
            while_the_database_is_down_a_statistician_is_told_so_within_five_seconds_and_after_it_returns_carries_on_signed_in()
                    throws Exception {
        int january = Catalogue.monthId(dsl(), 2021, 1);
        var sheet = as("stat-xiangcheng", () -> figures.sheet(january));
        var first = sheet.cells().get(0).key();
        var second = sheet.cells().get(1).key();
        as("stat-xiangcheng", () -> figures.save(FigureInput.of(first, "4", 0)));

        stopPostgres();
        try {
            long start = System.nanoTime();
            var failure =
                    catchThrowable(() -> as("stat-xiangcheng", () -> figures.save(FigureInput.of(second, "7", 0))));
            long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
            assertThat(failure).as("the save fails rather than hangs").isNotNull();
            assertThat(millis).as("the user hears back within five seconds").isLessThan(5_000);
            System.out.printf("save with the database stopped refused after %d ms%n", millis);
            assertThat(Failures.databaseUnavailable(failure))
                    .as(failure.toString())
                    .isTrue();
            assertThat(translations.getTranslation(Failures.messageKey(failure), Translations.CHINESE))
                    .startsWith("数据库暂时无法连接");
            assertThat(translations.getTranslation(Failures.messageKey(failure), Locale.ENGLISH))
                    .startsWith("The database cannot be reached");
            var reading = catchThrowable(() -> as("leader", () -> dashboards.cityYear(2020)));
            assertThat(Failures.databaseUnavailable(reading))
                    .as("reading fails the same clear way")
                    .isTrue();
        } finally {
            startPostgres();
        }

        // the same signed-in user, no new sign-in: the very next action works
        var saved = as("stat-xiangcheng", () -> figures.save(FigureInput.of(second, "7", 0)));
        assertThat(saved.saved()).isTrue();
        var after = as("stat-xiangcheng", () -> figures.sheet(january));
        assertThat(after.cells().get(0).value()).isEqualByComparingTo("4");
        assertThat(after.cells().get(1).value()).isEqualByComparingTo("7");
        assertThat(count("select count(*) from figure where period_id = " + january))
                .as("no half-written rows")
                .isEqualTo(2);
        assertThat(count("select count(*) from audit_entry where entity = 'figure'"))
                .as("one audit entry per save")
                .isEqualTo(2);
    }

    @Test
    @Order(2)
    void an_import_cut_off_by_the_outage_writes_nothing() throws Exception {
        int january = Catalogue.monthId(dsl(), 2021, 1);
        var codes = as("stat-xiangcheng", () -> figures.sheet(january)).indicators().stream()
                .map(i -> i.code())
                .toList();
        var csv = new StringBuilder("报告期,区划代码,区县,指标代码,指标,单位,上期值,本期值,情况说明\n");
        for (int i = 0; i < codes.size(); i++) {
            // the third row's figure holds its transaction open until the server goes down
            csv.append("2021-01,350602,芗城区,")
                    .append(codes.get(i))
                    .append(",,,,9,")
                    .append(i == 2 ? "停电测试" : "已核实")
                    .append('\n');
        }
        var bytes = csv.toString().getBytes(StandardCharsets.UTF_8);
        assertThat(as("stat-xiangcheng", () -> imports.preview("2021-01.csv", bytes))
                        .committable())
                .isTrue();
        long figuresBefore = count("select count(*) from figure");
        long auditBefore = count("select count(*) from audit_entry");
        execute("""
                create function hold_for_outage() returns trigger language plpgsql as $$
                begin
                    if new.explanation = '停电测试' then perform pg_sleep(60); end if;
                    return new;
                end $$;
                create trigger hold_for_outage before insert or update on figure
                    for each row execute function hold_for_outage();
                """);
        try {
            var commit = CompletableFuture.supplyAsync(
                    () -> as("stat-xiangcheng", () -> imports.commit("2021-01.csv", bytes)));
            long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(2);
            while (count("select count(*) from pg_stat_activity where wait_event = 'PgSleep'") == 0) {
                assertThat(commit).as("the import reached its third row").isNotDone();
                if (System.nanoTime() > deadline) {
                    fail("the import did not reach its third row within 2 minutes");
                }
                Thread.sleep(50);
            }
            stopPostgres();
            Throwable failure;
            try {
                failure = catchThrowable(() -> commit.get(30, TimeUnit.SECONDS));
            } finally {
                startPostgres();
            }
            assertThat(failure).isNotNull();
            assertThat(Failures.databaseUnavailable(failure))
                    .as(failure.toString())
                    .isTrue();
            assertThat(count("select count(*) from import_batch"))
                    .as("no import batch")
                    .isZero();
            assertThat(count("select count(*) from figure"))
                    .as("no figure of the file")
                    .isEqualTo(figuresBefore);
            assertThat(count("select count(*) from audit_entry"))
                    .as("no audit entry")
                    .isEqualTo(auditBefore);
        } finally {
            execute("drop trigger if exists hold_for_outage on figure; drop function if exists hold_for_outage();");
        }
    }

    @Test
    @Order(3)
    void in_the_browser_the_outage_is_a_translated_page_and_after_it_the_retry_link_works_without_signing_in_again()
            throws Exception {
        try (var browser = Browser.start()) {
            var page = browser.newPage(1280, 800);
            Browser.signIn(page, "http://localhost:" + serverPort, "stat-xiangcheng");
            page.navigate("http://localhost:" + serverPort + "/entry");
            page.locator("h2:has-text('数据填报')").waitFor();
            stopPostgres();
            try {
                page.navigate("http://localhost:" + serverPort + "/tracker");
                page.getByText("数据库暂时无法连接").first().waitFor();
                Browser.screenshot(page, "database-outage");
                assertThat(page.content()).doesNotContain("Exception").doesNotContain("at org.");
            } finally {
                startPostgres();
            }
            page.getByText("重试").click();
            page.locator("vaadin-side-nav").waitFor();
            assertThat(page.url()).as("still signed in").doesNotContain("login");
            assertThat(page.getByText("数据库暂时无法连接").count()).isZero();
            Browser.screenshot(page, "database-outage-over");
        }
    }

    @Test
    @Order(4)
    void right_after_the_server_ended_every_session_a_statisticians_next_save_works() throws Exception {
        int january = Catalogue.monthId(dsl(), 2021, 1);
        var cells = as("stat-zhangpu", () -> figures.sheet(january)).cells();
        var first = cells.get(0);
        var second = cells.get(1);
        as("stat-zhangpu", () -> figures.save(new FigureInput(first.key(), "5", false, "已核实", first.version(), null)));

        // a request that ends just as the server ends every session puts its dead connection back:
        // the most recently used one, handed out next
        try (var held = dataSource.getConnection()) {
            ConnectionCutter.cutEveryConnection(url());
        }

        var saved = as(
                "stat-zhangpu",
                () -> figures.save(new FigureInput(second.key(), "6", false, "已核实", second.version(), null)));
        assertThat(saved.saved()).isTrue();
        assertThat(as("stat-zhangpu", () -> figures.sheet(january))
                        .cells()
                        .get(1)
                        .value())
                .isEqualByComparingTo("6");
    }

    /**
     * A sign-in the database cannot answer (down here; under load, every pooled connection busy) goes
     * back to the sign-in page, not to a 500 page, and counts nothing against the account.
     */
    @Test
    @Order(5)
    void a_sign_in_while_the_database_is_down_returns_to_the_sign_in_page_and_counts_nothing() throws Exception {
        var browser = WebSession.anonymous(serverPort);
        long failuresBefore = count("select failed_logins from app_user where username = 'stat-zhangpu'");
        var page = browser.get("/login");
        assertThat(page.statusCode()).isEqualTo(200);
        stopPostgres();
        try {
            var response = browser.signIn("stat-zhangpu", "demo");
            assertThat(response.statusCode())
                    .as("sent back, not an error page: " + response.body())
                    .isEqualTo(302);
            assertThat(response.headers().firstValue("Location").orElse("")).endsWith("/login?error");
        } finally {
            startPostgres();
        }
        assertThat(count("select failed_logins from app_user where username = 'stat-zhangpu'"))
                .isEqualTo(failuresBefore);
        assertThat(browser.signIn("stat-zhangpu", "demo")
                        .headers()
                        .firstValue("Location")
                        .orElse(""))
                .as("once it is back, the same browser signs in")
                .doesNotContain("login");
    }

    private static void stopPostgres() throws IOException {
        postgres.close();
        postgres = null;
    }

    private static void startPostgres() throws IOException {
        postgres = EmbeddedPostgres.builder()
                // TCP only, as the tests' throw-away servers (EmbeddedPostgresStarter): no socket lock in /tmp
                .setServerConfig("unix_socket_directories", "")
                .setDataDirectory(dataDirectory)
                .setCleanDataDirectory(false)
                .setPort(port)
                .start();
    }

    private static String url() {
        return "jdbc:postgresql://localhost:" + port + "/postgres";
    }

    private static DSLContext dsl() {
        return DSL.using(url(), "postgres", "postgres");
    }

    private static long count(String sql) throws SQLException {
        try (var connection = DriverManager.getConnection(url(), "postgres", "postgres");
                var rs = connection.createStatement().executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static void execute(String sql) throws SQLException {
        try (var connection = DriverManager.getConnection(url(), "postgres", "postgres")) {
            connection.createStatement().execute(sql);
        }
    }
}
