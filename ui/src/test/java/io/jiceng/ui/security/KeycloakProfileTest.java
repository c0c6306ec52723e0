package io.jiceng.ui.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.BDDMockito.given;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.jiceng.platform.problem.Problem;
import io.jiceng.platform.staff.Role;
import io.jiceng.platform.staff.StaffService;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.core.OAuth2AccessToken;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The {@code keycloak} profile without a Keycloak: tokens are "decoded" by a stand-in for the realm's key, the
 * rest (claims to staff member, roles, division, who may do what) is the application's own.
 */
@Tag("identity-provider")
// a context of its own: the keycloak profile
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:keycloak-profile;DB_CLOSE_DELAY=-1", "camunda.bpm.job-execution.enabled=false",
        "KEYCLOAK_CLIENT_SECRET=test-secret"})
@ActiveProfiles("keycloak")
@AutoConfigureMockMvc
class KeycloakProfileTest {

    /** The realm's endpoints as discovery would find them, without asking a Keycloak. */
    @org.springframework.boot.test.context.TestConfiguration
    static class RealmWithoutDiscovery {
        @org.springframework.context.annotation.Bean
        ClientRegistrationRepository clientRegistrationRepository() {
            String realm = "http://sso.test/realms/jiceng";
            return new org.springframework.security.oauth2.client.registration.InMemoryClientRegistrationRepository(
                    org.springframework.security.oauth2.client.registration.ClientRegistration.withRegistrationId("keycloak")
                            .clientId("jiceng-platform").clientSecret("test-secret")
                            .authorizationGrantType(org.springframework.security.oauth2.core.AuthorizationGrantType.AUTHORIZATION_CODE)
                            .redirectUri("{baseUrl}/login/oauth2/code/{registrationId}").scope("openid", "profile")
                            .issuerUri(realm).authorizationUri(realm + "/protocol/openid-connect/auth")
                            .tokenUri(realm + "/protocol/openid-connect/token").jwkSetUri(realm + "/protocol/openid-connect/certs")
                            .userNameAttributeName("preferred_username")
                            .providerConfigurationMetadata(Map.of("end_session_endpoint", realm + "/protocol/openid-connect/logout"))
                            .build());
        }
    }

    @Autowired MockMvc mvc;
    @Autowired StaffService staff;
    @Autowired StaffOidcUserService oidcUsers;
    @Autowired ClientRegistrationRepository registrations;
    @MockitoBean JwtDecoder tokens;

    @BeforeEach
    void onlyKnownTokensAreValid() {
        given(tokens.decode(anyString())).willThrow(new BadJwtException("signature does not match"));
    }

    private String token(String value, Map<String, Object> claims) {
        Jwt jwt = Jwt.withTokenValue(value).header("alg", "RS256").issuer("http://sso.test/realms/jiceng")
                .audience(List.of("jiceng-platform")).subject("sub-" + value)
                .issuedAt(Instant.now()).expiresAt(Instant.now().plusSeconds(300)).claims(c -> c.putAll(claims)).build();
        org.mockito.BDDMockito.willReturn(jwt).given(tokens).decode(value);
        return "Bearer " + value;
    }

    private static Map<String, Object> person(String username, String division, String... realmRoles) {
        return Map.of("preferred_username", username, "family_name", "林", "given_name", "晓燕", "name", "晓燕 林",
                "division", division, "realm_access", Map.of("roles", List.of(realmRoles)));
    }

    @Test
    void aTokensRolesAndDivisionBecomeTheStaffMemberTheApiSees() throws Exception {
        String bearer = token("reviewer-token", person("kc-lin", "350583001", "TOWNSHIP_REVIEWER", "offline_access"));

        mvc.perform(get("/api/v1/me").header("Authorization", bearer))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.username").value("kc-lin"))
                .andExpect(jsonPath("$.displayName").value("林晓燕"))
                .andExpect(jsonPath("$.divisionCode").value("350583001"))
                .andExpect(jsonPath("$.roles").value(org.hamcrest.Matchers.contains("TOWNSHIP_REVIEWER")))
                .andExpect(jsonPath("$.candidateGroups[0]").value("TOWNSHIP_REVIEWER@350583001"));

        assertThat(staff.find("kc-lin")).get().satisfies(member -> {
            assertThat(member.displayName()).isEqualTo("林晓燕");
            assertThat(member.roles()).containsExactly(Role.TOWNSHIP_REVIEWER);
        });
    }

    @Test
    void rolesOfTheClientCountLikeRealmRoles() throws Exception {
        String bearer = token("client-role-token", Map.of("preferred_username", "kc-clerk", "name", "Wang Lihua",
                "division", "350583002", "resource_access", Map.of("jiceng-platform", Map.of("roles", List.of("STREET_CLERK")),
                        "another-client", Map.of("roles", List.of("PLATFORM_ADMIN")))));

        mvc.perform(get("/api/v1/me").header("Authorization", bearer))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.displayName").value("Wang Lihua"))
                .andExpect(jsonPath("$.roles").value(org.hamcrest.Matchers.contains("STREET_CLERK")));
    }

    @Test
    void someoneWithoutAPlatformRoleIsRefused() throws Exception {
        String bearer = token("no-role-token", person("kc-guest", "350583001", "offline_access", "uma_authorization"));

        mvc.perform(get("/api/v1/me").header("Authorization", bearer)).andExpect(status().isForbidden());
        assertThat(staff.find("kc-guest")).isEmpty();
    }

    @Test
    void aTokenForADivisionThePlatformDoesNotKnowIsRefusedSayingSo() throws Exception {
        String bearer = token("nowhere-token", person("kc-nowhere", "999999999", "STREET_CLERK"));

        mvc.perform(get("/api/v1/me").header("Authorization", bearer))
                .andExpect(status().isUnauthorized())
                .andExpect(header().string("WWW-Authenticate", org.hamcrest.Matchers.containsString(
                        "error_description=\"Single sign-on gave the division '999999999', which is not a division of this platform")));
        assertThat(staff.find("kc-nowhere")).isEmpty();
    }

    @Test
    void anInvalidTokenOrNoneIsUnauthorized() throws Exception {
        mvc.perform(get("/api/v1/me").header("Authorization", "Bearer forged"))
                .andExpect(status().isUnauthorized())
                .andExpect(header().string("WWW-Authenticate", org.hamcrest.Matchers.startsWith("Bearer error=\"invalid_token\"")));
        mvc.perform(get("/api/v1/me")).andExpect(status().isUnauthorized())
                .andExpect(header().string("WWW-Authenticate", "Bearer"));
    }

    @Test
    void passwordsAreNotAcceptedInThisProfile() throws Exception {
        String basic = "Basic " + java.util.Base64.getEncoder().encodeToString("clerk:Demo@2026".getBytes());
        mvc.perform(get("/api/v1/me").header("Authorization", basic)).andExpect(status().isUnauthorized());
    }

    @Test
    void theEngineRestApiIsForProcessAdministratorsOnly() throws Exception {
        String reviewer = token("engine-reviewer", person("kc-lin", "350583001", "TOWNSHIP_REVIEWER"));
        String moduleAdmin = token("engine-admin", person("kc-modadmin", "350583", "MODULE_ADMIN"));

        mvc.perform(get("/engine-rest/engine").header("Authorization", reviewer)).andExpect(status().isForbidden());
        mvc.perform(get("/engine-rest/engine").header("Authorization", moduleAdmin)).andExpect(status().isOk());
    }

    @org.springframework.boot.test.web.server.LocalServerPort int port;

    private String redirectOf(String path) throws Exception {
        var response = java.net.http.HttpClient.newHttpClient().send(
                java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://localhost:" + port + path)).build(),
                java.net.http.HttpResponse.BodyHandlers.discarding());
        assertThat(response.statusCode()).as(path).isEqualTo(302);
        return response.headers().firstValue("Location").orElseThrow();
    }

    @Test
    void theBrowserIsSentToKeycloakToLogIn() throws Exception {
        assertThat(redirectOf("/")).endsWith("/oauth2/authorization/keycloak");
        assertThat(redirectOf("/camunda/app/cockpit/default/")).endsWith("/oauth2/authorization/keycloak");
        assertThat(redirectOf("/oauth2/authorization/keycloak"))
                .startsWith("http://sso.test/realms/jiceng/protocol/openid-connect/auth?")
                .contains("client_id=jiceng-platform", "scope=openid%20profile",
                        "redirect_uri=http://localhost:" + port + "/login/oauth2/code/keycloak");
    }

    private com.fasterxml.jackson.databind.JsonNode getJson(String path, String authorization) throws Exception {
        var response = java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(
                        java.net.URI.create("http://localhost:" + port + path)).header("Authorization", authorization).build(),
                java.net.http.HttpResponse.BodyHandlers.ofString(java.nio.charset.StandardCharsets.UTF_8));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return new com.fasterxml.jackson.databind.ObjectMapper().readTree(response.body());
    }

    @Test
    void theEngineRestApiListsThePlatformsStaffAsCamundaUsersAndGroups() throws Exception {
        String processAdmin = token("identity-admin", person("kc-identity-admin", "350583", "MODULE_ADMIN"));

        var reviewers = getJson("/engine-rest/user?memberOfGroup=TOWNSHIP_REVIEWER%40350583001&sortBy=userId&sortOrder=asc",
                processAdmin);
        assertThat(reviewers.findValuesAsText("id")).contains("reviewer").doesNotContain("reviewer2", "clerk");
        var reviewer = java.util.stream.StreamSupport.stream(reviewers.spliterator(), false)
                .filter(user -> user.get("id").asText().equals("reviewer")).findFirst().orElseThrow();
        assertThat(reviewer.get("lastName").asText()).isEqualTo("林");
        assertThat(reviewer.get("firstName").asText()).isEqualTo("晓燕");

        assertThat(getJson("/engine-rest/group?member=kc-identity-admin", processAdmin).findValuesAsText("id"))
                .containsExactlyInAnyOrder("MODULE_ADMIN@350583", "camunda-admin");
        assertThat(getJson("/engine-rest/user?firstResult=0&maxResults=2&sortBy=userId&sortOrder=asc", processAdmin))
                .hasSize(2);
        // what the Admin webapp's user list asks, as the logged-in person (no Camunda admin user exists)
        assertThat(getJson("/camunda/api/engine/engine/default/user?memberOfGroup=TOWNSHIP_REVIEWER%40350583001", processAdmin)
                .findValuesAsText("id")).contains("reviewer").doesNotContain("reviewer2");
    }

    @Test
    void theLocalLoginPageSendsTheBrowserToKeycloakInstead() throws Exception {
        assertThat(redirectOf("/login")).isEqualTo("http://localhost:" + port + "/oauth2/authorization/keycloak");
        assertThat(redirectOf("/login?error")).endsWith("/oauth2/authorization/keycloak");
    }

    @Test
    void theRefusalPageLogsOutOfKeycloakSoThatSomeoneElseCanLogIn() throws Exception {
        Map<String, Object> claims = person("kc-wrong-person", "350583001", "offline_access");
        token("wrong-person-access", claims);
        var refusal = catchThrowableOfType(OAuth2AuthenticationException.class,
                () -> oidcUsers.loadUser(browserLogin("wrong-person-access", claims)));
        var session = new org.springframework.mock.web.MockHttpSession();
        session.setAttribute(org.springframework.security.web.WebAttributes.AUTHENTICATION_EXCEPTION, refusal);

        String logout = mvc.perform(get("/sso-error/logout").session(session))
                .andExpect(status().isFound()).andReturn().getResponse().getRedirectedUrl();

        assertThat(logout).startsWith("http://sso.test/realms/jiceng/protocol/openid-connect/logout?")
                .contains("client_id=jiceng-platform", "post_logout_redirect_uri=http://localhost/",
                        "id_token_hint=id-wrong-person-access");
        assertThat(session.isInvalid()).isTrue();
        // without the refused login at hand (the session has gone), Keycloak asks the person to confirm
        assertThat(redirectOf("/sso-error/logout")).startsWith("http://sso.test/realms/jiceng/protocol/openid-connect/logout?")
                .contains("post_logout_redirect_uri=http://localhost:" + port + "/").doesNotContain("id_token_hint");
    }

    private OidcUserRequest browserLogin(String accessToken, Map<String, Object> idClaims) {
        var idToken = OidcIdToken.withTokenValue("id-" + accessToken).issuer("http://sso.test/realms/jiceng")
                .audience(List.of("jiceng-platform")).subject("sub").issuedAt(Instant.now())
                .expiresAt(Instant.now().plusSeconds(300)).claims(c -> c.putAll(idClaims)).build();
        var access = new OAuth2AccessToken(OAuth2AccessToken.TokenType.BEARER, accessToken, Instant.now(),
                Instant.now().plusSeconds(300));
        return new OidcUserRequest(registrations.findByRegistrationId("keycloak"), access, idToken);
    }

    @Test
    void aBrowserLoginYieldsTheSameStaffPrincipal() {
        Map<String, Object> claims = person("kc-specialist", "350583001001", "COMMUNITY_SPECIALIST");
        token("browser-access", claims);

        var user = oidcUsers.loadUser(browserLogin("browser-access", Map.of("preferred_username", "kc-specialist",
                "family_name", "黄", "given_name", "美玲", "division", "350583001001")));

        assertThat(user).isInstanceOf(io.jiceng.platform.staff.StaffUser.class);
        var member = ((io.jiceng.platform.staff.StaffUser) user).member();
        assertThat(member.displayName()).isEqualTo("黄美玲");
        assertThat(member.roles()).containsExactly(Role.COMMUNITY_SPECIALIST);
        assertThat(user.getAuthorities()).extracting(Object::toString).contains("ROLE_COMMUNITY_SPECIALIST", "PERM_CASE_START");
        assertThat(user.getName()).isEqualTo("kc-specialist");
    }

    @Test
    void aBrowserLoginWithoutAPlatformRoleIsRefusedSayingWhy() {
        Map<String, Object> claims = person("kc-visitor", "350583001", "offline_access");
        token("visitor-access", claims);

        assertThatThrownBy(() -> oidcUsers.loadUser(browserLogin("visitor-access", claims)))
                .isInstanceOf(OAuth2AuthenticationException.class)
                .satisfies(e -> assertThat(((Problem) e.getCause()).messageKey()).isEqualTo("sso.no-role"));
        assertThat(staff.find("kc-visitor")).isEmpty();
    }
}
