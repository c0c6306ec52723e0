package io.jiceng.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import io.jiceng.platform.resident.IdNumber;
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

    private HttpResponse<String> upload(String user, String fileName, byte[] content, String language) throws Exception {
        String boundary = "----jiceng" + System.nanoTime();
        java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
        body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.write(content);
        body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/residents/import"))
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .header("Accept-Language", language)
                .header("Authorization", "Basic " + Base64.getEncoder()
                        .encodeToString((user + ":Demo@2026").getBytes(StandardCharsets.UTF_8)))
                .build();
        return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static String idNumber(int sequence) {
        return IdNumber.withCheckChar("350583" + "19880808" + sequence);
    }

    private static String wrongCheckDigit(String idNumber) {
        return idNumber.substring(0, 17) + (idNumber.charAt(17) == '1' ? '2' : '1');
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
    void aLoadBalancerSeesTheHealthWithoutDetailsAndStaffSeeTheDetails() throws Exception {
        HttpResponse<String> open = call(null, "GET", "/actuator/health", null, "zh-CN");
        assertThat(open.statusCode()).isEqualTo(200);
        assertThat(body(open).get("status").asText()).isEqualTo("UP");
        assertThat(body(open).has("components")).as("no details without a login").isFalse();
        assertThat(call(null, "GET", "/actuator/health/readiness", null, "zh-CN").statusCode()).isEqualTo(200);
        assertThat(call(null, "GET", "/actuator/info", null, "zh-CN").statusCode()).isEqualTo(200);

        JsonNode details = body(call("admin", "GET", "/actuator/health", null, "zh-CN"));
        assertThat(details.get("components").get("db").get("status").asText()).isEqualTo("UP");

        assertThat(call("admin", "GET", "/actuator/env", null, "zh-CN").statusCode()).as("not exposed").isIn(401, 403, 404);
        assertThat(call(null, "GET", "/actuator/beans", null, "zh-CN").statusCode()).isIn(401, 403, 404);
    }

    @Test
    void aReviewerWorksATaskOverHttpAndErrorsComeAsProblemsInTheirLanguage() throws Exception {
        assertThat(call(null, "GET", "/api/v1/me", null, "zh-CN").statusCode()).isEqualTo(401);
        JsonNode me = body(call("reviewer", "GET", "/api/v1/me", null, "zh-CN"));
        assertThat(me.get("displayName").asText()).isEqualTo("林晓燕");
        assertThat(me.get("divisionName").asText()).isEqualTo("福建省泉州市南安市溪美街道");

        JsonNode claimable = body(call("reviewer", "GET", "/api/v1/tasks?scope=claimable&module=core", null, "zh-CN"));
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

    @Test
    void aClerkRegistersAndFindsResidentsMaskedAndFieldErrorsAreProblemsInTheirLanguage() throws Exception {
        String idNumber = idNumber(901);
        String form = "{\"idNumber\":\"%s\",\"name\":\"陈秀英\",\"phone\":\"13905950001\",\"divisionCode\":\"350583001001\"}";

        HttpResponse<String> registered = call("clerk", "POST", "/api/v1/residents", form.formatted(idNumber), "zh-CN");
        assertThat(registered.statusCode()).isEqualTo(201);
        long id = body(registered).get("id").asLong();
        assertThat(body(registered).get("name").asText()).isEqualTo("陈*英");

        JsonNode found = body(call("clerk", "GET", "/api/v1/residents?q=" + idNumber + "&size=5", null, "zh-CN"));
        assertThat(found.get("total").asInt()).isEqualTo(1);
        assertThat(found.get("items").get(0).get("idNumber").asText()).isEqualTo("350583********" + idNumber.substring(14));
        assertThat(found.get("items").get(0).get("phone").asText()).isEqualTo("139****0001");
        assertThat(found.toString()).doesNotContain("陈秀英").doesNotContain(idNumber);
        assertThat(body(call("clerk", "GET", "/api/v1/residents/" + id, null, "zh-CN")).get("name").asText()).isEqualTo("陈*英");
        assertThat(body(call("clerk", "GET", "/api/v1/residents/" + id + "?full=true&purpose=核对", null, "zh-CN"))
                .get("name").asText()).isEqualTo("陈秀英");
        assertThat(call("grid", "GET", "/api/v1/residents/" + id + "?full=true", null, "zh-CN").statusCode()).isEqualTo(403);
        assertThat(call("clerk2", "GET", "/api/v1/residents/" + id, null, "zh-CN").statusCode()).isEqualTo(404);

        HttpResponse<String> invalid = call("clerk", "POST", "/api/v1/residents", form.formatted(wrongCheckDigit(idNumber(902))), "zh-CN");
        assertThat(invalid.statusCode()).isEqualTo(400);
        assertThat(invalid.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).contains("application/problem+json"));
        assertThat(body(invalid).get("field").asText()).isEqualTo("idNumber");
        assertThat(body(invalid).get("detail").asText()).isEqualTo("身份证号码校验位不正确，请核对是否录入有误。");
        JsonNode english = body(call("clerk", "POST", "/api/v1/residents",
                "{\"idNumber\":\"" + idNumber(903) + "\",\"name\":\" \",\"divisionCode\":\"350583001001\"}", "en"));
        assertThat(english.get("field").asText()).isEqualTo("name");
        assertThat(english.get("detail").asText()).isEqualTo("Please enter the name.");
    }

    @Test
    void residentsAreImportedFromCsvAndXlsxWithTheErrorsOfEachRow() throws Exception {
        String csv = "\uFEFF身份证号,姓名,所属区划代码,是否流动人口\r\n"
                + idNumber(911) + ",黄美玲,350583001001,否\r\n"
                + idNumber(912) + ",,350583001001,否\r\n";
        HttpResponse<String> csvImport = upload("clerk", "居民.csv", csv.getBytes(StandardCharsets.UTF_8), "zh-CN");
        assertThat(csvImport.statusCode()).isEqualTo(200);
        JsonNode result = body(csvImport);
        assertThat(result.get("rows").asInt()).isEqualTo(2);
        assertThat(result.get("imported").asInt()).isEqualTo(1);
        assertThat(result.get("failed").asInt()).isEqualTo(1);
        JsonNode error = result.get("errors").get(0);
        assertThat(error.get("row").asInt()).isEqualTo(3);
        assertThat(error.get("column").asText()).isEqualTo("姓名");
        assertThat(error.get("message").asText()).isEqualTo("请填写姓名。");

        byte[] xlsx;
        try (var workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook(); var out = new java.io.ByteArrayOutputStream()) {
            var sheet = workbook.createSheet();
            String[][] rows = {{"ID number", "Name", "Division code"}, {idNumber(913), "Lin Yi", "350583001001"},
                    {idNumber(911), "黄美玲", "350583001001"}};
            for (int r = 0; r < rows.length; r++) {
                var row = sheet.createRow(r);
                for (int c = 0; c < rows[r].length; c++) {
                    row.createCell(c).setCellValue(rows[r][c]);
                }
            }
            workbook.write(out);
            xlsx = out.toByteArray();
        }
        JsonNode english = body(upload("clerk", "residents.xlsx", xlsx, "en"));
        assertThat(english.get("imported").asInt()).isEqualTo(1);
        assertThat(english.get("errors").get(0).get("code").asText()).isEqualTo("resident.duplicate");
        assertThat(english.get("errors").get(0).get("column").asText()).isEqualTo("ID number");
        assertThat(english.get("errors").get(0).get("message").asText()).startsWith("This ID number is already registered");

        HttpResponse<String> refused = upload("clerk", "residents.xlsx", csv.getBytes(StandardCharsets.UTF_8), "zh-CN");
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(body(refused).get("code").asText()).isEqualTo("resident.import.content-mismatch");

        HttpResponse<byte[]> template = http.send(HttpRequest.newBuilder(
                        URI.create("http://localhost:" + port + "/api/v1/residents/import/template"))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString("clerk:Demo@2026".getBytes(StandardCharsets.UTF_8)))
                .build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(template.statusCode()).isEqualTo(200);
        assertThat(template.headers().firstValue("Content-Type")).hasValue(
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        assertThat(new String(template.body(), 0, 2, StandardCharsets.US_ASCII)).isEqualTo("PK");
    }

    @Test
    void aClerkOpensACaseWithItsDataAndWithdrawsIt() throws Exception {
        JsonNode resident = body(call("clerk", "POST", "/api/v1/residents",
                "{\"idNumber\":\"" + idNumber(921) + "\",\"name\":\"郑志强\",\"phone\":\"13905950002\",\"divisionCode\":\"350583001001\"}",
                "zh-CN"));
        String request = "{\"module\":\"core\",\"caseType\":\"resident-correction\",\"residentId\":" + resident.get("id")
                + ",\"data\":{\"field\":\"%s\",\"newValue\":\"13905959999\",\"reason\":\"号码已变更\"}}";

        HttpResponse<String> badField = call("clerk", "POST", "/api/v1/cases", request.formatted("BLOOD_TYPE"), "en");
        assertThat(badField.statusCode()).isEqualTo(400);
        assertThat(body(badField).get("field").asText()).isEqualTo("data.field");
        assertThat(body(badField).get("detail").asText()).startsWith("\"BLOOD_TYPE\" cannot be corrected");

        HttpResponse<String> opened = call("clerk", "POST", "/api/v1/cases", request.formatted("PHONE"), "zh-CN");
        assertThat(opened.statusCode()).isEqualTo(201);
        JsonNode created = body(opened);
        assertThat(created.get("caseNo").asText()).startsWith("RC-");
        assertThat(created.get("status").asText()).isEqualTo("IN_REVIEW");
        assertThat(created.get("processInstanceId").asText()).isNotBlank();
        long caseId = created.get("id").asLong();

        HttpResponse<String> noReason = call("clerk", "POST", "/api/v1/cases/" + caseId + "/withdraw", "{}", "zh-CN");
        assertThat(noReason.statusCode()).isEqualTo(400);
        assertThat(body(noReason).get("field").asText()).isEqualTo("reason");
        assertThat(body(noReason).get("detail").asText()).isEqualTo("请填写撤回原因。");

        HttpResponse<String> withdrawn = call("clerk", "POST", "/api/v1/cases/" + caseId + "/withdraw",
                "{\"reason\":\"居民已到窗口办理\"}", "zh-CN");
        assertThat(withdrawn.statusCode()).isEqualTo(200);
        assertThat(body(withdrawn).get("status").asText()).isEqualTo("WITHDRAWN");
        JsonNode detail = body(call("clerk", "GET", "/api/v1/cases/" + caseId, null, "zh-CN"));
        assertThat(detail.get("openTasks")).isEmpty();
        JsonNode last = detail.get("opinions").get(detail.get("opinions").size() - 1);
        assertThat(last.get("decision").asText()).isEqualTo("WITHDRAW");
        assertThat(last.get("opinion").asText()).isEqualTo("居民已到窗口办理");

        HttpResponse<String> again = call("clerk", "POST", "/api/v1/cases/" + caseId + "/withdraw",
                "{\"reason\":\"再次撤回\"}", "en");
        assertThat(again.statusCode()).isEqualTo(409);
        assertThat(body(again).get("code").asText()).isEqualTo("case.withdraw.final");
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
