package org.minsheng.bench;

import java.util.ArrayList;
import java.util.List;
import org.jooq.ExecuteContext;
import org.jooq.ExecuteListener;

/**
 * The SQL the dashboard's repository sends, caught as jOOQ executes it, so {@link QueryBench} times
 * and explains the very statements a page runs, byte for byte, without the product exposing them.
 * Added to the bench's application context only (Spring Boot's jOOQ configuration takes every
 * {@code ExecuteListenerProvider} bean). Each statement is named by the repository method that issued
 * it (the outermost frame of that class on the stack: {@code cells}, not its helper {@code rollup}),
 * and only statements of the thread inside {@link #record} are kept.
 */
final class StatementRecorder implements ExecuteListener {

    /**
     * One statement: {@code sql} with its parameters inlined, and {@code sent} with {@code binds}, as
     * jOOQ sent it (the same as {@code sql} when the repository inlines its values).
     */
    record Statement(String method, String sql, String sent, List<Object> binds) {}

    private final String repositoryClass;
    private volatile Thread recording;
    private final List<Statement> statements = new ArrayList<>();

    StatementRecorder(String repositoryClass) {
        this.repositoryClass = repositoryClass;
    }

    /** The repository's statements that {@code call} ran, in order. */
    synchronized List<Statement> record(Runnable call) {
        statements.clear();
        recording = Thread.currentThread();
        try {
            call.run();
        } finally {
            recording = null;
        }
        return List.copyOf(statements);
    }

    @Override
    public void executeStart(ExecuteContext ctx) {
        if (Thread.currentThread() != recording || ctx.query() == null) {
            return;
        }
        var method = StackWalker.getInstance()
                .walk(frames -> frames.filter(f -> f.getClassName().equals(repositoryClass))
                        .reduce((inner, outer) -> outer)
                        .map(StackWalker.StackFrame::getMethodName));
        method.ifPresent(m -> statements.add(new Statement(
                m, ctx.dsl().renderInlined(ctx.query()), ctx.sql(), ctx.query().getBindValues())));
    }

    /**
     * The {@code nth} statement (from 0) that {@code method} issued. Fails, naming what was caught,
     * when the page no longer runs it, so the bench cannot time another statement under its name.
     */
    static Statement pick(List<Statement> caught, String method, int nth) {
        var matching = caught.stream().filter(s -> s.method().equals(method)).toList();
        if (matching.size() <= nth) {
            throw new IllegalStateException("expected at least " + (nth + 1) + " statements of " + method + ", caught "
                    + caught.stream().map(Statement::method).toList());
        }
        return matching.get(nth);
    }
}
