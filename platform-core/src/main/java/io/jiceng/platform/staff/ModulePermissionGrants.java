package io.jiceng.platform.staff;

import java.util.Set;

/** The permissions that installed modules grant to a role by default. */
public interface ModulePermissionGrants {

    Set<String> grantedTo(Set<Role> roles);
}
