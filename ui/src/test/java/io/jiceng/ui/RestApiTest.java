package io.jiceng.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The REST API driven from outside with plain HTTP, as a township reviewer's own tool would use it. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "spring.datasource.url=jdbc:h2:mem:rest-api;DB_CLOSE_DELAY=-1")
class RestApiTest {

    @LocalServerPort int port;

    private final HttpClient http = HttpClient.newHttpClient();
    private final ObjectMapper json = new ObjectMapper();

    private HttpResponse<String> call(String user, String method, String path, String body, String language) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body))
                .header("Content-Type", "application/json")
                .header("Accept-Language", language);
        if (user != null) {
            request.header("Authorization", "Basic " + Base64.getEncoder()
                    .encodeToString((user + ":Demo@2026").getBytes(StandardCharsets.UTF_8)));
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private JsonNode body(HttpResponse<String> response) throws Exception {
        return json.readTree(response.body());
    }

    @Test
    void theApiIsDescribedByAnOpenApiDocument() throws Exception {
        HttpResponse<String> document = call(null, "GET", "/v3/api-docs", null, "zh-CN");

        assertThat(document.statusCode()).isEqualTo(200);
        assertThat(body(document).get("paths").has("/api/v1/tasks/{id}/complete")).isTrue();
        assertThat(call(null, "GET", "/swagger-ui/index.html", null, "zh-CN").statusCode()).isEqualTo(200);
    }

    @Test
    void aReviewerWorksATaskOverHttpAndErrorsComeAsProblemsInTheirLanguage() throws Exception {
        assertThat(call(null, "GET", "/api/v1/me", null, "zh-CN").statusCode()).isEqualTo(401);
        JsonNode me = body(call("reviewer", "GET", "/api/v1/me", null, "zh-CN"));
        assertThat(me.get("displayName").asText()).isEqualTo("林晓燕");
        assertThat(me.get("divisionName").asText()).isEqualTo("福建省泉州市南安市溪美街道");

        JsonNode claimable = body(call("reviewer", "GET", "/api/v1/tasks?scope=claimable", null, "zh-CN"));
        assertThat(claimable.get("total").asInt()).isPositive();
        JsonNode task = claimable.get("items").get(0);
        String taskId = task.get("taskId").asText();
        long caseId = task.get("caseRecord").get("id").asLong();

        HttpResponse<String> noOpinion = call("reviewer", "POST", "/api/v1/tasks/" + taskId + "/complete",
                "{\"decision\":\"RETURN\"}", "zh-CN");
        assertThat(noOpinion.statusCode()).isEqualTo(400);
        assertThat(noOpinion.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).contains("application/problem+json"));
        assertThat(body(noOpinion).get("detail").asText()).isEqualTo("退回、不予通过或作出异议核实结论时必须填写意见。");
        assertThat(body(call("reviewer", "POST", "/api/v1/tasks/" + taskId + "/complete", "{\"decision\":\"RETURN\"}", "en"))
                .get("detail").asText()).isEqualTo("An opinion is required when you return, reject or give the finding on an objection.");

        assertThat(call("reviewer", "POST", "/api/v1/tasks/" + taskId + "/complete",
                "{\"decision\":\"APPROVE\",\"opinion\":\"同意\"}", "zh-CN").statusCode()).isEqualTo(200);
        HttpResponse<String> again = call("reviewer", "POST", "/api/v1/tasks/" + taskId + "/complete",
                "{\"decision\":\"APPROVE\",\"opinion\":\"同意\"}", "zh-CN");
        assertThat(again.statusCode()).isEqualTo(409);
        assertThat(body(again).get("code").asText()).isEqualTo("task.done-by-other");

        JsonNode approved = body(call("reviewer", "GET", "/api/v1/cases/" + caseId, null, "zh-CN"));
        assertThat(approved.get("caseRecord").get("status").asText()).isEqualTo("APPROVED");
        assertThat(approved.get("opinions").get(1).get("opinion").asText()).isEqualTo("同意");
        HttpResponse<String> foreign = call("clerk2", "GET", "/api/v1/cases/" + caseId, null, "zh-CN");
        assertThat(foreign.statusCode()).isEqualTo(404);
        assertThat(body(foreign).get("detail").asText()).contains("业务件");
    }
}
