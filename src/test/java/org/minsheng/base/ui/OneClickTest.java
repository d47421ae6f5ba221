package org.minsheng.base.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.flow.component.button.Button;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class OneClickTest {

    @Test
    void the_button_is_disabled_while_its_action_runs_and_enabled_after() {
        var button = new Button();
        List<Boolean> enabledDuring = new ArrayList<>();
        OneClick.run(button, () -> enabledDuring.add(button.isEnabled()));

        assertThat(button.isDisableOnClick())
                .as("the browser disables it at the click")
                .isTrue();
        button.click();
        button.click();
        assertThat(enabledDuring).containsExactly(false, false);
        assertThat(button.isEnabled()).isTrue();
    }

    @Test
    void a_failed_action_gives_the_button_back_too() {
        var button = new Button();
        OneClick.run(button, () -> {
            throw new IllegalStateException("refused");
        });
        assertThatThrownBy(button::click).isInstanceOf(IllegalStateException.class);
        assertThat(button.isEnabled()).isTrue();
    }
}
