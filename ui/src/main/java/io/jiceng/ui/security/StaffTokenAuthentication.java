package io.jiceng.ui.security;

import io.jiceng.platform.staff.StaffUser;
import java.util.Map;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.AbstractOAuth2TokenAuthenticationToken;

/** A request authenticated by a Keycloak access token, on behalf of a {@link StaffUser}. */
public class StaffTokenAuthentication extends AbstractOAuth2TokenAuthenticationToken<Jwt> {

    public StaffTokenAuthentication(Jwt token, StaffUser user) {
        super(token, user, token, user.getAuthorities());
        setAuthenticated(true);
    }

    @Override
    public Map<String, Object> getTokenAttributes() {
        return getToken().getClaims();
    }
}
