package org.minsheng.figure.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.QueryParameters;
import java.util.List;
import java.util.Optional;
import org.minsheng.base.Texts;
import org.minsheng.period.Period;

/**
 * The period a page's address names ({@code ?period=ID}), read alike by the entry sheet and the tracker: the
 * one asked for among the periods the page offers; an id that names none of them is kept, so the page says so
 * rather than silently showing another (a tester's {@code ?period=99999}), and the address is then corrected.
 *
 * @param asked   the period the address names, when the page offers it
 * @param unknown the id the address gave that names no period offered; null when none was given or it was found
 */
record AddressedPeriod(Optional<Period> asked, String unknown) {

    /** The address's parameter naming the period shown, by id. */
    static final String PARAMETER = "period";

    static AddressedPeriod read(QueryParameters parameters, List<Period> offered) {
        var askedId = parameters.getSingleParameter(PARAMETER);
        var asked = askedId.flatMap(id ->
                offered.stream().filter(p -> String.valueOf(p.id()).equals(id)).findFirst());
        return new AddressedPeriod(asked, asked.isEmpty() ? askedId.orElse(null) : null);
    }

    /**
     * What the page says of the unknown id: {@code key} naming {@code shown}, the period shown instead, or
     * {@code key.noneShown} when the page shows none (a city statistician with no period open for the city's
     * own rows was told nothing of a district's month they had asked for).
     */
    String notice(Component page, String key, Period shown) {
        return shown == null
                ? page.getTranslation(key + ".noneShown", Texts.quoted(unknown))
                : page.getTranslation(key, Texts.quoted(unknown), PeriodLabels.name(page, shown));
    }

    /**
     * Puts {@code address}, which names the period shown, in place of the address entered, without a new
     * history entry, when that named an unknown period: a reload or the link passed on does not repeat the
     * mistake.
     */
    void correct(BeforeEnterEvent event, String address) {
        if (unknown != null) {
            event.getUI().getPage().getHistory().replaceState(null, address);
        }
    }
}
