package org.minsheng.provenance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.minsheng.support.SignedIn.as;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.minsheng.IntegrationTest;
import org.minsheng.figure.ReviewService;
import org.minsheng.support.Corrections;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

/**
 * What the public side served lands on the export history counted per day, unit year and edition,
 * one row however many requests, and is marked superseded once a correction makes a new edition.
 */
@IntegrationTest
@TestPropertySource(properties = "minsheng.test.database=public-servings")
class PublicServingsTest {

    private final HttpClient http = HttpClient.newHttpClient();

    @LocalServerPort
    int port;

    @Autowired
    ProvenanceService provenance;

    @Autowired
    ReviewService reviews;

    @Autowired
    DSLContext db;

    @Test
    void the_page_its_data_and_the_api_are_counted_per_day_and_edition_and_a_correction_supersedes_them()
            throws Exception {
        for (var path : List.of(
                "/public/2020",
                "/public/2020",
                "/public/2020",
                "/public/2020/data.csv",
                "/api/v1/years/2020/units/350600/figures",
                "/api/v1/years/2020/units/350600/headlines",
                "/public/embed/2020/350600/meal_schools",
                "/public/embed/2020/350600/meal_schools/1",
                "/public/2021")) {
            get(path);
        }
        var before = as("comms", provenance::publicServings);

        assertThat(before)
                .extracting(
                        PublicServing::kind,
                        PublicServing::year,
                        PublicServing::unitCode,
                        PublicServing::revision,
                        PublicServing::served,
                        PublicServing::superseded)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple(
                                PublicServings.Kind.PUBLIC_PAGE, 2020, "350600", 1, 3L, false),
                        org.assertj.core.groups.Tuple.tuple(
                                PublicServings.Kind.OPEN_DATA, 2020, "350600", 1, 1L, false),
                        org.assertj.core.groups.Tuple.tuple(PublicServings.Kind.API, 2020, "350600", 1, 2L, false),
                        org.assertj.core.groups.Tuple.tuple(PublicServings.Kind.EMBED, 2020, "350600", 1, 1L, false),
                        org.assertj.core.groups.Tuple.tuple(
                                PublicServings.Kind.EMBED_PINNED, 2020, "350600", 1, 1L, false));

        Corrections.reviseXiangchengDecember(db, reviews, "5", "补报一所学校");
        get("/public/2020");
        var after = as("comms", provenance::publicServings);
        // counted afresh after the correction, with no later edition served anywhere: the pinned embed's
        // mark is newer than the correction, and only the edition kept for the live chart tells
        db.execute("delete from public_serving");
        get("/public/embed/2020/350600/meal_schools/1");
        var afresh = as("comms", provenance::publicServings);

        assertThat(after)
                .filteredOn(s -> s.kind() == PublicServings.Kind.PUBLIC_PAGE)
                .extracting(PublicServing::revision, PublicServing::served, PublicServing::superseded)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple(2, 1L, false),
                        org.assertj.core.groups.Tuple.tuple(1, 3L, true));
        // the live embed follows the correction; the pinned one still shows edition 1 where it is embedded
        assertThat(after)
                .filteredOn(s -> s.kind() == PublicServings.Kind.EMBED)
                .singleElement()
                .matches(s -> s.superseded() && !s.outdatedWhereShown());
        assertThat(after)
                .filteredOn(s -> s.kind() == PublicServings.Kind.EMBED_PINNED)
                .singleElement()
                .matches(s -> s.superseded() && s.outdatedWhereShown());
        assertThat(afresh)
                .extracting(PublicServing::kind, PublicServing::revision, PublicServing::outdatedWhereShown)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(PublicServings.Kind.EMBED_PINNED, 1, true));
    }

    private void get(String path) throws Exception {
        http.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                        .build(),
                HttpResponse.BodyHandlers.discarding());
    }
}
