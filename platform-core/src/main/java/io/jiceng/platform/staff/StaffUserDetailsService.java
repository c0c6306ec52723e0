package io.jiceng.platform.staff;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

/** Local accounts of the embedded default, kept in the platform database with hashed passwords. */
@Service
public class StaffUserDetailsService implements UserDetailsService {

    private final StaffService staff;

    public StaffUserDetailsService(StaffService staff) {
        this.staff = staff;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        return staff.findAccount(username)
                // people from Keycloak have no password here; "" matches nothing (see StaffConfiguration)
                .map(account -> new StaffUser(staff.toMember(account), account.passwordHash() == null ? "" : account.passwordHash()))
                .orElseThrow(() -> new UsernameNotFoundException(username));
    }
}
