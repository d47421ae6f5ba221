package org.minsheng.bench;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

/**
 * Streams rows into one COPY ... FROM STDIN (text format) through pgjdbc's CopyManager, in 1 MiB
 * chunks so the generator never holds a table in memory.
 */
final class CopyWriter implements AutoCloseable {

    private static final int CHUNK = 1 << 20;

    private final CopyIn copy;
    private final StringBuilder buffer = new StringBuilder(CHUNK + 4096);
    private long rows;
    private boolean inRow;

    CopyWriter(Connection connection, String table, String columns) throws SQLException {
        this.copy = connection
                .unwrap(PGConnection.class)
                .getCopyAPI()
                .copyIn("copy " + table + " (" + columns + ") from stdin");
    }

    /** Starts a row; fields are appended with {@link #field} and the row ends with {@link #end}. */
    CopyWriter field(Object value) {
        if (inRow) {
            buffer.append('\t');
        }
        inRow = true;
        if (value == null) {
            buffer.append("\\N");
        } else {
            buffer.append(value);
        }
        return this;
    }

    void end() throws SQLException {
        buffer.append('\n');
        inRow = false;
        rows++;
        if (buffer.length() >= CHUNK) {
            flush();
        }
    }

    long rows() {
        return rows;
    }

    private void flush() throws SQLException {
        var bytes = buffer.toString().getBytes(StandardCharsets.UTF_8);
        copy.writeToCopy(bytes, 0, bytes.length);
        buffer.setLength(0);
    }

    @Override
    public void close() throws SQLException {
        flush();
        copy.endCopy();
    }
}
