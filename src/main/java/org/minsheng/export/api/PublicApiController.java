package org.minsheng.export.api;

import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.info.Info;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import java.util.LinkedHashMap;
import java.util.List;
import org.minsheng.export.OpenData;
import org.minsheng.export.OpenDataService;
import org.minsheng.publication.PublicDisclosureService;
import org.minsheng.publication.PublicYear;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * Read-only, for anyone, published years only: the same numbers as the public page and data.json,
 * through the same gate (PublicDisclosureService); a month's figures are the unit's dashboard's for that
 * month, of a published year. A year not published, or a unit or month that does not exist, is a 404
 * problem, alike.
 */
@RestController
@RequestMapping(path = "/api/v1", produces = "application/json")
// what every answer may be; a year not published and a unit or month that does not exist are one 404, alike
@ApiResponse(
        responseCode = "404",
        description = "the year is not published, or the unit or the month does not exist",
        content =
                @Content(
                        mediaType = "application/problem+json",
                        schema = @Schema(implementation = ProblemDetail.class)))
@ApiResponse(responseCode = "200", description = "the answer", useReturnTypeSchema = true)
@ApiResponse(responseCode = "304", description = "unchanged since the ETag sent in If-None-Match")
@ApiResponse(
        responseCode = "429",
        description = "too many requests from this address this minute; Retry-After says when to ask again",
        content =
                @Content(
                        mediaType = "application/problem+json",
                        schema = @Schema(implementation = ProblemDetail.class)))
@OpenAPIDefinition(
        info =
                @Info(
                        title = "民生领域集中整治成果 · published results",
                        version = "v1",
                        description = "The published results of the livelihood campaign: years, units, indicators,"
                                + " figures with their edition and corrections, each month's figures, and the"
                                + " year-in-review's headline numbers."
                                + " Published figures only; rate-limited per client address."))
class PublicApiController {

    private final PublicDisclosureService disclosure;
    private final OpenDataService openData;

    PublicApiController(PublicDisclosureService disclosure, OpenDataService openData) {
        this.disclosure = disclosure;
        this.openData = openData;
    }

    @Operation(summary = "Every published year of every unit, newest first")
    @GetMapping("/years")
    List<PublicYear.Listing> years() {
        return disclosure.published();
    }

    @Operation(summary = "The units of a published year: the unit and the units below it")
    @GetMapping("/years/{year}/units")
    List<OpenData.Unit> units(@PathVariable @Schema(example = "2020") int year) {
        var units = new LinkedHashMap<String, OpenData.Unit>();
        data(year, null)
                .figures()
                .forEach(f -> units.putIfAbsent(f.unitCode(), new OpenData.Unit(f.unitCode(), f.unitName())));
        return List.copyOf(units.values());
    }

    /** An indicator of a published year, as its figures name it. */
    record IndicatorRef(
            @Schema(example = "meal_schools") String code,
            @Schema(example = "农村义务教育学生营养改善计划实施学校") String name,
            @Schema(example = "所") String measure) {}

    @Operation(summary = "The indicators of a published year")
    @GetMapping("/years/{year}/indicators")
    List<IndicatorRef> indicators(@PathVariable @Schema(example = "2020") int year) {
        var indicators = new LinkedHashMap<String, IndicatorRef>();
        data(year, null)
                .figures()
                .forEach(f -> indicators.putIfAbsent(
                        f.indicator(), new IndicatorRef(f.indicator(), f.indicatorName(), f.measure())));
        return List.copyOf(indicators.values());
    }

    @Operation(summary = "A unit's published year: edition, corrections with their reasons, every figure")
    @GetMapping("/years/{year}/units/{code}/figures")
    OpenData figures(
            @PathVariable @Schema(example = "2020") int year,
            @PathVariable @Schema(type = "string", pattern = "\\d{2,12}", example = "350600") String code) {
        return data(year, code);
    }

    @Operation(
            summary = "A unit's published figures of one month of the year, as its dashboard shows that month",
            description = "Each figure says what it covers (accumulation): a cumulative indicator's figure is"
                    + " as at the end of the month (to date; the year's figure is December's), a per-period"
                    + " indicator's is the month alone. Indicators reported by year only have no month and are"
                    + " not listed. A month is published with its year, at the year's current edition.")
    @GetMapping("/years/{year}/units/{code}/months/{month}/figures")
    OpenData.Month monthFigures(
            @PathVariable @Schema(example = "2020") int year,
            @PathVariable @Schema(type = "string", pattern = "\\d{2,12}", example = "350600") String code,
            @PathVariable @Schema(minimum = "1", maximum = "12", example = "6") int month) {
        if (month < 1 || month > 12) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, "no such month");
        }
        return openData.month(year, checked(code), month).orElseThrow(() -> notPublished(year));
    }

    @Operation(summary = "A unit's year-in-review: the lede and its headline lines")
    @GetMapping("/years/{year}/units/{code}/headlines")
    OpenData.Headlines headlines(
            @PathVariable @Schema(example = "2020") int year,
            @PathVariable @Schema(type = "string", pattern = "\\d{2,12}", example = "350600") String code) {
        return openData.headlines(year, checked(code)).orElseThrow(() -> notPublished(year));
    }

    /**
     * Any other address under the API is a 404 problem like the others, not the application's sign-in
     * page (which would also hand the caller a session cookie).
     */
    @Operation(hidden = true)
    @GetMapping("/**")
    void unknown() {
        throw new ResponseStatusException(HttpStatus.NOT_FOUND, "no such resource; see /v3/api-docs");
    }

    private OpenData data(int year, String code) {
        return openData.data(year, code == null ? null : checked(code)).orElseThrow(() -> notPublished(year));
    }

    /** A division code is digits; anything else names no unit. */
    private static String checked(String code) {
        if (!code.matches("\\d{2,12}")) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, "no such unit");
        }
        return code;
    }

    private static ResponseStatusException notPublished(int year) {
        return new ResponseStatusException(HttpStatus.NOT_FOUND, year + " is not published, or there is no such unit");
    }
}
