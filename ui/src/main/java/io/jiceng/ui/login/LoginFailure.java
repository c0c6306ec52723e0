package io.jiceng.ui.login;

import com.vaadin.flow.server.VaadinSession;
import org.springframework.security.web.WebAttributes;

/** Why the last login failed, as Spring Security left it in the session before sending the browser back. */
final class LoginFailure {

    private LoginFailure() {
    }

    static Exception last() {
        VaadinSession session = VaadinSession.getCurrent();
        if (session == null || session.getSession() == null) {
            return null;
        }
        return session.getSession().getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION) instanceof Exception failure
                ? failure : null;
    }
}
