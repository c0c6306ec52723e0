package io.jiceng.ui.security;

import io.jiceng.platform.problem.Problem;
import io.jiceng.platform.staff.Role;
import io.jiceng.platform.staff.StaffMember;
import io.jiceng.platform.staff.StaffService;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * Who a Keycloak token says its bearer is: user name ({@code preferred_username}), name, division (the
 * {@code division} claim) and the platform roles among the realm roles ({@code realm_access.roles}) and the
 * client's roles ({@code resource_access.<client>.roles}). Roles the platform does not know are ignored.
 */
record TokenIdentity(String username, String displayName, String divisionCode, Set<Role> roles) {

    /** The refusal of someone whom Keycloak knows but who holds no platform role. */
    static final String NO_ROLE = "sso.no-role";

    static TokenIdentity of(Map<String, Object> claims, String clientId) {
        String username = text(claims.get("preferred_username"));
        if (username == null) {
            username = text(claims.get("sub"));
        }
        Set<Role> roles = EnumSet.noneOf(Role.class);
        addRoles(roles, claims.get("realm_access"));
        if (claims.get("resource_access") instanceof Map<?, ?> clients) {
            addRoles(roles, clients.get(clientId));
        }
        return new TokenIdentity(username, displayName(claims, username), text(claims.get("division")), roles);
    }

    /**
     * The staff member the token stands for, recorded or refreshed in the staff table (browser login and Bearer
     * token alike). A {@link Problem} says why they cannot be admitted: no platform role ({@link #NO_ROLE}), no
     * division or one the platform does not know, disabled here.
     */
    StaffMember admit(StaffService staff) {
        if (roles.isEmpty()) {
            throw new Problem(NO_ROLE, username);
        }
        return staff.admitFromIdentityProvider(username, displayName, divisionCode, roles);
    }

    /**
     * Keycloak writes {@code name} as "given family", which puts a Chinese name the wrong way round (晓燕 林):
     * a Chinese name is family name then given name, without a space.
     */
    private static String displayName(Map<String, Object> claims, String username) {
        String family = text(claims.get("family_name"));
        String given = text(claims.get("given_name"));
        if (family != null && given != null && (isChinese(family) || isChinese(given))) {
            return family + given;
        }
        String name = text(claims.get("name"));
        return name != null ? name : username;
    }

    private static boolean isChinese(String text) {
        return text.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
    }

    private static void addRoles(Set<Role> roles, Object access) {
        if (access instanceof Map<?, ?> map && map.get("roles") instanceof Collection<?> names) {
            names.forEach(name -> Arrays.stream(Role.values()).filter(role -> role.name().equals(name)).forEach(roles::add));
        }
    }

    private static String text(Object value) {
        return value == null || value.toString().isBlank() ? null : value.toString().strip();
    }
}
