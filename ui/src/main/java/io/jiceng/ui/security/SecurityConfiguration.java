package io.jiceng.ui.security;

import com.vaadin.flow.spring.security.VaadinAwareSecurityContextHolderStrategyConfiguration;
import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import io.jiceng.platform.staff.Permission;
import io.jiceng.ui.login.LoginView;
import java.util.Map;
import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.springframework.boot.actuate.autoconfigure.security.servlet.EndpointRequest;
import org.springframework.boot.actuate.health.HealthEndpoint;
import org.springframework.boot.actuate.info.InfoEndpoint;
import org.camunda.bpm.webapp.impl.security.auth.ContainerBasedAuthenticationFilter;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.util.matcher.AntPathRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;

/**
 * One login for everything: the Vaadin login page; the Camunda webapps and engine REST API accept the same
 * session (or HTTP Basic for API clients) and only for users who hold {@link Permission#PROCESS_ADMIN}.
 * The {@code keycloak} profile replaces the login and API chains ({@link KeycloakSecurityConfiguration}).
 * <p>
 * CSRF: left as Vaadin and Spring Security provide it. Vaadin protects its own requests with the UI's CSRF token
 * and has Spring's token checked on everything else (such as the login form); the REST API is stateless (no
 * session cookie to ride on), and the Camunda webapps check their own CSRF token.
 */
@Configuration
@EnableWebSecurity
@Import(VaadinAwareSecurityContextHolderStrategyConfiguration.class)
public class SecurityConfiguration {

    static final String CAMUNDA = "/camunda/**";
    static final String ENGINE_REST = "/engine-rest/**";

    /**
     * Vaadin Flow runs scripts it sends itself ({@code executeJs}: needs 'unsafe-eval' and inline handlers) and sets
     * inline styles; everything else comes from this origin. Dev mode's live reload uses a web socket.
     */
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self' 'unsafe-inline' 'unsafe-eval'; "
            + "style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self' data:; "
            + "connect-src 'self' ws: wss:; frame-ancestors 'self'; base-uri 'self'; object-src 'none'";

    /** Every platform role: the API answers 403 to someone authenticated without any of them. */
    static String[] platformRoles() {
        return java.util.Arrays.stream(io.jiceng.platform.staff.Role.values()).map(Enum::name).toArray(String[]::new);
    }

    /**
     * Headers of the application's pages. HSTS goes out on HTTPS requests only, which includes requests that a TLS
     * proxy forwards with X-Forwarded-Proto ({@code server.forward-headers-strategy}).
     */
    static void securityHeaders(HttpSecurity http) throws Exception {
        http.headers(headers -> headers
                .contentTypeOptions(Customizer.withDefaults())
                .frameOptions(frames -> frames.sameOrigin())
                .httpStrictTransportSecurity(hsts -> hsts.includeSubDomains(true).maxAgeInSeconds(31_536_000))
                .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                .referrerPolicy(referrer -> referrer.policy(
                        org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN)));
    }

    /** The platform's REST API: HTTP Basic on every request, no session (so no CSRF exposure). */
    @Bean
    @Order(0)
    @Profile("!keycloak")
    SecurityFilterChain api(HttpSecurity http, ApiRefusals refusals) throws Exception {
        http.securityMatcher(new AntPathRequestMatcher("/api/**"))
                .authorizeHttpRequests(requests -> requests.anyRequest().hasAnyRole(platformRoles()))
                .httpBasic(basic -> basic.authenticationEntryPoint(refusals.unauthenticated(basicEntryPoint())))
                .exceptionHandling(errors -> errors.authenticationEntryPoint(refusals.unauthenticated(basicEntryPoint()))
                        .accessDeniedHandler(refusals.forbidden()))
                .csrf(csrf -> csrf.disable())
                .sessionManagement(session -> session.sessionCreationPolicy(
                        org.springframework.security.config.http.SessionCreationPolicy.STATELESS));
        return http.build();
    }

    /**
     * Health and info for load balancers and monitoring: open (health then says only UP or DOWN), HTTP Basic for the
     * details; any other actuator endpoint is refused even if someone exposes it by configuration.
     */
    @Bean
    @Order(-2)
    SecurityFilterChain operations(HttpSecurity http) throws Exception {
        // the whole path, not only the exposed endpoints: the rest must not fall through to the login page
        http.securityMatcher(new AntPathRequestMatcher("/actuator/**"))
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers(EndpointRequest.to(HealthEndpoint.class, InfoEndpoint.class)).permitAll()
                        .anyRequest().denyAll())
                .httpBasic(basic -> basic.authenticationEntryPoint(basicEntryPoint()))
                .csrf(csrf -> csrf.disable())
                .sessionManagement(session -> session.sessionCreationPolicy(
                        org.springframework.security.config.http.SessionCreationPolicy.STATELESS));
        return http.build();
    }

    /** The API's description is public: it names operations, never data. Trying an operation still needs a login. */
    @Bean
    @Order(-1)
    SecurityFilterChain apiDocumentation(HttpSecurity http) throws Exception {
        http.securityMatcher(new OrRequestMatcher(new AntPathRequestMatcher("/v3/api-docs/**"),
                        new AntPathRequestMatcher("/swagger-ui/**"), new AntPathRequestMatcher("/swagger-ui.html")))
                .authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
                .csrf(csrf -> csrf.disable());
        return http.build();
    }

    @Bean
    @Order(1)
    @Profile("!keycloak")
    SecurityFilterChain processEngineAdministration(HttpSecurity http) throws Exception {
        // Explicit path matchers: the Camunda webapps and REST API are servlets of their own, not Spring MVC.
        http.securityMatcher(new OrRequestMatcher(new AntPathRequestMatcher(CAMUNDA), new AntPathRequestMatcher(ENGINE_REST)))
                .authorizeHttpRequests(requests -> requests.anyRequest().hasAuthority(Permission.PROCESS_ADMIN.authority()))
                .httpBasic(Customizer.withDefaults())
                // The Camunda webapps protect themselves with their own CSRF token filter.
                .csrf(csrf -> csrf.disable())
                .exceptionHandling(errors -> errors
                        .defaultAuthenticationEntryPointFor(new LoginUrlAuthenticationEntryPoint("/login"), new AntPathRequestMatcher(CAMUNDA))
                        .defaultAuthenticationEntryPointFor(basicEntryPoint(), new AntPathRequestMatcher(ENGINE_REST)));
        return http.build();
    }

    /**
     * 401 with a Basic challenge, written directly: an error dispatch would pass through the application's chain
     * and answer an API client with a redirect to the login page.
     */
    static AuthenticationEntryPoint basicEntryPoint() {
        return (request, response, failure) -> {
            response.setHeader("WWW-Authenticate", "Basic realm=\"jiceng\", charset=\"UTF-8\"");
            response.setStatus(jakarta.servlet.http.HttpServletResponse.SC_UNAUTHORIZED);
        };
    }

    @Bean
    @Order(2)
    @Profile("!keycloak")
    SecurityFilterChain application(HttpSecurity http) throws Exception {
        securityHeaders(http);
        http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView(LoginView.class));
        return http.build();
    }

    /** Camunda's webapps take the user Spring Security has already authenticated: no second login. */
    @Bean
    FilterRegistrationBean<ContainerBasedAuthenticationFilter> camundaWebappSingleSignOn() {
        var registration = new FilterRegistrationBean<>(new ContainerBasedAuthenticationFilter());
        registration.setInitParameters(Map.of(ProcessEngineAuthenticationFilter.AUTHENTICATION_PROVIDER_PARAM,
                SpringSecurityAuthenticationProvider.class.getName()));
        registration.addUrlPatterns("/camunda/*");
        registration.setOrder(101); // after Spring Security's filter chain
        return registration;
    }
}
