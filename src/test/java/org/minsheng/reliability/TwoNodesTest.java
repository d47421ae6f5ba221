package org.minsheng.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.minsheng.db.Tables.DATA_VERSION;
import static org.minsheng.support.SignedIn.as;

import com.zaxxer.hikari.HikariDataSource;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.minsheng.Application;
import org.minsheng.IntegrationTest;
import org.minsheng.base.db.ReadReplica;
import org.minsheng.dashboard.DashboardService;
import org.minsheng.dashboard.DashboardUpdates;
import org.minsheng.figure.CellKey;
import org.minsheng.figure.ConflictException;
import org.minsheng.figure.FigureInput;
import org.minsheng.figure.FigureService;
import org.minsheng.figure.ReviewService;
import org.minsheng.support.Catalogue;
import org.minsheng.support.WebSession;
import org.minsheng.support.YearTotals;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.test.context.TestPropertySource;

/**
 * Two application nodes on one PostgreSQL, as behind a load balancer (docs/deployment.md): this test's
 * application is node A; node B is a second copy of the whole application started in this JVM on
 * A's database. What one node does, the other sees: a correction reaches a dashboard open on the other
 * node through NOTIFY and moves its page cache; an edit made on one node is a conflict for a stale
 * edit on the other; wrong passwords on both count towards one lockout. (There is no scheduled work
 * to run once: ArchitectureTest refuses {@code @Scheduled} until it comes with a database lock.)
 */
@IntegrationTest
@TestPropertySource(properties = "minsheng.test.database=two-nodes")
class TwoNodesTest {

    private static ConfigurableApplicationContext nodeB;

    @Autowired
    DataSource dataSource;

    @Autowired
    DSLContext db;

    @Autowired
    FigureService figuresA;

    @Autowired
    ReviewService reviewsA;

    @LocalServerPort
    int portA;

    @BeforeEach
    void startNodeB() throws Exception {
        if (nodeB == null) {
            var primary = dataSource.unwrap(HikariDataSource.class);
            nodeB = new SpringApplicationBuilder(Application.class)
                    .profiles("test")
                    .run(
                            "--spring.datasource.url=" + primary.getJdbcUrl(),
                            "--spring.datasource.username=" + primary.getUsername(),
                            "--spring.datasource.password=" + primary.getPassword(),
                            "--server.port=0",
                            "--spring.main.banner-mode=off");
        }
    }

    @AfterAll
    static void stopNodeB() {
        if (nodeB != null) {
            nodeB.close();
            nodeB = null;
        }
    }

    @Test
    void a_correction_on_node_a_redraws_a_dashboard_open_on_node_b_with_the_new_figure() throws Exception {
        var dashboardsB = nodeB.getBean(DashboardService.class);
        assertThat(YearTotals.of(as("leader", () -> dashboardsB.cityYear(2020)), "meal_schools"))
                .as("node B has the page in its cache")
                .isEqualTo("156");
        var told = new CountDownLatch(1);
        var subscription =
                as("leader", () -> nodeB.getBean(DashboardUpdates.class).subscribe(told::countDown));
        try {
            var december = Catalogue.figure(db, "meal_schools", "350602", 2020, 12);
            var key = new CellKey(december.getIndicatorId(), december.getDivisionId(), december.getPeriodId());
            as(
                    "reviewer",
                    () -> reviewsA.revise(new FigureInput(key, "5", false, null, december.getVersion(), "补报一所学校")));

            assertThat(told.await(20, TimeUnit.SECONDS))
                    .as("the dashboard on node B is told")
                    .isTrue();
            assertThat(nodeB.getBean(ReadReplica.class).floor())
                    .as("node B reads no older edition than the one it was told of, were it to read a replica")
                    .isEqualTo(db.select(DATA_VERSION.N).from(DATA_VERSION).fetchSingle(DATA_VERSION.N));
            assertThat(YearTotals.of(as("leader", () -> dashboardsB.cityYear(2020)), "meal_schools"))
                    .as("and reads the new edition, not its cached page")
                    .isEqualTo("157");
        } finally {
            subscription.cancel();
        }
    }

    @Test
    void a_stale_edit_on_node_a_is_a_conflict_after_a_save_on_node_b() {
        var figuresB = nodeB.getBean(FigureService.class);
        int january = Catalogue.monthId(db, 2021, 1);
        var seenOnA =
                as("stat-xiangcheng", () -> figuresA.sheet(january)).cells().getFirst();

        var savedOnB =
                as("stat-xiangcheng", () -> figuresB.save(FigureInput.of(seenOnA.key(), "11", seenOnA.version())));
        assertThat(savedOnB.saved()).isTrue();

        assertThatThrownBy(() -> as(
                        "stat-xiangcheng", () -> figuresA.save(FigureInput.of(seenOnA.key(), "12", seenOnA.version()))))
                .isInstanceOf(ConflictException.class);
        var now = as("stat-xiangcheng", () -> figuresA.sheet(january)).cells().stream()
                .filter(c -> c.key().equals(seenOnA.key()))
                .findFirst()
                .orElseThrow();
        assertThat(now.value()).isEqualByComparingTo("11");
    }

    @Test
    void wrong_passwords_on_both_nodes_count_towards_one_lockout() {
        int portB = Integer.parseInt(nodeB.getEnvironment().getProperty("local.server.port"));
        // five in a row lock the account (minsheng.login.max-failures): three on A and two on B
        for (int port : new int[] {portA, portA, portA, portB, portB}) {
            assertThat(signInFails(port, "stat-zhangpu", "wrong")).isTrue();
        }
        assertThat(signInFails(portA, "stat-zhangpu", "demo"))
                .as("locked on node A, though only three of the five were typed there")
                .isTrue();
        assertThat(signInFails(portB, "stat-zhangpu", "demo"))
                .as("and on node B")
                .isTrue();
        assertThat(signInFails(portB, "stat-xiangcheng", "demo"))
                .as("another account signs in")
                .isFalse();
    }

    private static boolean signInFails(int port, String username, String password) {
        var response = WebSession.anonymous(port).signIn(username, password);
        return response.headers().firstValue("Location").orElse("").contains("login");
    }
}
