package io.jiceng.platform.staff;

import io.jiceng.platform.problem.Problem;
import java.util.Optional;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/** The staff member on whose behalf the current request runs. */
@Component
public class CurrentStaff {

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

    /** Fails with a clear message unless the current user holds the permission. */
    public StaffMember require(Permission permission) {
        StaffMember member = get();
        if (!member.has(permission)) {
            throw new Problem("staff.permission.missing", permission.name());
        }
        return member;
    }
}
