package io.jiceng.platform.module;

import io.jiceng.platform.staff.ModulePermissionGrants;
import io.jiceng.platform.staff.Role;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/** The permissions of the enabled modules, held by the roles each module names. */
@Component
class ModulePermissions implements ModulePermissionGrants {

    private final ModuleRegistry modules;

    ModulePermissions(ModuleRegistry modules) {
        this.modules = modules;
    }

    @Override
    public Set<String> grantedTo(Set<Role> roles) {
        return modules.enabled().stream()
                .flatMap(module -> module.permissions().entrySet().stream())
                .filter(grant -> grant.getValue().stream().anyMatch(roles::contains))
                .map(java.util.Map.Entry::getKey)
                .collect(Collectors.toSet());
    }
}
