package io.jiceng.ui.security;

import static io.jiceng.ui.security.SecurityConfiguration.CAMUNDA;
import static io.jiceng.ui.security.SecurityConfiguration.ENGINE_REST;

import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import io.jiceng.platform.staff.Permission;
import jakarta.servlet.Filter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.oauth2.server.resource.web.BearerTokenAuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.util.matcher.AntPathRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestRedirectFilter;

/**
 * The {@code keycloak} profile: the browser logs in through Keycloak (OpenID Connect authorization code), the
 * platform's API and the engine REST API take Keycloak access tokens (Bearer), logging out ends the Keycloak
 * session too (RP-initiated logout). Both turn into the same staff principal as a local login
 * ({@link StaffOidcUserService}, {@link StaffTokenConverter}). No local password is accepted in this profile.
 */
@Configuration
@Profile("keycloak")
class KeycloakSecurityConfiguration {

    static final String REGISTRATION = "keycloak";
    static final String LOGIN = "/oauth2/authorization/" + REGISTRATION;
    static final String LOGIN_FAILED = "/sso-error";
    static final String LOGOUT_AFTER_REFUSAL = LOGIN_FAILED + "/logout";

    @Bean
    @Order(0)
    SecurityFilterChain api(HttpSecurity http, StaffTokenConverter tokens, ApiRefusals refusals) throws Exception {
        http.securityMatcher(new AntPathRequestMatcher("/api/**"))
                .authorizeHttpRequests(requests -> requests.anyRequest().hasAnyRole(SecurityConfiguration.platformRoles()))
                .oauth2ResourceServer(server -> server.jwt(jwt -> jwt.jwtAuthenticationConverter(tokens))
                        .authenticationEntryPoint(refusals.unauthenticated(new BearerTokenAuthenticationEntryPoint()))
                        .accessDeniedHandler(refusals.forbidden()))
                .exceptionHandling(errors -> errors
                        .authenticationEntryPoint(refusals.unauthenticated(new BearerTokenAuthenticationEntryPoint()))
                        .accessDeniedHandler(refusals.forbidden()))
                .csrf(csrf -> csrf.disable())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS));
        return http.build();
    }

    @Bean
    @Order(1)
    SecurityFilterChain processEngineAdministration(HttpSecurity http, StaffTokenConverter tokens) throws Exception {
        http.securityMatcher(new OrRequestMatcher(new AntPathRequestMatcher(CAMUNDA), new AntPathRequestMatcher(ENGINE_REST)))
                .authorizeHttpRequests(requests -> requests.anyRequest().hasAuthority(Permission.PROCESS_ADMIN.authority()))
                .oauth2ResourceServer(server -> server.jwt(jwt -> jwt.jwtAuthenticationConverter(tokens)))
                // The Camunda webapps protect themselves with their own CSRF token filter.
                .csrf(csrf -> csrf.disable())
                .exceptionHandling(errors -> errors
                        .defaultAuthenticationEntryPointFor(new LoginUrlAuthenticationEntryPoint(LOGIN), new AntPathRequestMatcher(CAMUNDA))
                        .defaultAuthenticationEntryPointFor(new BearerTokenAuthenticationEntryPoint(), new AntPathRequestMatcher(ENGINE_REST)));
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain application(HttpSecurity http, StaffOidcUserService users) throws Exception {
        SecurityConfiguration.securityHeaders(http);
        // A refused login goes to a page that says why; the default (back to the login page, that is Keycloak,
        // which still has its session) would go round in circles.
        // (A handler, not failureUrl: Spring's generated login page would claim that address for itself.)
        http.authorizeHttpRequests(requests -> requests.requestMatchers(new AntPathRequestMatcher(LOGIN_FAILED),
                new AntPathRequestMatcher(LOGOUT_AFTER_REFUSAL)).permitAll());
        // Passwords are Keycloak's business here: the local login page sends the browser on to Keycloak's.
        http.addFilterBefore(localLoginPageGoesToKeycloak(), OAuth2AuthorizationRequestRedirectFilter.class);
        http.oauth2Login(login -> login.userInfoEndpoint(userInfo -> userInfo.oidcUserService(users))
                .failureHandler(new org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler(LOGIN_FAILED)));
        // Logout: Vaadin ends the session here and sends the browser to Keycloak's end-session endpoint, which
        // comes back to the application's root.
        http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.oauth2LoginPage(LOGIN, "{baseUrl}"));
        return http.build();
    }

    private static Filter localLoginPageGoesToKeycloak() {
        RequestMatcher loginPage = new AntPathRequestMatcher("/login", "GET");
        return (request, response, chain) -> {
            if (loginPage.matches((HttpServletRequest) request)) {
                ((HttpServletResponse) response).sendRedirect(((HttpServletRequest) request).getContextPath() + LOGIN);
            } else {
                chain.doFilter(request, response);
            }
        };
    }
}
