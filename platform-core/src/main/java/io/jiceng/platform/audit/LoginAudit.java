package io.jiceng.platform.audit;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.InteractiveAuthenticationSuccessEvent;
import org.springframework.stereotype.Component;

/** Logins at the login page, and failed attempts by any route, go to the audit trail (never the password). */
@Component
class LoginAudit {

    private final AuditLog audit;

    LoginAudit(AuditLog audit) {
        this.audit = audit;
    }

    @EventListener
    void loggedIn(InteractiveAuthenticationSuccessEvent event) {
        audit.recordAlone(event.getAuthentication().getName(), AuditAction.LOGIN, null);
    }

    @EventListener
    void failed(AbstractAuthenticationFailureEvent event) {
        audit.recordAlone(who(event.getAuthentication()), AuditAction.LOGIN_FAILED, event.getException().getClass().getSimpleName());
    }

    /** A refused Bearer token's "name" is the token itself: a credential, which the audit trail must not keep. */
    private static String who(org.springframework.security.core.Authentication attempt) {
        return attempt.getClass().getSimpleName().equals("BearerTokenAuthenticationToken") ? "(bearer token)"
                : String.valueOf(attempt.getName());
    }
}
