package org.minsheng.base.ui;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;

/**
 * Sorts an unexpected exception into what the user is told: the database is out of reach (try again
 * in a moment, nothing was saved), or something else went wrong. The details go to the log only.
 */
public final class Failures {

    private Failures() {}

    /**
     * True when the database could not be reached or the connection broke during the call: no
     * connection within the pool's timeout, a refused or dropped connection (SQL state class 08), or a
     * server shutting down (57P01-57P03). A constraint violation or a bad statement is not an outage.
     */
    public static boolean databaseUnavailable(Throwable error) {
        for (var t = error; t != null; t = t.getCause() == t ? null : t.getCause()) {
            // when the connection dies mid-transaction the rollback fails too, and Spring reports that
            // failure, keeping the original one aside
            if (t instanceof TransactionSystemException failed
                    && failed.getApplicationException() != null
                    && databaseUnavailable(failed.getApplicationException())) {
                return true;
            }
            if (t instanceof CannotCreateTransactionException
                    || t instanceof DataAccessResourceFailureException
                    || t instanceof SQLTransientConnectionException
                    || t instanceof SQLNonTransientConnectionException
                    || t instanceof SQLRecoverableException) {
                return true;
            }
            if (t instanceof SQLException sql
                    && sql.getSQLState() != null
                    && (sql.getSQLState().startsWith("08") || sql.getSQLState().startsWith("57P"))) {
                return true;
            }
        }
        return false;
    }

    /** The i18n key of the message for the exception. */
    public static String messageKey(Throwable error) {
        return databaseUnavailable(error) ? "error.database" : "error.unexpected";
    }
}
