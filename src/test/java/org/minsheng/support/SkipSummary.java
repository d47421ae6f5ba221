package org.minsheng.support;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.TestPlan;

/**
 * Names every skipped test and why, in one line at the end of the run, where nobody can miss it:
 * Maven's "Skipped: 1" in the middle of the log is easy to read as a pass. Registered for the whole
 * test run in {@code META-INF/services/org.junit.platform.launcher.TestExecutionListener}.
 */
public class SkipSummary implements TestExecutionListener {

    private final List<String> skipped = new CopyOnWriteArrayList<>();
    private TestPlan plan;

    @Override
    public void testPlanExecutionStarted(TestPlan testPlan) {
        plan = testPlan;
        skipped.clear();
    }

    @Override
    public void executionSkipped(TestIdentifier test, String reason) {
        skipped.add(name(test) + " (" + reason + ")");
    }

    @Override
    public void executionFinished(TestIdentifier test, TestExecutionResult result) {
        if (result.getStatus() == TestExecutionResult.Status.ABORTED) {
            var reason = result.getThrowable().map(Throwable::getMessage).orElse("aborted");
            skipped.add(name(test) + " (" + reason + ")");
        }
    }

    @Override
    public void testPlanExecutionFinished(TestPlan testPlan) {
        if (!skipped.isEmpty()) {
            System.err.println("*** SKIPPED " + skipped.size() + (skipped.size() == 1 ? " TEST: " : " TESTS: ")
                    + String.join("; ", skipped) + " ***");
        }
    }

    private String name(TestIdentifier test) {
        var parent = plan == null
                ? null
                : plan.getParent(test).map(TestIdentifier::getDisplayName).orElse(null);
        return parent == null ? test.getDisplayName() : parent + "." + test.getDisplayName();
    }
}
