package org.minsheng.support;

import com.microsoft.playwright.Page;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * axe-core, the accessibility engine browsers' own audits use, run in a page: {@code .ci/run} installs
 * it with npm under /opt/axe (or {@code AXE_CORE} names its axe.min.js).
 */
public final class Accessibility {

    private Accessibility() {}

    /** The WCAG 2 A and AA rules' violations of impact serious or critical, as "rule: nodes". */
    public static List<String> seriousViolations(Page page) throws Exception {
        var script = RequiredTool.file(
                Path.of(System.getenv().getOrDefault("AXE_CORE", "/opt/axe/node_modules/axe-core/axe.min.js")),
                "npm install --prefix /opt/axe axe-core@4");
        // evaluated by the test's own channel, not as a script tag, which the page's CSP rightly refuses
        page.evaluate(Files.readString(script));
        @SuppressWarnings("unchecked")
        var violations = (List<Map<String, Object>>) page.evaluate(
                "async () => (await axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa']}}))"
                        + ".violations.filter(v => v.impact === 'serious' || v.impact === 'critical')"
                        + ".map(v => ({id: v.id, nodes: v.nodes.map(n => n.target.join(' ')).join(', ')}))");
        return violations.stream().map(v -> v.get("id") + ": " + v.get("nodes")).toList();
    }
}
