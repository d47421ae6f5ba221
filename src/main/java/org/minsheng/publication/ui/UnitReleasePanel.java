package org.minsheng.publication.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import java.time.ZoneId;
import org.minsheng.base.RefusedException;
import org.minsheng.publication.UnitPublication;
import org.minsheng.publication.UnitPublicationService;
import org.minsheng.publication.YearInReview;

/**
 * The year-in-review's line on whether the unit's year is published, and for its reviewer the button that
 * publishes it with its confirmation; the page shows everything again once it is published.
 */
class UnitReleasePanel extends Div {

    private final UnitPublicationService unitPublications;
    private final ZoneId zone;
    private final Runnable afterPublish;

    UnitReleasePanel(UnitPublicationService unitPublications, ZoneId zone, Runnable afterPublish) {
        this.unitPublications = unitPublications;
        this.zone = zone;
        this.afterPublish = afterPublish;
    }

    /** Whether the unit's year is published, and, for its reviewer, the button that publishes it. */
    void show(UnitPublication status, YearInReview review, String division) {
        removeAll();
        var unit = status.unit().name();
        var year = String.valueOf(status.year());
        var line = new Paragraph(
                status.published()
                        ? getTranslation(
                                "publication.unit.published",
                                unit,
                                year,
                                status.release().at().atZoneSameInstant(zone).format(PublicationView.DATE),
                                status.release().by(),
                                review.revision())
                        : status.periodsPublished()
                                ? getTranslation("publication.unit.periodsPublished", unit, year, review.revision())
                                : getTranslation("publication.unit.unpublished", unit, year));
        line.setId("unit-publication-status");
        line.addClassName("page-meta");
        add(line);
        if (status.isPublic() || !status.mayPublish()) {
            return;
        }
        if (status.pending() > 0) {
            add(new Paragraph(getTranslation("publication.error.pending", unit, status.pending())));
        }
        if (status.notAccepted() > 0) {
            add(new Paragraph(getTranslation("publication.error.notAccepted", unit, status.notAccepted())));
        }
        var publish = new Button(
                getTranslation("publication.unit.publish", unit, year), e -> confirm(status, review, division));
        publish.setId("publish-unit");
        publish.setEnabled(status.ready());
        add(publish);
    }

    /**
     * Says what is published (the unit, the year, edition 1) and that its figures are then locked, before it
     * is; and, when the lede lacks figures, how many and which, since they go out as 【…：暂无数据】 markers.
     */
    private void confirm(UnitPublication status, YearInReview review, String division) {
        var unit = status.unit().name();
        var year = String.valueOf(status.year());
        var dialog = new ConfirmDialog(
                getTranslation("publication.unit.confirm.title", unit, year),
                "",
                getTranslation("publication.unit.confirm.ok"),
                e -> {
                    try {
                        unitPublications.publish(status.year(), division);
                        Notification.show(getTranslation("publication.unit.done", unit, year));
                    } catch (RefusedException refused) {
                        Notification.show(getTranslation(refused.messageKey(), refused.parameters()));
                    }
                    afterPublish.run();
                });
        var text = new Div(new Paragraph(getTranslation("publication.unit.confirm.text", unit, year)));
        if (!review.gaps().isEmpty()) {
            var gaps = new Paragraph(getTranslation(
                    "publication.unit.confirm.gaps",
                    String.valueOf(review.gaps().size()),
                    String.join(getTranslation("list.separator"), review.gaps())));
            gaps.setId("publish-gaps");
            text.add(gaps);
        }
        dialog.setText(text);
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("action.cancel"));
        dialog.open();
    }
}
