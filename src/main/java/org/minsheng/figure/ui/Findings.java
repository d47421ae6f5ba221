package org.minsheng.figure.ui;

import com.vaadin.flow.component.Component;
import java.util.List;
import java.util.stream.Collectors;
import org.minsheng.figure.Finding;

/** Validation findings in the user's language. */
final class Findings {

    private Findings() {}

    static String text(Component in, Finding finding) {
        return in.getTranslation(finding.messageKey(), finding.parameters().toArray());
    }

    static String text(Component in, List<Finding> findings) {
        return findings.stream().map(f -> text(in, f)).collect(Collectors.joining("；"));
    }
}
