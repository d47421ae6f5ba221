package org.minsheng.base.db;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.minsheng.base.db.DemoData.Demo;

/**
 * Which demo a root gets. 福建省 started without the fujian-demo profile stayed on the city demo and showed
 * 漳州市's figures as the province's totals; the country had been given its own demo for the same reason.
 */
class DemoDataRootTest {

    @Test
    void a_province_as_the_root_gets_the_province_demo_as_the_country_gets_the_national_one() {
        assertThat(Demo.forRoot("350000", null)).isEqualTo(Demo.PROVINCE);
        assertThat(Demo.forRoot("000000", null)).isEqualTo(Demo.COUNTRY);
    }

    @Test
    void a_city_or_county_root_keeps_the_city_demo() {
        assertThat(Demo.forRoot("350600", null)).isEqualTo(Demo.CITY);
        assertThat(Demo.forRoot("350623", null)).isEqualTo(Demo.CITY);
    }

    @Test
    void a_demo_asked_for_is_the_one_loaded() {
        assertThat(Demo.forRoot("350000", false))
                .as("tests' own province on the city demo")
                .isEqualTo(Demo.CITY);
        assertThat(Demo.forRoot("350000", true)).isEqualTo(Demo.PROVINCE);
        assertThat(Demo.forRoot("000000", true)).isEqualTo(Demo.COUNTRY);
    }
}
