package io.jiceng.platform.login;

import io.jiceng.platform.staff.StaffUserDetailsService;
import org.springframework.security.authentication.AccountStatusException;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * Password logins of local accounts (the login page and HTTP Basic on the API): refused while the user name is
 * locked, failures counted towards the lock. Spring Security announces each outcome, and the audit trail records
 * it ({@code io.jiceng.platform.audit.LoginAudit}); the password itself is never kept, logged or audited.
 */
@Component
public class LocalLogin extends DaoAuthenticationProvider {

    /** The key of the login page's message for a locked account. */
    public static final String LOCKED_MESSAGE = "login.locked";

    private final LoginAttempts attempts;

    public LocalLogin(StaffUserDetailsService users, PasswordEncoder passwordEncoder, LoginAttempts attempts) {
        super(users);
        setPasswordEncoder(passwordEncoder);
        this.attempts = attempts;
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        String username = authentication.getName();
        if (attempts.isLocked(username)) {
            throw new LockedException(LOCKED_MESSAGE);
        }
        try {
            Authentication result = super.authenticate(authentication);
            attempts.succeeded(username);
            return result;
        } catch (BadCredentialsException | AccountStatusException refused) {
            throw attempts.failed(username) ? new LockedException(LOCKED_MESSAGE, refused) : refused;
        }
    }
}
