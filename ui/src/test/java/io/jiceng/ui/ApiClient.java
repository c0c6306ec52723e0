package io.jiceng.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.function.Consumer;

/**
 * The platform's REST API as a county's own tool calls it: JSON over plain HTTP, a demo user's HTTP Basic
 * credentials, answers in Chinese.
 */
public final class ApiClient {

    /** An answer: its status and its JSON body ({@code null} when empty). */
    public record Answer(int status, JsonNode body) {

        /** The problem's message key ({@code code} of an application/problem+json answer). */
        public String code() {
            return body == null || !body.has("code") ? null : body.get("code").asText();
        }
    }

    private static final String PASSWORD = "Demo@2026";

    private final String baseUrl;
    private final String language;
    private final HttpClient http = HttpClient.newHttpClient();
    private final ObjectMapper json = new ObjectMapper();

    public ApiClient(String baseUrl) {
        this(baseUrl, "zh-CN");
    }

    private ApiClient(String baseUrl, String language) {
        this.baseUrl = baseUrl;
        this.language = language;
    }

    /** The same client sending no Accept-Language at all, as curl and most scripts do. */
    public ApiClient withoutLanguage() {
        return new ApiClient(baseUrl, null);
    }

    public static ApiClient onPort(int port) {
        return new ApiClient("http://localhost:" + port);
    }

    /** Sends a request and checks its status; the body of the answer. */
    public JsonNode call(String user, String method, String path, Object body, int expectedStatus) {
        Answer answer = send(user, method, path, body);
        assertThat(answer.status()).as("%s %s as %s: %s", method, path, user, answer.body()).isEqualTo(expectedStatus);
        return answer.body();
    }

    public JsonNode get(String user, String path) {
        return call(user, "GET", path, null, 200);
    }

    /** Sends a request whatever its outcome; an unreachable server fails with {@link UncheckedIOException}. */
    public Answer send(String user, String method, String path, Object body) {
        try {
            HttpRequest.Builder request = request(user, path)
                    .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                            : HttpRequest.BodyPublishers.ofString(json.writeValueAsString(body)))
                    .header("Content-Type", "application/json");
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            String text = response.body();
            return new Answer(response.statusCode(), text == null || text.isBlank() ? null : json.readTree(text));
        } catch (IOException e) {
            throw new UncheckedIOException(method + " " + baseUrl + path + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /**
     * Sends what the JSON calls cannot express — a download, an upload, another language or header, no login at
     * all — and hands back the raw response. The request starts as a GET of the path with {@code Accept-Language:
     * zh-CN} (none {@link #withoutLanguage() without language}) and the user's credentials (none for a {@code null} user); {@code adjust} sets the method, body or
     * headers ({@code setHeader} replaces the language).
     */
    public HttpResponse<byte[]> exchange(String user, String path, Consumer<HttpRequest.Builder> adjust) {
        HttpRequest.Builder request = request(user, path);
        adjust.accept(request);
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(baseUrl + path + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private HttpRequest.Builder request(String user, String path) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + path));
        if (language != null) {
            request.header("Accept-Language", language);
        }
        if (user != null) {
            request.header("Authorization", "Basic " + Base64.getEncoder()
                    .encodeToString((user + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8)));
        }
        return request;
    }
}
