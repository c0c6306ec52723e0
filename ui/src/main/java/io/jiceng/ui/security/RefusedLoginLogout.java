package io.jiceng.ui.security;

import io.jiceng.ui.security.StaffOidcUserService.RefusedLogin;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import org.springframework.context.annotation.Profile;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.web.WebAttributes;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Logging out from the page of a refused login ({@code /sso-error}): the platform holds no session for the person,
 * but Keycloak does, and would log them in as the same person again. Ends it (RP-initiated logout) and comes back
 * to the start, so that someone else can log in. With the refused login's ID token Keycloak ends the session at
 * once; without it (the platform's session has expired meanwhile) Keycloak asks for confirmation first.
 */
@Controller
@Profile("keycloak")
class RefusedLoginLogout {

    private final ClientRegistrationRepository registrations;

    RefusedLoginLogout(ClientRegistrationRepository registrations) {
        this.registrations = registrations;
    }

    @GetMapping(KeycloakSecurityConfiguration.LOGOUT_AFTER_REFUSAL)
    void endKeycloakSession(HttpServletRequest request, HttpServletResponse response) throws IOException {
        ClientRegistration keycloak = registrations.findByRegistrationId(KeycloakSecurityConfiguration.REGISTRATION);
        Object endSession = keycloak.getProviderDetails().getConfigurationMetadata().get("end_session_endpoint");
        HttpSession session = request.getSession(false);
        Object failure = session == null ? null : session.getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION);
        if (session != null) {
            session.invalidate();
        }
        String start = ServletUriComponentsBuilder.fromContextPath(request).path("/").toUriString();
        if (endSession == null) {
            response.sendRedirect(start);
            return;
        }
        UriComponentsBuilder logout = UriComponentsBuilder.fromUriString(endSession.toString())
                .queryParam("client_id", keycloak.getClientId())
                .queryParam("post_logout_redirect_uri", start);
        if (failure instanceof RefusedLogin refused && refused.idToken() != null) {
            logout.queryParam("id_token_hint", refused.idToken().getTokenValue());
        }
        response.sendRedirect(logout.encode().build().toUriString());
    }
}
