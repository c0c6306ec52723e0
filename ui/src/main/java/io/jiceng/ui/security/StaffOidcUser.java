package io.jiceng.ui.security;

import io.jiceng.platform.staff.StaffMember;
import io.jiceng.platform.staff.StaffUser;
import java.util.HashMap;
import java.util.Map;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.OidcUserInfo;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

/**
 * The principal of a Keycloak browser login: the same {@link StaffUser} a local login yields (so
 * {@code CurrentStaff} and everything after it works unchanged), and an {@link OidcUser} (so that logout can
 * end the Keycloak session with the ID token).
 */
public class StaffOidcUser extends StaffUser implements OidcUser {

    private final OidcIdToken idToken;
    private final OidcUserInfo userInfo;

    public StaffOidcUser(StaffMember member, OidcIdToken idToken, OidcUserInfo userInfo) {
        super(member, ""); // no password: Keycloak checked it
        this.idToken = idToken;
        this.userInfo = userInfo;
    }

    @Override
    public Map<String, Object> getClaims() {
        Map<String, Object> claims = new HashMap<>(idToken.getClaims());
        if (userInfo != null) {
            claims.putAll(userInfo.getClaims());
        }
        return claims;
    }

    @Override
    public OidcUserInfo getUserInfo() {
        return userInfo;
    }

    @Override
    public OidcIdToken getIdToken() {
        return idToken;
    }

    @Override
    public Map<String, Object> getAttributes() {
        return getClaims();
    }

    @Override
    public String getName() {
        return getUsername();
    }
}
