package org.minsheng.figure.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import java.util.List;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.minsheng.IntegrationTest;
import org.minsheng.support.KaribuSpring;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.transaction.annotation.Transactional;

/** The entry sheet's server calls from the browser, which anyone can make with any arguments. */
@IntegrationTest
@Transactional
class EntryViewTest {

    private static final String DRAFTS = "select count(*) from figure where status = 'draft'";

    @Autowired
    ApplicationContext context;

    @Autowired
    DSLContext db;

    @BeforeEach
    void signIn() {
        KaribuSpring.signInAndOpen(context, "stat-xiangcheng");
        UI.getCurrent().navigate("entry");
    }

    @AfterEach
    void tearDown() {
        KaribuSpring.tearDown();
    }

    /** The probe of issue 21: {@code host.$server.paste(-1, 0, '5\t6')} from the browser's console. */
    @Test
    void a_paste_starting_outside_the_sheet_is_refused_with_a_message_and_fills_nothing() {
        var view = _get(EntryView.class);
        long drafts = drafts();
        record Paste(int row, int column, String text) {}
        for (var paste : List.of(
                new Paste(-1, 0, "5\t6"),
                new Paste(0, -1, "5"),
                new Paste(1_000, 0, "5"),
                new Paste(0, 1_000, "5"),
                new Paste(Integer.MIN_VALUE, Integer.MAX_VALUE, "5\t6\n7\t8"),
                new Paste(0, 0, null))) {
            view.paste(paste.row(), paste.column(), paste.text());
            assertThat(notifications()).as("%s", paste).containsExactly("粘贴的起始位置不在当前报表中，未填入任何数据。请刷新页面后重试。");
            NotificationsKt.getNotifications().forEach(Notification::close);
            MockVaadin.clientRoundtrip(false);
        }
        assertThat(drafts()).as("no figure written").isEqualTo(drafts);

        view.paste(0, 0, "5\n");
        assertThat(notifications()).as("a paste inside the sheet").isEmpty();
        assertThat(drafts()).isEqualTo(drafts + 1);
    }

    private long drafts() {
        return ((Number) db.fetchValue(DRAFTS)).longValue();
    }

    private static List<String> notifications() {
        MockVaadin.clientRoundtrip(false);
        return NotificationsKt.getNotifications().stream()
                .map(Notification::getElement)
                .map(e -> e.getProperty("text"))
                .toList();
    }
}
