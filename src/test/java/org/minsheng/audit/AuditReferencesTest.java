package org.minsheng.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.minsheng.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The trail names who made a change and the import it came from, and neither may point nowhere: an
 * entry naming an unknown user or batch is refused, and a user or batch the trail names cannot be
 * deleted. (Checked per statement since V150, so an import's thousands of entries pay once.)
 */
@IntegrationTest
class AuditReferencesTest {

    private static final String FOREIGN_KEY_VIOLATION = "23503";

    @Autowired
    DSLContext db;

    @Autowired
    PlatformTransactionManager transactions;

    @Autowired
    DataSource dataSource;

    @Test
    void an_entry_naming_no_user_or_no_import_batch_is_refused() {
        assertThat(sqlState(db -> db.execute(
                        "insert into audit_entry (actor_id, action, entity) values (-1, 'enter', 'figure')")))
                .as("unknown actor")
                .isEqualTo(FOREIGN_KEY_VIOLATION);
        assertThat(sqlState(db -> db.execute("""
                        insert into audit_entry (actor_id, action, entity, import_id)
                        select id, 'enter', 'figure', -1 from app_user where username = 'stat-xiangcheng'"""))).as("unknown import batch").isEqualTo(FOREIGN_KEY_VIOLATION);
        assertThat(sqlState(db -> {
                    long entry = entry(db, batch(db));
                    db.execute("update audit_entry set actor_id = -1 where id = ?", entry);
                }))
                .as("an entry changed to name nobody")
                .isEqualTo(FOREIGN_KEY_VIOLATION);
        assertThat(sqlState(db -> entry(db, batch(db))))
                .as("a user and batch that exist")
                .isNull();
    }

    @Test
    void a_user_or_an_import_batch_the_trail_names_cannot_be_deleted() {
        assertThat(sqlState(db -> {
                    long batch = batch(db);
                    entry(db, batch);
                    db.execute("delete from import_batch where id = ?", batch);
                }))
                .as("a batch with entries")
                .isEqualTo(FOREIGN_KEY_VIOLATION);
        assertThat(sqlState(db -> {
                    long user = user(db);
                    db.execute(
                            "insert into audit_entry (actor_id, action, entity) values (?, 'enter', 'figure')", user);
                    db.execute("delete from app_user where id = ?", user);
                }))
                .as("a user with entries")
                .isEqualTo(FOREIGN_KEY_VIOLATION);
        assertThat(sqlState(db -> db.execute("delete from app_user where id = ?", user(db))))
                .as("a user the trail does not name")
                .isNull();
        assertThat(sqlState(db -> db.execute("delete from import_batch where id = ?", batch(db))))
                .as("a batch the trail does not name")
                .isNull();
    }

    @Test
    void a_user_named_by_an_entry_not_yet_committed_cannot_be_deleted_meanwhile() throws SQLException {
        try (var setup = dataSource.getConnection();
                var writer = dataSource.getConnection();
                var deleter = dataSource.getConnection()) {
            int user;
            try (var s = setup.createStatement();
                    var r = s.executeQuery("""
                            insert into app_user (username, display_name, password_hash)
                            values ('audit-reference-lock', '审计引用锁测试', 'x') returning id""")) {
                r.next();
                user = r.getInt(1);
            }
            try {
                writer.setAutoCommit(false);
                try (var s = writer.prepareStatement(
                        "insert into audit_entry (actor_id, action, entity) values (?, 'enter', 'figure')")) {
                    s.setInt(1, user);
                    s.executeUpdate();
                }
                deleter.setAutoCommit(false);
                try (var s = deleter.createStatement()) {
                    // the writer holds the user until it ends, so the delete waits: give up at once
                    s.execute("set local lock_timeout = '100ms'");
                    s.executeUpdate("delete from app_user where id = " + user);
                    throw new AssertionError("the user was deleted under an entry not yet committed");
                } catch (SQLException expected) {
                    assertThat(expected.getSQLState()).as("lock_not_available").isEqualTo("55P03");
                } finally {
                    deleter.rollback();
                }
            } finally {
                writer.rollback();
                try (var s = setup.createStatement()) {
                    s.executeUpdate("delete from app_user where id = " + user);
                }
            }
        }
    }

    /** The SQLSTATE the work failed with, or null when it went through; always rolled back. */
    private String sqlState(Consumer<DSLContext> work) {
        try {
            new TransactionTemplate(transactions).executeWithoutResult(status -> {
                status.setRollbackOnly();
                work.accept(db);
            });
            return null;
        } catch (RuntimeException e) {
            for (Throwable t = e; t != null; t = t.getCause()) {
                if (t instanceof SQLException sql) {
                    return sql.getSQLState();
                }
            }
            throw e;
        }
    }

    private static long batch(DSLContext db) {
        return db.fetchOne("""
                        insert into import_batch (file_name, sha256, rows_total, rows_new, rows_changed, rows_unchanged,
                                                  imported_by)
                        select '芗城-2021-01.csv', repeat('0', 64), 0, 0, 0, 0, id from app_user
                        where username = 'stat-xiangcheng'
                        returning id""").get(0, Long.class);
    }

    private static long entry(DSLContext db, long batch) {
        return db.fetchOne("""
                        insert into audit_entry (actor_id, action, entity, source, import_id)
                        select id, 'figure_import', 'import_batch', 'import', ? from app_user
                        where username = 'stat-xiangcheng'
                        returning id""", batch).get(0, Long.class);
    }

    private static long user(DSLContext db) {
        return db.fetchOne("""
                        insert into app_user (username, display_name, password_hash)
                        values ('audit-reference-test', '审计引用测试', 'x') returning id""").get(0, Long.class);
    }
}
