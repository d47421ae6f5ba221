package org.minsheng.base.db;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.util.List;
import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Whether this installation runs on the demo data, and on which demo: by default only on the embedded
 * database, on a server only with {@code minsheng.demo-data=true}. Decided in one place for the loader
 * and for the sign-in page and startup message that list the demo's accounts, so they never disagree.
 */
@Component
public class DemoData {

    /**
     * The demos, each the one before it and more. The country as the root gets the national one: started
     * as 全国 on the city demo, the country's page showed 漳州市's figures as the country's totals, with
     * nothing saying that one city was all there was (a stranger's trial).
     */
    public enum Demo {
        /** 漳州市 (350600) and its districts: the year-in-review's published totals, split. */
        CITY("350600", List.of("db/demo/zhangzhou-2020.sql")),
        /** 福建省 (350000): the city demo and the province's other cities, with generated figures. */
        PROVINCE("350100", List.of("db/demo/zhangzhou-2020.sql", "db/demo/fujian-illustrative.sql")),
        /** 全国 (000000): the province demo and the other provinces, which have no figures. */
        COUNTRY(
                "110000",
                List.of(
                        "db/demo/zhangzhou-2020.sql",
                        "db/demo/fujian-illustrative.sql",
                        "db/demo/china-provinces.sql"));

        private final String marker;
        private final List<String> scripts;

        Demo(String marker, List<String> scripts) {
            this.marker = marker;
            this.scripts = scripts;
        }

        /** A division only this demo's last script adds (福州市, 北京市): a database without it holds a smaller demo. */
        public String marker() {
            return marker;
        }

        /** The scripts to load, in order, in one transaction (each later one uses the earlier ones' rows). */
        public List<String> scripts() {
            return scripts;
        }

        /**
         * A province as the root gets the province demo, as the country gets the national one: started as
         * 福建省 without the fujian-demo profile, the root stayed on the city demo and the province's page
         * showed 漳州市's figures as the province's totals (a stranger's trial). Another province than 福建省
         * is in no demo, which the loader says at the start. {@code province} set says which demo, whatever
         * the root: tests build a province of their own on the city demo, 漳州市 its only city.
         */
        static Demo forRoot(String rootCode, Boolean province) {
            if ("000000".equals(rootCode)) {
                return COUNTRY;
            }
            if (province != null) {
                return province ? PROVINCE : CITY;
            }
            return rootCode.matches("\\d{2}0000") ? PROVINCE : CITY;
        }
    }

    private final boolean enabled;
    private final Demo demo;

    DemoData(
            @Value("${minsheng.demo-data:#{null}}") Boolean demoData,
            ObjectProvider<EmbeddedPostgres> embedded,
            @Value("${minsheng.city-code:350600}") String rootCode,
            @Value("${minsheng.demo-province:#{null}}") Boolean province) {
        this.enabled = demoData != null ? demoData : embedded.getIfAvailable() != null;
        this.demo = Demo.forRoot(rootCode, province);
    }

    public boolean enabled() {
        return enabled;
    }

    /** The demo this installation runs on; empty where it runs on its own data. */
    public Optional<Demo> demo() {
        return enabled ? Optional.of(demo) : Optional.empty();
    }
}
