package io.jiceng.ui.security;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import io.jiceng.platform.audit.AuditAction;
import io.jiceng.platform.audit.AuditEvent;
import io.jiceng.platform.audit.AuditLog;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The {@code keycloak} profile against a real Keycloak ({@link KeycloakServer}) with the repository's realm: the
 * township reviewer logs in through Keycloak in a browser and completes a task, logging out ends both sessions;
 * Keycloak's access tokens open the API with the user's roles and division; forged tokens and users without a
 * platform role are refused (and can log out of Keycloak to let someone else log in).
 */
@Tag("identity-provider")
// a context of its own: the keycloak profile
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.DEFINED_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:keycloak-sso;DB_CLOSE_DELAY=-1", "camunda.bpm.job-execution.enabled=false"})
@ActiveProfiles("keycloak")
class KeycloakSingleSignOnTest {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final String PASSWORD = "Demo@2026";

    static Playwright playwright;
    static Browser browser;

    @Autowired AuditLog audit;

    private final HttpClient http = HttpClient.newHttpClient();
    private final ObjectMapper json = new ObjectMapper();

    @DynamicPropertySource
    static void keycloak(DynamicPropertyRegistry registry) {
        KeycloakServer keycloak = KeycloakServer.get();
        registry.add("server.port", keycloak::appPort);
        registry.add("keycloak.issuer-uri", keycloak::issuer);
        registry.add("KEYCLOAK_CLIENT_SECRET", () -> KeycloakServer.CLIENT_SECRET);
    }

    @BeforeAll
    static void startBrowser() {
        assertThat(Files.isExecutable(CHROMIUM)).as("Debian's chromium is needed for this test: apt-get install chromium").isTrue();
        com.microsoft.playwright.assertions.PlaywrightAssertions.setDefaultAssertionTimeout(30_000);
        playwright = Playwright.create(new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        browser = playwright.chromium().launch(new BrowserType.LaunchOptions().setExecutablePath(CHROMIUM).setHeadless(true)
                .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                        "--disable-background-networking", "--disable-component-update", "--disable-sync")));
    }

    @AfterAll
    static void stopBrowser() {
        if (playwright != null) {
            playwright.close();
        }
    }

    private static String app(String path) {
        return "http://localhost:" + KeycloakServer.get().appPort() + path;
    }

    /** An access token from Keycloak's token endpoint (the realm's client allows the password grant). */
    private String accessToken(String username) throws Exception {
        String form = Map.of("grant_type", "password", "client_id", KeycloakServer.CLIENT_ID,
                        "client_secret", KeycloakServer.CLIENT_SECRET, "username", username, "password", PASSWORD, "scope", "openid")
                .entrySet().stream().map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(
                        URI.create(KeycloakServer.get().issuer() + "/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return json.readTree(response.body()).get("access_token").asText();
    }

    private HttpResponse<String> get(String path, String token) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(app(path))).header("Authorization", "Bearer " + token).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private Page loginPage() {
        Page page = browser.newContext(new Browser.NewContextOptions().setViewportSize(1400, 900).setLocale("zh-CN")).newPage();
        page.navigate(app("/"));
        assertThat(page.locator("#kc-login")).isVisible();
        return page;
    }

    private static void logIn(Page page, String username) {
        page.locator("#username").fill(username);
        page.locator("#password").fill(PASSWORD);
        page.locator("#kc-login").click();
    }

    private Page.LocatorOptions text(String text) {
        return new Page.LocatorOptions().setHasText(text);
    }

    @Test
    void theReviewerLogsInThroughKeycloakCompletesATaskAndLoggingOutEndsBothSessions() throws Exception {
        JsonNode claimable = json.readTree(get("/api/v1/tasks?scope=claimable&module=core", accessToken("reviewer")).body());
        String caseNo = claimable.get("items").get(0).get("caseRecord").get("caseNo").asText();

        Page reviewer = loginPage();
        logIn(reviewer, "reviewer");
        assertThat(reviewer.getByText("我的待办").first()).isVisible();
        assertThat(reviewer.getByText("林晓燕（乡镇（街道）审核人）", new Page.GetByTextOptions().setExact(false)).first()).isVisible();
        reviewer.locator("vaadin-tab", text("可签收")).click();
        reviewer.getByText(caseNo).dblclick();
        assertThat(reviewer.locator("h2", text(caseNo))).isVisible();
        reviewer.locator("vaadin-button", text("签收")).click();
        reviewer.locator("vaadin-text-area", text("办理意见")).locator("textarea").fill("统一身份认证登录后审核：同意。");
        reviewer.locator("vaadin-button", text("提交办理意见")).click();
        assertThat(reviewer.getByText("统一身份认证登录后审核：同意。")).isVisible();
        assertThat(reviewer.getByText("林晓燕").first()).isVisible();

        reviewer.locator("vaadin-button", text("退出")).click();
        // back at the application's root, which sends the browser to Keycloak: the login form, not the inbox
        assertThat(reviewer.locator("#kc-login")).isVisible();
        reviewer.navigate(app("/"));
        assertThat(reviewer.locator("#kc-login")).isVisible();
        reviewer.context().close();

        assertThat(audit.findByTarget(AuditLog.STAFF, "reviewer")).extracting(AuditEvent::action).contains(AuditAction.LOGIN);
    }

    @Test
    void someoneWithoutAPlatformRoleIsToldSoAfterTheKeycloakLogin() {
        Page guest = loginPage();
        logIn(guest, "guest");
        guest.waitForURL(url -> !url.contains("/realms/"));
        guest.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target", "screenshots", "sso-refused.png")));

        assertThat(guest.getByText("没有本平台的角色", new Page.GetByTextOptions().setExact(false))).isVisible();

        // someone else at the same browser: log out of Keycloak from here, then log in as them
        guest.locator("a.sso-logout").click();
        assertThat(guest.locator("#kc-login")).isVisible();
        guest.navigate(app("/login"));
        assertThat(guest.locator("#kc-login")).isVisible();
        logIn(guest, "clerk");
        assertThat(guest.getByText("我的待办").first()).isVisible();
        guest.context().close();
    }

    @Test
    void aKeycloakAccessTokenOpensTheApiWithTheUsersRolesAndDivision() throws Exception {
        HttpResponse<String> me = get("/api/v1/me", accessToken("specialist"));

        assertThat(me.statusCode()).isEqualTo(200);
        JsonNode body = json.readTree(me.body());
        assertThat(body.get("username").asText()).isEqualTo("specialist");
        assertThat(body.get("displayName").asText()).isEqualTo("黄美玲");
        assertThat(body.get("divisionCode").asText()).isEqualTo("350583001001");
        assertThat(body.get("roles").toString()).isEqualTo("[\"COMMUNITY_SPECIALIST\"]");
    }

    @Test
    void aTamperedOrForeignTokenIsUnauthorized() throws Exception {
        String[] parts = accessToken("clerk").split("\\.");
        String payload = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8)
                .replace("350583001", "350583002");
        String tampered = parts[0] + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(payload.getBytes(StandardCharsets.UTF_8))
                + "." + parts[2];

        var foreignKey = new RSAKeyGenerator(2048).keyID("not-the-realms").generate();
        var foreign = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(foreignKey.getKeyID()).build(),
                new JWTClaimsSet.Builder().issuer(KeycloakServer.get().issuer()).audience(KeycloakServer.CLIENT_ID)
                        .subject("someone").claim("preferred_username", "admin").claim("division", "350583")
                        .claim("realm_access", Map.of("roles", List.of("PLATFORM_ADMIN")))
                        .expirationTime(new Date(System.currentTimeMillis() + 300_000)).build());
        foreign.sign(new RSASSASigner(foreignKey));

        assertThat(get("/api/v1/me", tampered).statusCode()).isEqualTo(401);
        assertThat(get("/api/v1/me", foreign.serialize()).statusCode()).isEqualTo(401);
        assertThat(get("/api/v1/me", "not-a-token").statusCode()).isEqualTo(401);
        assertThat(audit.findByTarget(AuditLog.STAFF, "(bearer token)")).extracting(AuditEvent::action)
                .contains(AuditAction.LOGIN_FAILED);
    }

    @Test
    void aUserWithoutAPlatformRoleGetsForbidden() throws Exception {
        assertThat(get("/api/v1/me", accessToken("guest")).statusCode()).isEqualTo(403);
    }

    @Test
    void theEngineRestApiTakesTheProcessAdministratorsTokenOnly() throws Exception {
        assertThat(get("/engine-rest/engine", accessToken("modadmin")).statusCode()).isEqualTo(200);
        assertThat(get("/engine-rest/engine", accessToken("reviewer")).statusCode()).isEqualTo(403);
    }
}
