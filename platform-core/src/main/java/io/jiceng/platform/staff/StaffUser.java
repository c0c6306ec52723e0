package io.jiceng.platform.staff;

import java.util.ArrayList;
import java.util.List;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;

/** The logged-in principal: Spring Security's user carrying the staff member it stands for. */
public class StaffUser extends User {

    private final StaffMember member;

    public StaffUser(StaffMember member, String passwordHash) {
        super(member.username(), passwordHash, member.enabled(), true, true, true, authoritiesOf(member));
        this.member = member;
    }

    public StaffMember member() {
        return member;
    }

    public static List<GrantedAuthority> authoritiesOf(StaffMember member) {
        List<GrantedAuthority> authorities = new ArrayList<>();
        member.roles().forEach(role -> {
            authorities.add(new SimpleGrantedAuthority("ROLE_" + role.name()));
            role.permissions().forEach(p -> authorities.add(new SimpleGrantedAuthority(p.authority())));
        });
        member.modulePermissions().forEach(p -> authorities.add(new SimpleGrantedAuthority(Permission.AUTHORITY_PREFIX + p)));
        return authorities.stream().distinct().toList();
    }
}
