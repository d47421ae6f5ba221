package org.minsheng.figure.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.IntConsumer;
import java.util.function.Supplier;
import org.minsheng.base.RefusedException;
import org.minsheng.base.ui.Notifications;
import org.minsheng.figure.Cell;
import org.minsheng.figure.ReviewService;
import org.minsheng.figure.TrackerService;
import org.minsheng.period.PeriodOverview;
import org.minsheng.period.PeriodService;

/**
 * The review page's two period-wide actions, each asked in a dialog before it is done: publishing the
 * period and approving everything submitted in it. The page runs what the dialog confirms and says what
 * it did, as it does for its rows' actions ({@link Act}).
 */
final class PeriodConfirmations {

    /** The page's way of running an action on a period and saying what it did. */
    interface Act {
        void run(PeriodOverview period, Supplier<String> action);
    }

    private final Component page;
    private final ReviewService review;
    private final TrackerService trackers;
    private final PeriodService periods;
    private final Function<PeriodOverview, String> name;
    private final IntConsumer refresh;
    private final Act act;

    PeriodConfirmations(
            Component page,
            ReviewService review,
            TrackerService trackers,
            PeriodService periods,
            Function<PeriodOverview, String> name,
            IntConsumer refresh,
            Act act) {
        this.page = page;
        this.review = review;
        this.trackers = trackers;
        this.periods = periods;
        this.name = name;
        this.refresh = refresh;
        this.act = act;
    }

    /**
     * Publishing locks the period, so the dialog says first how many reporting units have not reported
     * all their figures: an empty month, or one with nine districts missing, was published behind the
     * same two lines as a complete one (a stranger's trial). Allowed still: a unit may have nothing to
     * report, and the reviewer knows it.
     */
    void publish(PeriodOverview period, Runnable closed) {
        // figures still in the workflow: the service's refusal at once, not a question it would refuse after
        try {
            review.checkPublishable(period.id());
        } catch (RefusedException refused) {
            Notifications.refused(refused);
            closed.run();
            refresh.accept(period.id());
            return;
        }
        var completeness = trackers.tracker(period.id()).completeness();
        boolean missing = completeness.outstanding() > 0;
        var dialog = new ConfirmDialog(
                page.getTranslation("review.publish.title", name.apply(period)),
                missing
                        ? page.getTranslation(
                                "review.publish.missing",
                                String.valueOf(completeness.units()),
                                String.valueOf(completeness.outstanding()))
                        : page.getTranslation("review.publish.text"),
                page.getTranslation(missing ? "review.publish.confirmMissing" : "review.publish.confirm"),
                e -> act.run(period, () -> {
                    review.publish(period.id());
                    var published = page.getTranslation("review.published", name.apply(period));
                    // the annual period is not the year: 「2021（年报）已发布」 beside 「年度未发布」 on every other
                    // page, with nothing saying what the year still waited for (a stranger's trial)
                    return period.isYear() && monthsUnpublished(period.year())
                            ? published
                                    + page.getTranslation(
                                            "review.published.yearStillOpen", String.valueOf(period.year()))
                            : published;
                }));
        dialog.setId(missing ? "publish-confirm-missing" : "publish-confirm");
        dialog.addOpenedChangeListener(e -> {
            if (!e.isOpened()) {
                closed.run();
            }
        });
        dialog.setCancelable(true);
        dialog.setCancelText(page.getTranslation("action.cancel"));
        dialog.open();
    }

    private boolean monthsUnpublished(int year) {
        return periods.all().stream().anyMatch(p -> p.year() == year && !p.isYear() && !p.isPublished());
    }

    /** Everything submitted in the period, after the reviewer has seen how much of each district. */
    void approvePeriod(PeriodOverview period, Map<String, List<Cell>> byDistrict) {
        var list = new UnorderedList();
        list.setId("approve-period-summary");
        byDistrict.forEach((district, cells) ->
                list.add(new ListItem(page.getTranslation("review.approvePeriod.line", district, cells.size()))));
        var text = new Div(new Paragraph(page.getTranslation("review.approvePeriod.text")), list);
        var dialog = new ConfirmDialog();
        dialog.setHeader(page.getTranslation("review.approvePeriod.title", name.apply(period)));
        dialog.setText(text);
        dialog.setCancelable(true);
        dialog.setCancelText(page.getTranslation("action.cancel"));
        dialog.setConfirmText(page.getTranslation("review.approvePeriod.confirm"));
        dialog.addConfirmListener(e ->
                act.run(period, () -> page.getTranslation("review.approved", review.approvePeriod(period.id()))));
        dialog.open();
    }
}
