package org.minsheng.reliability;

import static org.minsheng.support.SignedIn.as;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.stream.Collectors;
import org.jooq.DSLContext;
import org.minsheng.Application;
import org.minsheng.figure.FigureInput;
import org.minsheng.figure.FigureService;
import org.minsheng.importing.ImportService;
import org.minsheng.support.Catalogue;
import org.springframework.boot.builder.SpringApplicationBuilder;

/**
 * An application node in a process of its own, on a database it is given, writing as 芗城区's
 * statistician until it is killed: {@code saves} saves January 2021's cells one after another and
 * prints each; {@code import} waits for a line on its input, then commits an import of the same
 * cells. Its connections carry {@link #APPLICATION_NAME}, so the test sees them in pg_stat_activity.
 */
final class WritingNode {

    static final String APPLICATION_NAME = "minsheng killed node";
    static final String STARTED = "started";
    static final String SAVED = "saved ";
    static final String COMMITTING = "committing";

    /** Values every check accepts for 芗城区's January (ReviewWorkflowTest types the same). */
    static final Map<String, String> JANUARY = Map.of(
            "meal_schools", "4", "dropouts", "0", "family_doctor", "3300", "road_widening", "0.3", "passing_bays", "1");

    private WritingNode() {}

    public static void main(String[] args) throws Exception {
        var node = new SpringApplicationBuilder(Application.class)
                .profiles("test")
                .run(
                        "--spring.datasource.url=" + args[0],
                        "--spring.datasource.username=" + args[1],
                        "--spring.datasource.password=" + args[2],
                        "--spring.datasource.hikari.data-source-properties.ApplicationName=" + APPLICATION_NAME,
                        "--server.port=0",
                        "--spring.main.banner-mode=off",
                        "--logging.level.root=warn");
        var figures = node.getBean(FigureService.class);
        int january = Catalogue.monthId(node.getBean(DSLContext.class), 2021, 1);
        System.out.println(STARTED);
        switch (args[3]) {
            case "saves" -> {
                for (int n = 1; ; n++) {
                    var cells =
                            as("stat-xiangcheng", () -> figures.sheet(january)).cells();
                    var cell = cells.get(n % cells.size());
                    var text = String.valueOf(n % 40);
                    as("stat-xiangcheng", () -> figures.save(FigureInput.of(cell.key(), text, cell.version())));
                    System.out.println(SAVED + n);
                }
            }
            case "import" -> {
                var go = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
                var csv = "区县,指标,期间,数值\n"
                        + JANUARY.entrySet().stream()
                                .map(e -> "350602," + e.getKey() + ",2021-01," + e.getValue())
                                .collect(Collectors.joining("\n"));
                System.out.println(COMMITTING + " " + go);
                var imports = node.getBean(ImportService.class);
                as("stat-xiangcheng", () -> imports.commit("killed-node.csv", csv.getBytes(StandardCharsets.UTF_8)));
                System.out.println("committed");
            }
            default -> throw new IllegalArgumentException(args[3]);
        }
    }
}
