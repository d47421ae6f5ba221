package org.minsheng.base.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.ParentLayout;
import jakarta.annotation.security.PermitAll;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Shown for a page that does not exist and for one the user may not open. Vaadin reports a denied
 * page as not found on purpose, so nobody learns which pages exist beyond their role.
 */
@PermitAll
@ParentLayout(MainLayout.class)
public class NotFoundOrDeniedView extends Div implements HasErrorParameter<NotFoundException>, HasDynamicTitle {

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NotFoundException> parameter) {
        removeAll();
        addClassName("page");
        add(
                new H2(getTranslation("error.notFound.title")),
                new Paragraph(getTranslation("error.notFound.text")),
                new Anchor("", getTranslation("error.notFound.home")));
        return HttpServletResponse.SC_NOT_FOUND;
    }

    /** The browser's tab and history say what the page says, instead of an empty title. */
    @Override
    public String getPageTitle() {
        return getTranslation("error.notFound.title");
    }
}
