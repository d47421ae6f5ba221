package org.minsheng.base.ui;

import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import org.minsheng.base.i18n.LanguageSwitch;

/**
 * The frame around every signed-in page: the product name, a menu of the pages this user may open
 * (Vaadin filters the menu by each view's access rules, once per set of roles: MenuEntries), the
 * language and the logout.
 */
@Layout
@PermitAll
public class MainLayout extends AppLayout {

    public MainLayout(AuthenticationContext authentication, SignedInUser signedIn, MenuEntries menu) {
        setPrimarySection(Section.DRAWER);
        setI18n(ComponentTexts.appLayout(this));
        var title = new Span(getTranslation("app.title"));
        title.addClassName("app-title");
        var user = new Span(signedIn.displayName());
        user.addClassName("app-user");
        var logout = new Button(getTranslation("app.logout"), e -> authentication.logout());
        logout.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        var toggle = new DrawerToggle();
        toggle.setAriaLabel(getTranslation("component.layout.toggle"));
        var header = new HorizontalLayout(toggle, title, user, new LanguageSwitch(), logout);
        header.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        header.expand(title);
        header.setWidthFull();
        header.addClassName("app-header");
        addToNavbar(header);

        var brand = new Span(getTranslation("app.brand"));
        brand.addClassName("app-brand");
        addToDrawer(brand, menu(menu));
    }

    private SideNav menu(MenuEntries menu) {
        var nav = new SideNav();
        nav.setI18n(ComponentTexts.sideNav(this));
        menu.forSignedInUser(getLocale()).forEach(entry -> {
            var item = new SideNavItem(getTranslation(entry.title()), entry.path());
            if (entry.icon() != null && !entry.icon().isBlank()) {
                item.setPrefixComponent(new Icon(entry.icon()));
            }
            nav.addItem(item);
        });
        return nav;
    }
}
