package org.minsheng.dashboard.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.router.QueryParameters;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.minsheng.dashboard.DashboardFilter;
import org.minsheng.dashboard.DashboardService;
import org.minsheng.division.DivisionService;
import org.minsheng.security.ReadingScope;

/**
 * The dashboard's address as the page reads it: the filter it shows, and what of the address it could not
 * take as written. Apart from {@link DashboardView} because a pasted or mistyped address is settled before
 * anything is drawn (a bad value falls back to a default, a unit outside the installation to the reader's
 * own page), and the view then only says so and draws.
 *
 * @param unread the address's choices not taken as written ({@link DashboardFilter#unread})
 * @param outside what to say of a unit the installation does not hold, empty where it holds the one asked
 */
record DashboardAddress(DashboardFilter filter, List<String> unread, List<String> outside) {

    static DashboardAddress read(
            Map<String, List<String>> parameters,
            DashboardService dashboards,
            Collection<String> categoryCodes,
            DivisionService divisions,
            ReadingScope scope,
            Component in) {
        var filter = DashboardFilter.parse(parameters, dashboards.latestYear(), dashboards::latestMonth)
                .withKnownCategory(categoryCodes);
        // year=abc or part=13 showed another view without a word, the bad value left in the address
        var unread = DashboardFilter.unread(parameters, filter);
        var outside = outsideInstallation(filter, divisions, in);
        if (!outside.isEmpty()) {
            // the reader's default page is shown instead, and the address is put right below
            filter = filter.withDivision(null);
        }
        return new DashboardAddress(filter.startingFor(scope), unread, outside);
    }

    /**
     * What to say of an address naming a unit the installation does not hold (福建省 on 漳州市's): the
     * root's page showed for it without a word.
     */
    private static List<String> outsideInstallation(DashboardFilter asked, DivisionService divisions, Component in) {
        if (asked.division() == null) {
            return List.of();
        }
        return divisions
                .outsideInstallation(asked.division())
                .map(unit -> in.getTranslation(
                        "dashboard.outsideInstallation",
                        unit.name(),
                        unit.code(),
                        divisions.city().name()))
                .stream()
                .toList();
    }

    /**
     * Whether the address asked for something other than what is shown: it is then put right, so a reload
     * or a link passed on does not repeat the slip.
     */
    boolean misread() {
        return !unread.isEmpty() || !outside.isEmpty();
    }

    /** The address of what is shown, as the history takes it. */
    String query() {
        return "?" + QueryParameters.simple(filter.toParameters()).getQueryString();
    }
}
