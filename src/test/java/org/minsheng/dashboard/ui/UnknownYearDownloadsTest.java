package org.minsheng.dashboard.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.fakeservlet.FakeResponse;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.server.StreamResourceRegistry;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinServletResponse;
import com.vaadin.flow.server.VaadinServletService;
import com.vaadin.flow.server.VaadinSession;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.minsheng.IntegrationTest;
import org.minsheng.base.Download;
import org.minsheng.base.chart.ImageFormat;
import org.minsheng.base.chart.ImageSize;
import org.minsheng.base.ui.DownloadLinks;
import org.minsheng.dashboard.ChartDownloads;
import org.minsheng.dashboard.ChartKind;
import org.minsheng.dashboard.ChartRequest;
import org.minsheng.dashboard.DashboardDownloads;
import org.minsheng.dashboard.DashboardFilter;
import org.minsheng.support.KaribuSpring;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * The dashboard's downloads of a year the calendar lacks (2099, a stranger's trial) were an empty table and
 * an empty chart, answered 200 as if the year had been; each is now the dashboard's refusal, 404 in words.
 * Each request goes through the download link's own handler, as the browser's click does.
 */
@IntegrationTest
class UnknownYearDownloadsTest {

    @Autowired
    ApplicationContext context;

    @Autowired
    DashboardDownloads tables;

    @Autowired
    ChartDownloads charts;

    @BeforeEach
    void signIn() {
        KaribuSpring.signInAndOpen(context, "leader");
    }

    @AfterEach
    void tearDown() {
        KaribuSpring.tearDown();
    }

    @Test
    void the_table_of_a_year_the_calendar_lacks_is_a_404_that_says_so_not_an_empty_file() throws IOException {
        var answer = request(
                () -> tables.districtTable(DashboardFilter.year(2099), Download.Format.CSV, Locale.SIMPLIFIED_CHINESE));
        assertThat(answer.getStatus()).isEqualTo(404);
        assertThat(answer.getContentType()).startsWith("text/plain");
        assertThat(body(answer)).isEqualTo("统计日历中没有 2099 年，无法显示该年度");
    }

    @Test
    void the_chart_of_a_year_the_calendar_lacks_is_a_404_that_says_so_not_an_empty_chart() throws IOException {
        var answer = request(() -> charts.chart(new ChartRequest(
                DashboardFilter.year(2099), "road_widening", ChartKind.RANKING, ImageSize.WEB, ImageFormat.PNG, null)));
        assertThat(answer.getStatus()).isEqualTo(404);
        assertThat(body(answer)).contains("2099").doesNotContain("dashboards.error");
    }

    /** A unit code nobody has is an address that does not exist too: 404 in words, as a year, not 403. */
    @Test
    void the_table_of_a_unit_code_nobody_has_is_a_404_that_says_so() throws IOException {
        var answer = request(() -> tables.districtTable(
                DashboardFilter.year(2020).withDivision("999999"), Download.Format.CSV, Locale.SIMPLIFIED_CHINESE));
        assertThat(answer.getStatus()).isEqualTo(404);
        assertThat(body(answer)).contains("999999").doesNotContain("dashboards.error");
    }

    @Test
    void a_year_of_the_calendar_is_still_a_file() throws IOException {
        var answer = request(
                () -> tables.districtTable(DashboardFilter.year(2020), Download.Format.CSV, Locale.SIMPLIFIED_CHINESE));
        assertThat(answer.getStatus()).isEqualTo(200);
        assertThat(body(answer)).contains("芗城区");
    }

    /** The body as the bytes sent, UTF-8 (the fake response reads its buffer as Latin-1). */
    private static String body(FakeResponse answer) {
        return answer.getBuffer().toString(StandardCharsets.UTF_8);
    }

    /** The link's request, answered by its handler as the servlet would: status, type and body. */
    private static FakeResponse request(Supplier<Download> download) throws IOException {
        var link = new Anchor(DownloadLinks.handler(download), AttachmentType.DOWNLOAD, "CSV");
        UI.getCurrent().add(link);
        var session = VaadinSession.getCurrent();
        var resource = (StreamResourceRegistry.ElementStreamResource) session.getResourceRegistry()
                .getResource(URI.create(link.getHref()))
                .orElseThrow();
        var fake = new FakeResponse();
        var response = new VaadinServletResponse(fake, (VaadinServletService) session.getService());
        resource.getElementRequestHandler()
                .handleRequest(VaadinRequest.getCurrent(), response, session, resource.getOwner());
        return fake;
    }
}
