package org.minsheng.export;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;

import com.github.mvysny.kaributesting.v10.DownloadKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H3;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.minsheng.support.KaribuSpring;
import org.springframework.context.ApplicationContext;

/** The downloads page as a user reads it, signed in on a page of their own. */
final class DownloadsPage {

    /**
     * @param headings      the sections' headings
     * @param districtTable the first line of the table section's CSV, taken through its link
     */
    record Read(List<String> headings, String districtTable) {}

    private DownloadsPage() {}

    static List<String> headings(ApplicationContext context, String username) {
        return read(context, username, false).headings();
    }

    static Read withDistrictTable(ApplicationContext context, String username) {
        return read(context, username, true);
    }

    private static Read read(ApplicationContext context, String username, boolean download) {
        KaribuSpring.signInAndOpen(context, username);
        try {
            UI.getCurrent().navigate("exports");
            var headings = _find(H3.class).stream().map(H3::getText).toList();
            if (!download) {
                return new Read(headings, null);
            }
            var csv = DownloadKt._download(_get(Anchor.class, spec -> spec.withId("export-district-csv")));
            // a file after its byte order mark; a refused download is an empty 403
            var text = csv.length < 3 ? "" : new String(csv, 3, csv.length - 3, StandardCharsets.UTF_8);
            return new Read(headings, text.lines().findFirst().orElse(""));
        } finally {
            KaribuSpring.tearDown();
        }
    }
}
