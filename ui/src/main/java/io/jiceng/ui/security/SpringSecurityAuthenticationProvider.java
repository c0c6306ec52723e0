package io.jiceng.ui.security;

import io.jiceng.platform.staff.Permission;
import jakarta.servlet.http.HttpServletRequest;
import io.jiceng.platform.staff.StaffUser;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.rest.security.auth.AuthenticationResult;
import org.camunda.bpm.engine.rest.security.auth.impl.ContainerBasedAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/** Tells the Camunda webapps who is logged in, as Spring Security knows it (local or Keycloak login alike). */
public class SpringSecurityAuthenticationProvider extends ContainerBasedAuthenticationProvider {

    @Override
    public AuthenticationResult extractAuthenticatedUser(HttpServletRequest request, ProcessEngine engine) {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !authentication.isAuthenticated()) {
            return AuthenticationResult.unsuccessful();
        }
        boolean admin = authentication.getAuthorities().stream()
                .anyMatch(a -> Permission.PROCESS_ADMIN.authority().equals(a.getAuthority()));
        if (!admin) {
            return AuthenticationResult.unsuccessful(authentication.getName());
        }
        AuthenticationResult result = AuthenticationResult.successful(authentication.getName());
        // the candidate groups too, so the Tasklist shows the tasks offered to this person's roles
        List<String> groups = new ArrayList<>(List.of(Groups.CAMUNDA_ADMIN));
        if (authentication.getPrincipal() instanceof StaffUser user) {
            groups.addAll(user.member().candidateGroups());
        }
        result.setGroups(groups);
        return result;
    }
}
