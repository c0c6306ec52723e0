package io.jiceng.ui;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.auth.NavigationAccessControl;
import io.jiceng.platform.staff.StaffUserDetailsService;
import kotlin.jvm.functions.Function0;
import org.junit.jupiter.api.AfterEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;

/**
 * Browserless UI tests (Karibu-Testing) against the real application context with its demo data. Navigation
 * access control needs a servlet principal that Karibu's mock requests lack, so it is switched off here; the
 * browser test checks access for real.
 */
public abstract class UiTestSupport {

    private static final Routes ROUTES = new Routes().autoDiscoverViews("io.jiceng.ui");

    @Autowired ApplicationContext context;
    @Autowired StaffUserDetailsService users;
    @Autowired NavigationAccessControl accessControl;

    protected void loginAs(String username) {
        MockVaadin.tearDown();
        SecurityContextHolder.clearContext();
        UserDetails user = users.loadUserByUsername(username);
        var securityContext = SecurityContextHolder.createEmptyContext();
        securityContext.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        SecurityContextHolder.setContext(securityContext);
        accessControl.setEnabled(false);
        Function0<UI> uiFactory = UI::new;
        MockVaadin.setup(uiFactory, new MockSpringServlet(ROUTES, context, uiFactory));
        VaadinSession.getCurrent().getSession()
                .setAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY, securityContext);
    }

    @AfterEach
    void logout() {
        MockVaadin.tearDown();
        SecurityContextHolder.clearContext();
    }
}
