package org.minsheng.base.ui.chart;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.component.dependency.NpmPackage;
import com.vaadin.flow.shared.Registration;
import java.util.function.IntConsumer;
import org.minsheng.base.ui.SharedText;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * A Chart.js chart. The configuration is Chart.js's own JSON (see {@link ChartConfigs} for the kinds
 * this product draws); setting a new one redraws the chart in place without reloading the page.
 */
@Tag("campaign-chart")
@NpmPackage(value = "chart.js", version = "4.5.1")
@JsModule("./components/campaign-chart.js")
public class ChartJs extends Component implements HasSize {

    /** Decimals read back as BigDecimal, exactly as they were written. */
    private static final JsonMapper JSON = JsonMapper.builder()
            .enable(tools.jackson.databind.DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .build();

    public ChartJs() {
        setWidthFull();
        setHeight("360px");
        getElement().getStyle().set("display", "block").set("position", "relative");
    }

    /**
     * Only the serialised configuration stays, as the element's property the browser receives: the
     * JSON tree is garbage once written, so an open dashboard does not hold a copy of every chart.
     */
    public void setConfig(ObjectNode config) {
        setConfig(Config.of(config));
    }

    /** A configuration written before, shown again without writing its JSON again. */
    public void setConfig(Config config) {
        getElement().setProperty("config", config.json);
    }

    /**
     * A configuration written once as the JSON the browser receives, for a chart that many sessions show
     * alike (a dashboard's, drawn once per page): each of them then sets the same text instead of writing
     * the tree again.
     */
    public static final class Config {
        private final String json;

        private Config(String json) {
            this.json = json;
        }

        public static Config of(ObjectNode config) {
            return new Config(SharedText.of(JSON.writeValueAsString(config)));
        }
    }

    /** The configuration as the browser has it, read back from the property. */
    public ObjectNode getConfig() {
        var json = getElement().getProperty("config");
        return json == null ? null : (ObjectNode) JSON.readTree(json);
    }

    /**
     * Called with the index of the bar or point a user clicked, in the order of the labels. The index
     * comes from the browser and may be anything: one that is not a whole number arrives as -1, and
     * the listener checks the range against what it drew.
     */
    public Registration addItemClickListener(IntConsumer listener) {
        return getElement()
                .addEventListener("chart-click", event -> {
                    var index = event.getEventData().get("event.detail.index");
                    listener.accept(
                            index != null && index.isIntegralNumber() && index.canConvertToInt() ? index.asInt() : -1);
                })
                .addEventData("event.detail.index");
    }
}
