package io.jiceng.platform.staff;

import java.util.EnumSet;
import java.util.Set;

/**
 * A person who works cases, bound to exactly one division. Besides the core's permissions that come with their
 * roles, they hold the permissions the installed modules grant to those roles ({@code modulePermissions}).
 */
public record StaffMember(Long id, String username, String displayName, String divisionCode, boolean enabled,
                          Set<Role> roles, Set<String> modulePermissions) {

    public StaffMember {
        roles = roles == null || roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
        modulePermissions = modulePermissions == null ? Set.of() : Set.copyOf(modulePermissions);
    }

    public boolean has(Permission permission) {
        return roles.stream().anyMatch(role -> role.permissions().contains(permission));
    }

    /** A core permission by name, or a module's permission. */
    public boolean has(String permission) {
        return modulePermissions.contains(permission)
                || java.util.Arrays.stream(Permission.values()).anyMatch(p -> p.name().equals(permission) && has(p));
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    /** Whether the division (or anything at it) lies in this person's subtree. */
    public boolean covers(String otherDivisionCode) {
        return io.jiceng.platform.division.DivisionScope.contains(divisionCode, otherDivisionCode);
    }

    /**
     * The division a search covers: the one asked for if it lies in this person's subtree, their own if none was
     * asked for, nothing if the one asked for lies outside.
     */
    public java.util.Optional<String> searchScope(String requestedDivisionCode) {
        if (requestedDivisionCode == null || requestedDivisionCode.isBlank()) {
            return java.util.Optional.of(divisionCode);
        }
        return covers(requestedDivisionCode) ? java.util.Optional.of(requestedDivisionCode) : java.util.Optional.empty();
    }

    /** The workflow candidate groups this person belongs to: each of their roles at their division. */
    public Set<String> candidateGroups() {
        return roles.stream().map(role -> role.groupAt(divisionCode)).collect(java.util.stream.Collectors.toSet());
    }
}
