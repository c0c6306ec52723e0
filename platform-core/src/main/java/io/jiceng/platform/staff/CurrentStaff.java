package io.jiceng.platform.staff;

import io.jiceng.platform.problem.Problem;
import java.util.Optional;
import java.util.function.Supplier;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/** The staff member on whose behalf the current request runs. */
@Component
public class CurrentStaff {

    private final StaffUserDetailsService users;

    public CurrentStaff(StaffUserDetailsService users) {
        this.users = users;
    }

    public Optional<StaffMember> find() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof StaffUser user) {
            return Optional.of(user.member());
        }
        return Optional.empty();
    }

    public StaffMember get() {
        return find().orElseThrow(() -> new Problem("staff.not-logged-in"));
    }

    /**
     * Runs work on behalf of a staff member outside a request, as if they were logged in (demo data, tests,
     * scheduled work); the caller's own identity is restored afterwards.
     */
    public <T> T runAs(String username, Supplier<T> work) {
        var user = users.loadUserByUsername(username);
        SecurityContext previous = SecurityContextHolder.getContext();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        SecurityContextHolder.setContext(context);
        try {
            return work.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    /** Fails with a clear message unless the current user holds the permission. */
    public StaffMember require(Permission permission) {
        StaffMember member = get();
        if (!member.has(permission)) {
            throw new Problem("staff.permission.missing", permission.name());
        }
        return member;
    }
}
