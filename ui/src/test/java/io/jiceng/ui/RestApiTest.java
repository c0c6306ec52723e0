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
import io.jiceng.platform.casework.CaseRecord;
import io.jiceng.platform.correction.CorrectionService;
import io.jiceng.platform.resident.CorrectableField;
import io.jiceng.platform.resident.ResidentQuery;
import io.jiceng.platform.resident.ResidentService;
import io.jiceng.platform.staff.CurrentStaff;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The REST API driven from outside with plain HTTP, as a township reviewer's own tool would use it. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "spring.datasource.url=jdbc:h2:mem:rest-api;DB_CLOSE_DELAY=-1")
class RestApiTest {

    @LocalServerPort int port;
    @Autowired CurrentStaff currentStaff;
    @Autowired ResidentService residents;
    @Autowired CorrectionService corrections;

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
        assertThat(body(noOpinion).get("detail").asText()).isEqualTo("退回或不予通过时必须填写意见。");
        assertThat(body(call("reviewer", "POST", "/api/v1/tasks/" + taskId + "/complete", "{\"decision\":\"RETURN\"}", "en"))
                .get("detail").asText()).isEqualTo("An opinion is required when you return or reject.");

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

    private String claimableTaskOf(long caseId) throws Exception {
        for (JsonNode item : body(call("reviewer", "GET", "/api/v1/tasks?scope=claimable&size=100", null, "zh-CN")).get("items")) {
            if (item.get("caseRecord").get("id").asLong() == caseId) {
                return item.get("taskId").asText();
            }
        }
        throw new AssertionError("no claimable task for case " + caseId);
    }

    @Test
    void urgeCoSignCopyAndWithdrawOverHttp() throws Exception {
        CaseRecord request = currentStaff.runAs("clerk", () -> corrections.submit(
                residents.search(new ResidentQuery(null, null, 0, 10)).residents().get(7).id(),
                CorrectableField.ADDRESS, "南安市溪美街道新华街99号", "门牌号变更"));
        String taskId = claimableTaskOf(request.id());
        String tasks = "/api/v1/tasks/" + taskId;

        assertThat(call("clerk", "POST", tasks + "/urge", "{\"message\":\"请尽快审核\"}", "zh-CN").statusCode()).isEqualTo(200);
        HttpResponse<String> again = call("clerk", "POST", tasks + "/urge", "{}", "zh-CN");
        assertThat(again.statusCode()).isEqualTo(429);
        assertThat(body(again).get("code").asText()).isEqualTo("task.urge.too-soon");

        assertThat(call("reviewer", "POST", tasks + "/claim", null, "zh-CN").statusCode()).isEqualTo(200);
        assertThat(call("reviewer", "POST", tasks + "/add-signer", "{\"to\":\"county\",\"opinion\":\"请把关\"}", "zh-CN")
                .statusCode()).isEqualTo(200);
        HttpResponse<String> tooEarly = call("reviewer", "POST", tasks + "/complete", "{\"decision\":\"APPROVE\"}", "zh-CN");
        assertThat(tooEarly.statusCode()).isEqualTo(400);
        assertThat(body(tooEarly).get("code").asText()).isEqualTo("task.cosign.pending");
        assertThat(body(tooEarly).get("detail").asText()).contains("陈建国");
        JsonNode countyInbox = body(call("county", "GET", "/api/v1/tasks?scope=mine", null, "zh-CN"));
        assertThat(countyInbox.get("items").findValuesAsText("taskId")).contains(taskId);
        assertThat(call("county", "POST", tasks + "/complete", "{\"decision\":\"COSIGN\",\"opinion\":\"同意更正\"}", "zh-CN")
                .statusCode()).isEqualTo(200);

        assertThat(call("reviewer", "POST", tasks + "/cc", "{\"to\":[\"clerk\"],\"opinion\":\"请知悉\"}", "zh-CN")
                .statusCode()).isEqualTo(200);
        JsonNode copied = body(call("clerk", "GET", "/api/v1/tasks?scope=copied", null, "zh-CN"));
        assertThat(copied.get("items").get(0).get("caseRecord").get("id").asLong()).isEqualTo(request.id());

        assertThat(call("reviewer", "POST", tasks + "/complete", "{\"decision\":\"RETURN\",\"opinion\":\"请补充材料\"}", "zh-CN")
                .statusCode()).isEqualTo(200);
        JsonNode done = body(call("reviewer", "GET", "/api/v1/tasks?scope=done", null, "zh-CN")).get("items").get(0);
        assertThat(done.get("taskId").asText()).isEqualTo(taskId);
        assertThat(done.get("withdrawable").asBoolean()).isTrue();
        assertThat(call("reviewer", "POST", tasks + "/withdraw", null, "zh-CN").statusCode()).isEqualTo(200);
        HttpResponse<String> twice = call("reviewer", "POST", tasks + "/withdraw", null, "en");
        assertThat(twice.statusCode()).isEqualTo(409);
        assertThat(body(twice).get("detail").asText()).contains("can no longer be withdrawn");
        JsonNode afterwards = body(call("reviewer", "GET", "/api/v1/cases/" + request.id(), null, "zh-CN"));
        assertThat(afterwards.get("caseRecord").get("status").asText()).isEqualTo("IN_REVIEW");
        assertThat(afterwards.get("opinions").findValuesAsText("decision"))
                .containsExactly("SUBMIT", "URGE", "ADD_SIGNER", "COSIGN", "COPY", "RETURN", "WITHDRAW_STEP");
    }
}
