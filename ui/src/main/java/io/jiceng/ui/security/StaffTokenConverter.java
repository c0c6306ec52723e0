package io.jiceng.ui.security;

import io.jiceng.platform.problem.Problem;
import io.jiceng.platform.staff.StaffService;
import io.jiceng.platform.staff.StaffUser;
import java.util.List;
import java.util.Locale;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Profile;
import org.springframework.core.convert.converter.Converter;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.BearerTokenError;
import org.springframework.security.oauth2.server.resource.BearerTokenErrorCodes;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.stereotype.Component;

/**
 * A valid Keycloak access token (signature, issuer, audience and expiry already checked) becomes the staff member
 * it names. Without a platform role the caller stays authenticated but holds nothing, so every API call answers
 * 403; a division the platform does not know is an unusable token: 401 with the reason in
 * {@code WWW-Authenticate}.
 */
@Component
@Profile("keycloak")
class StaffTokenConverter implements Converter<Jwt, AbstractAuthenticationToken> {

    private final StaffService staff;
    private final MessageSource messages;
    private final String clientId;

    StaffTokenConverter(StaffService staff, MessageSource messages, @Value("${platform.sso.client-id}") String clientId) {
        this.staff = staff;
        this.messages = messages;
        this.clientId = clientId;
    }

    @Override
    public AbstractAuthenticationToken convert(Jwt token) {
        TokenIdentity identity = TokenIdentity.of(token.getClaims(), clientId);
        try {
            return new StaffTokenAuthentication(token, new StaffUser(identity.admit(staff), ""));
        } catch (Problem problem) {
            if (TokenIdentity.NO_ROLE.equals(problem.messageKey())) {
                return new JwtAuthenticationToken(token, List.of(), identity.username());
            }
            // RFC 6750 allows only printable ASCII without quotes and backslashes in the description
            String reason = messages.getMessage(problem.messageKey(), problem.arguments(), problem.messageKey(), Locale.ENGLISH)
                    .replaceAll("[^\\x20-\\x7e]|[\"\\\\]", "'");
            throw new OAuth2AuthenticationException(
                    new BearerTokenError(BearerTokenErrorCodes.INVALID_TOKEN, HttpStatus.UNAUTHORIZED, reason, null), problem);
        }
    }
}
