package org.minsheng.base.db;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.jooq.ResultQuery;
import org.jooq.exception.DataAccessException;

/**
 * The rows of a statement that returns thousands of them, read by column position and type from jOOQ's
 * lazy cursor instead of built into jOOQ records. The statement still runs through jOOQ, so its execute
 * listeners (the benches' statement clock among them) see it from start to end of fetch; what is saved
 * is jOOQ's per-value converter lookup for every column of every row and its parsing of timestamps from
 * text, which were half of a national dashboard page (docs/benchmarks.md 4.5.2) and most of an import
 * file's read time in the JVM (4.2.2). Columns count from 1, in the statement's select order.
 */
public final class TypedRows {

    private TypedRows() {}

    /** One row read from the result set's current position; it must not move the cursor. */
    @FunctionalInterface
    public interface Reader<T> {
        T read(ResultSet row) throws SQLException;
    }

    /** Every row of the statement, in its order. */
    public static <T> List<T> list(ResultQuery<?> query, Reader<T> reader) {
        try (var cursor = query.fetchLazy()) {
            var rows = cursor.resultSet();
            var read = new ArrayList<T>();
            while (rows.next()) {
                read.add(reader.read(rows));
            }
            return read;
        } catch (SQLException failed) {
            throw new DataAccessException("reading a statement's rows by type", failed);
        }
    }

    /** A nullable integer column: {@link ResultSet#getInt} reads SQL null as 0. */
    public static Integer integerOrNull(ResultSet row, int column) throws SQLException {
        int value = row.getInt(column);
        return row.wasNull() ? null : value;
    }
}
