package io.jiceng.platform.staff;

import io.jiceng.platform.division.DivisionService;
import io.jiceng.platform.problem.Problem;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
public class StaffService {

    private final StaffMapper mapper;
    private final PasswordEncoder passwordEncoder;
    private final DivisionService divisions;
    private final ModulePermissionGrants moduleGrants;

    public StaffService(StaffMapper mapper, PasswordEncoder passwordEncoder, DivisionService divisions,
                        ModulePermissionGrants moduleGrants) {
        this.mapper = mapper;
        this.passwordEncoder = passwordEncoder;
        this.divisions = divisions;
        this.moduleGrants = moduleGrants;
    }

    public Optional<StaffMember> find(String username) {
        return mapper.findAccount(username).map(this::toMember);
    }

    @Transactional
    public StaffMember create(String username, String displayName, String rawPassword, String divisionCode, Set<Role> roles) {
        divisions.get(divisionCode);
        if (mapper.findAccount(username).isPresent()) {
            throw new Problem("staff.username.taken", username);
        }
        var row = new StaffMapper.NewStaff(username, displayName, passwordEncoder.encode(rawPassword), divisionCode);
        mapper.insert(row);
        roles.forEach(role -> mapper.insertRole(row.id, role));
        return new StaffMember(row.id, username, displayName, divisionCode, true, roles, moduleGrants.grantedTo(roles));
    }

    /** Everyone enabled whose division covers {@code divisionCode}: who may be handed work on it. */
    public java.util.List<StaffMember> coveringDivision(String divisionCode) {
        return mapper.findEnabled().stream().filter(a -> io.jiceng.platform.division.DivisionScope.contains(a.divisionCode(), divisionCode))
                .map(this::toMember).toList();
    }

    public boolean isEmpty() {
        return mapper.count() == 0;
    }

    Optional<StaffMapper.StaffAccount> findAccount(String username) {
        return mapper.findAccount(username);
    }

    StaffMember toMember(StaffMapper.StaffAccount account) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        roles.addAll(mapper.findRoles(account.id()));
        return new StaffMember(account.id(), account.username(), account.displayName(), account.divisionCode(),
                account.enabled(), roles, moduleGrants.grantedTo(roles));
    }
}
