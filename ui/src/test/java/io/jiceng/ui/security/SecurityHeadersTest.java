package io.jiceng.ui.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import io.jiceng.ui.ApiTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The application's pages come with the headers that keep a browser from being turned against its user. */
@ApiTest
class SecurityHeadersTest {

    @LocalServerPort int port;

    private HttpResponse<Void> page(String path, String forwardedProto) throws Exception {
        var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
        if (forwardedProto != null) {
            request.header("X-Forwarded-Proto", forwardedProto);
        }
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.discarding());
    }

    @Test
    void pagesComeWithAContentSecurityPolicyAndFrameAndReferrerRules() throws Exception {
        var headers = page("/login", null).headers();

        assertThat(headers.firstValue("Content-Security-Policy")).hasValue(SecurityConfiguration.CONTENT_SECURITY_POLICY);
        assertThat(headers.firstValue("X-Frame-Options")).hasValue("SAMEORIGIN");
        assertThat(headers.firstValue("Referrer-Policy")).hasValue("same-origin");
        assertThat(headers.firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(headers.firstValue("Strict-Transport-Security")).isEmpty();
    }

    @Test
    void behindATlsProxyBrowsersAreToldToStayOnHttps() throws Exception {
        var headers = page("/login", "https").headers();

        assertThat(headers.firstValue("Strict-Transport-Security")).hasValue("max-age=31536000 ; includeSubDomains");
    }
}
