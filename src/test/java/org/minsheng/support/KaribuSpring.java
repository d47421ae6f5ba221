package org.minsheng.support;

import com.github.mvysny.fakeservlet.FakeRequest;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.router.Route;
import java.security.Principal;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.minsheng.base.ui.NotFoundOrDeniedView;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.util.ClassUtils;

/** Browserless UI tests: the real views and services, signed in as a real demo account. */
public final class KaribuSpring {

    private static final Routes ROUTES = routes();

    private KaribuSpring() {}

    public static void signInAndOpen(ApplicationContext context, String username) {
        var user = context.getBean(UserDetailsService.class).loadUserByUsername(username);
        var authentication = UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities());
        SecurityContextHolder.getContext().setAuthentication(authentication);
        MockVaadin.setMockRequestFactory(session -> new FakeRequest(session) {
            @Override
            public Principal getUserPrincipal() {
                return SecurityContextHolder.getContext().getAuthentication();
            }

            @Override
            public boolean isUserInRole(String role) {
                return SecurityContextHolder.getContext().getAuthentication().getAuthorities().stream()
                        .anyMatch(a -> a.getAuthority().equals("ROLE_" + role));
            }
        });
        MockVaadin.setup(UI::new, new MockSpringServlet(ROUTES, context, UI::new));
    }

    /**
     * Karibu's own discovery skips package-private views, which the house style asks for, so the
     * routes are found with Spring's scanner instead.
     */
    @SuppressWarnings("unchecked")
    private static Routes routes() {
        var scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(Route.class));
        Set<Class<? extends Component>> views = new HashSet<>();
        for (var candidate : scanner.findCandidateComponents("org.minsheng")) {
            views.add((Class<? extends Component>) ClassUtils.resolveClassName(candidate.getBeanClassName(), null));
        }
        var routes = new Routes(views, new HashSet<>(), true);
        routes.addErrorRoutes(NotFoundOrDeniedView.class);
        return routes;
    }

    /** The texts of the notifications showing, after the round trip that shows them. */
    public static List<String> notifications() {
        MockVaadin.clientRoundtrip(false);
        return NotificationsKt.getNotifications().stream()
                .map(Notification::getElement)
                .map(e -> e.getProperty("text"))
                .toList();
    }

    public static void tearDown() {
        MockVaadin.tearDown();
        SecurityContextHolder.clearContext();
    }
}
