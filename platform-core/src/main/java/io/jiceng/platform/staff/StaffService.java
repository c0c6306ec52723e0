package io.jiceng.platform.staff;

import io.jiceng.platform.staff.internal.StaffMapper;
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
    private final PasswordPolicy passwordPolicy;

    public StaffService(StaffMapper mapper, PasswordEncoder passwordEncoder, DivisionService divisions,
                        ModulePermissionGrants moduleGrants, PasswordPolicy passwordPolicy) {
        this.passwordPolicy = passwordPolicy;
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
        passwordPolicy.check(username, rawPassword);
        var row = new StaffMapper.NewStaff(username, displayName, passwordEncoder.encode(rawPassword), divisionCode);
        mapper.insert(row);
        roles.forEach(role -> mapper.insertRole(row.id, role));
        return new StaffMember(row.id, username, displayName, divisionCode, true, roles, moduleGrants.grantedTo(roles));
    }

    /** A local account's new password, held to the {@link PasswordPolicy}. */
    @Transactional
    public void changePassword(String username, String rawPassword) {
        StaffMapper.StaffAccount account = mapper.findAccount(username)
                .orElseThrow(() -> new Problem("staff.not-found", username));
        passwordPolicy.check(username, rawPassword);
        mapper.updatePassword(account.id(), passwordEncoder.encode(rawPassword));
    }

    /**
     * A person whom the identity provider (Keycloak) vouches for, recorded just in time: the first token creates
     * their staff row (without a password: they cannot log in locally), each later one refreshes name, division
     * and roles when they changed. So names resolve in timelines, and candidate-group and notification lookups by
     * user name find them, while Keycloak stays the one place where people are managed. An account disabled
     * here stays disabled.
     */
    @Transactional
    public StaffMember admitFromIdentityProvider(String username, String displayName, String divisionCode, Set<Role> roles) {
        if (divisionCode == null || divisionCode.isBlank()) {
            throw new Problem("staff.sso.division.missing", username);
        }
        if (divisions.find(divisionCode).isEmpty()) {
            throw new Problem("staff.sso.division.unknown", divisionCode);
        }
        String name = displayName == null || displayName.isBlank() ? username : displayName;
        Optional<StaffMapper.StaffAccount> existing = mapper.findAccount(username);
        if (existing.isEmpty()) {
            var row = new StaffMapper.NewStaff(username, name, null, divisionCode);
            try {
                mapper.insert(row);
            } catch (org.springframework.dao.DuplicateKeyException concurrentFirstLogin) {
                return admitFromIdentityProvider(username, displayName, divisionCode, roles);
            }
            roles.forEach(role -> mapper.insertRole(row.id, role));
            return new StaffMember(row.id, username, name, divisionCode, true, roles, moduleGrants.grantedTo(roles));
        }
        StaffMember known = toMember(existing.get());
        if (!known.enabled()) {
            throw new Problem("staff.sso.disabled", username);
        }
        if (!known.displayName().equals(name) || !known.divisionCode().equals(divisionCode)) {
            mapper.updateProfile(known.id(), name, divisionCode);
        }
        if (!known.roles().equals(roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles))) {
            mapper.deleteRoles(known.id());
            roles.forEach(role -> mapper.insertRole(known.id(), role));
        }
        return new StaffMember(known.id(), username, name, divisionCode, true, roles, moduleGrants.grantedTo(roles));
    }

    /** Everyone enabled whose division covers {@code divisionCode}: who may be handed work on it. */
    public java.util.List<StaffMember> coveringDivision(String divisionCode) {
        return mapper.findEnabled().stream().filter(a -> io.jiceng.platform.division.DivisionScope.contains(a.divisionCode(), divisionCode))
                .map(this::toMember).toList();
    }

    /** Everyone enabled, by user name, read in two queries whatever their number. */
    public java.util.List<StaffMember> enabledMembers() {
        java.util.Map<Long, Set<Role>> roles = new java.util.HashMap<>();
        mapper.findRolesOfEnabled().forEach(row -> roles.computeIfAbsent(row.staffId(), id -> EnumSet.noneOf(Role.class)).add(row.role()));
        return mapper.findEnabled().stream().map(account -> {
            Set<Role> held = roles.getOrDefault(account.id(), EnumSet.noneOf(Role.class));
            return new StaffMember(account.id(), account.username(), account.displayName(), account.divisionCode(),
                    account.enabled(), held, moduleGrants.grantedTo(held));
        }).toList();
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
