package org.minsheng.security.ui;

import org.minsheng.base.ui.SignedInUser;
import org.minsheng.security.CurrentUser;
import org.springframework.stereotype.Component;

/** The name in the frame's header: the signed-in account's display name. */
@Component
class SignedInName implements SignedInUser {

    private final CurrentUser currentUser;

    SignedInName(CurrentUser currentUser) {
        this.currentUser = currentUser;
    }

    @Override
    public String displayName() {
        return currentUser.get().displayName();
    }
}
