package org.minsheng.export.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.function.Function;
import java.util.function.IntFunction;
import java.util.function.Supplier;
import org.minsheng.audit.AuditQuery;
import org.minsheng.base.Download;
import org.minsheng.base.ui.DownloadLinks;
import org.minsheng.dashboard.DashboardFilter;
import org.minsheng.dashboard.DashboardService;
import org.minsheng.export.TableExportService;
import org.minsheng.period.Period;
import org.minsheng.period.PeriodService;
import org.minsheng.security.CurrentUser;
import org.minsheng.security.Role;

/**
 * Downloads of the tables as XLSX or CSV. Which sections show follows the user's roles for
 * convenience only: the export service checks again on every download.
 */
@Route("exports")
@Menu(title = "nav.exports", order = 9, icon = "vaadin:download")
// every role but the wall display's: its account runs the meeting-room screen and takes no files away
@RolesAllowed({
    Role.Names.LEADER,
    Role.Names.STATISTICIAN,
    Role.Names.REVIEWER,
    Role.Names.COMMUNICATIONS,
    Role.Names.ADMINISTRATOR
})
class ExportView extends Div implements HasDynamicTitle {

    private final TableExportService exports;

    ExportView(
            TableExportService exports, DashboardService dashboards, PeriodService periods, CurrentUser currentUser) {
        this.exports = exports;
        addClassName("page");
        var user = currentUser.get();
        // downloads run on their own request, where no UI is current to ask for the locale
        var locale = getLocale();
        var intro = new Paragraph(getTranslation("export.intro"));
        intro.addClassName("page-meta");
        add(new H2(getTranslation("export.heading")), intro);

        var year = new Select<Integer>();
        year.setId("export-year");
        year.setLabel(getTranslation("export.year"));
        year.setItems(dashboards.years());
        year.setItemLabelGenerator(y -> getTranslation("dashboard.yearOption", String.valueOf(y)));
        year.setValue(dashboards.latestYear());
        // the table of the reader's first dashboard page: the root's, or a scoped leader's own unit's, as the
        // dashboard opens it; the root's was offered to them under the root's words (市指标表 to 漳州市's
        // leader on a province) and refused on download (a stranger's trial)
        var scope = currentUser.readingScope();
        IntFunction<DashboardFilter> table = y -> DashboardFilter.year(y).startingFor(scope);
        // named by the units it lists, as the file is: 市指标表 on a province's page, 乡镇指标表 on a district's
        var listed = dashboards.dashboard(table.apply(year.getValue())).listedLevel();
        section(
                getTranslation("export.district", getTranslation(listed.tableKey()), getTranslation(listed.eachKey())),
                year,
                "export-district",
                format -> () -> exports.districtTable(table.apply(year.getValue()), format, locale));

        if (user.has(Role.REVIEWER)
                || user.has(Role.LEADER)
                || user.has(Role.ADMINISTRATOR)
                || user.has(Role.STATISTICIAN)) {
            var period = new Select<Period>();
            period.setId("export-period");
            period.setLabel(getTranslation("entry.period"));
            period.setItemLabelGenerator(p -> getTranslation(p.nameKey(), p.nameParameters()));
            var all = periods.all();
            period.setItems(all);
            all.stream().findFirst().ifPresent(period::setValue);
            section(
                    getTranslation("export.tracker"),
                    period,
                    "export-tracker",
                    format -> () -> exports.tracker(period.getValue(), null, format, locale));
        }
        if (user.has(Role.REVIEWER) || user.has(Role.ADMINISTRATOR)) {
            section(
                    getTranslation("export.audit"),
                    null,
                    "export-audit",
                    format -> () -> exports.auditTrail(AuditQuery.all(), format, locale));
        }
    }

    private void section(
            String heading, Select<?> choice, String id, Function<Download.Format, Supplier<Download>> download) {
        add(
                new H3(heading),
                choice == null ? new DownloadLinks(id, download) : new DownloadLinks(choice, id, download));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("export.heading");
    }
}
