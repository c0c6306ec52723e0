package io.jiceng.ui.security;

import io.jiceng.platform.problem.Problem;
import io.jiceng.platform.staff.StaffService;
import java.util.HashMap;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Profile;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.stereotype.Component;

/**
 * Turns a Keycloak browser login into the staff member the platform knows: roles and division from the tokens,
 * the person recorded or refreshed in the staff table. Someone without a platform role, or whose division the
 * platform does not know, is refused with a message saying so ({@code SingleSignOnFailedView}).
 */
@Component
@Profile("keycloak")
class StaffOidcUserService implements OAuth2UserService<OidcUserRequest, OidcUser> {

    private final OidcUserService oidc = new OidcUserService();
    private final StaffService staff;
    private final JwtDecoder accessTokens;
    private final String clientId;

    StaffOidcUserService(StaffService staff, JwtDecoder accessTokens, @Value("${platform.sso.client-id}") String clientId) {
        this.staff = staff;
        this.accessTokens = accessTokens;
        this.clientId = clientId;
    }

    @Override
    public OidcUser loadUser(OidcUserRequest request) {
        OidcUser user = oidc.loadUser(request);
        // Keycloak puts realm roles into the access token; the ID token has them only with an extra mapper.
        Map<String, Object> claims = new HashMap<>(accessTokens.decode(request.getAccessToken().getTokenValue()).getClaims());
        claims.putAll(user.getClaims());
        try {
            var member = TokenIdentity.of(claims, clientId).admit(staff);
            return new StaffOidcUser(member, user.getIdToken(), user.getUserInfo());
        } catch (Problem problem) {
            throw new RefusedLogin(problem, user.getIdToken());
        }
    }

    /**
     * A refused browser login. Keeps the ID token: the page that explains the refusal can then end the Keycloak
     * session without asking ({@link RefusedLoginLogout}).
     */
    static class RefusedLogin extends OAuth2AuthenticationException {

        private final OidcIdToken idToken;

        RefusedLogin(Problem problem, OidcIdToken idToken) {
            super(new OAuth2Error("access_denied", problem.messageKey(), null), problem);
            this.idToken = idToken;
        }

        OidcIdToken idToken() {
            return idToken;
        }
    }
}
