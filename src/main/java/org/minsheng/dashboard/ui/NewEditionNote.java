package org.minsheng.dashboard.ui;

import com.vaadin.flow.component.html.Paragraph;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.minsheng.base.ui.Failures;
import org.minsheng.base.ui.WhileAttached;
import org.minsheng.dashboard.Dashboard;
import org.minsheng.dashboard.DashboardUpdates;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * "数据已更新至第n版", once a new edition arrived while the page was open, and the redraw that brings
 * it. Fixed in a corner of the window, so showing it moves nothing a reader is looking at. Apart from
 * the view because following the editions has a life of its own (a subscription from attach to
 * detach, a redraw queued for the next response, a retry while the database is busy); the page only
 * says whether it shows a dashboard, and how to read and draw its address again.
 */
class NewEditionNote extends Paragraph {

    private static final Logger log = LoggerFactory.getLogger(NewEditionNote.class);

    /** False before the page's first address and while it shows a refusal: nothing to redraw then. */
    private final BooleanSupplier showing;
    /** The page's address read again, with the figures as they are now. */
    private final Supplier<Dashboard> read;

    private final Consumer<Dashboard> show;
    /** Following the editions while the page is open; null while it is not. */
    private final Supplier<DashboardUpdates.Subscription> subscription;

    /** A redraw is waiting for the next response: later changes until then are covered by it. */
    private boolean redrawQueued;

    NewEditionNote(
            DashboardUpdates updates, BooleanSupplier showing, Supplier<Dashboard> read, Consumer<Dashboard> show) {
        this.showing = showing;
        this.read = read;
        this.show = show;
        setId("dashboard-updated");
        addClassName("update-note");
        getElement().setAttribute("role", "status");
        setVisible(false);
        subscription = WhileAttached.follow(
                this, updates::subscribe, DashboardUpdates.Subscription::cancel, this::newEditionOnNextResponse);
    }

    /**
     * The redraw waits for the next response to this page's browser: with a live push connection that
     * is the push this change sends at once; a page whose connection is down (a laptop asleep, a tab in
     * the background whose socket dropped) is redrawn when it is back, by the push Vaadin then sends or
     * its next request, instead of on the update threads now, where hundreds of pages nobody can see made
     * the visible ones wait their turn (bench/run.sh push beside bench/run.sh load: 30 s). The note says
     * a new edition exists until then, which is also what makes the pending push.
     */
    private void newEditionOnNextResponse() {
        if (!showing.getAsBoolean() || redrawQueued) {
            return;
        }
        redrawQueued = true;
        notePending();
        getUI().ifPresent(ui -> ui.beforeClientResponse(this, context -> {
            redrawQueued = false;
            try {
                newEdition();
            } catch (RuntimeException e) {
                // inside the response to the browser: a broken redraw must not break the response too
                log.warn("a dashboard could not take the new edition", e);
            }
        }));
    }

    /** 「数据已有新版本，正在读取…」 until the new edition is drawn. */
    private void notePending() {
        setText(getTranslation("dashboard.updatePending"));
        setVisible(true);
    }

    /**
     * Redraws the same address with the new figures, in place: the filters stay, each chart keeps its
     * element and Chart.js updates it ({@code campaign-chart} redraws in place when only data changes).
     */
    private void newEdition() {
        if (!showing.getAsBoolean()) {
            return;
        }
        Dashboard data;
        try {
            data = read.get();
        } catch (RuntimeException e) {
            var following = subscription.get();
            if (!Failures.databaseUnavailable(e) || following == null) {
                throw e;
            }
            // a busy or unreachable database must not leave the page on the old edition until the next
            // approval: say a new edition exists and read it again shortly
            log.warn("a dashboard could not read the new edition yet: {}", e.toString());
            notePending();
            following.retry();
            return;
        }
        show.accept(data);
        // a year not yet published has no edition to be updated to
        setText(data.edition().say(this::getTranslation, "dashboard.updated", "dashboard.updatedUnpublished"));
        setVisible(true);
    }
}
