package io.jiceng.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.jiceng.platform.casework.CaseRecord;
import io.jiceng.platform.correction.CorrectionService;
import io.jiceng.platform.resident.CorrectableField;
import io.jiceng.platform.resident.IdNumber;
import io.jiceng.platform.resident.ResidentQuery;
import io.jiceng.platform.resident.ResidentService;
import io.jiceng.platform.staff.CurrentStaff;
import java.io.ByteArrayOutputStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The REST API driven from outside with plain HTTP, as a township reviewer's own tool would use it. */
@ApiTest
class RestApiTest {

    @LocalServerPort int port;
    @Autowired CurrentStaff currentStaff;
    @Autowired ResidentService residents;
    @Autowired CorrectionService corrections;

    private final ObjectMapper json = new ObjectMapper();
    private ApiClient api;

    @BeforeEach
    void client() {
        api = ApiClient.onPort(port);
    }

    /** A JSON request in the given language, answered as it came (for the answer's headers and other languages). */
    private HttpResponse<byte[]> inLanguage(String language, String user, String method, String path, Object body)
            throws Exception {
        HttpRequest.BodyPublisher content = body == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(json.writeValueAsString(body));
        return api.exchange(user, path, request -> request.method(method, content)
                .header("Content-Type", "application/json").setHeader("Accept-Language", language));
    }

    private HttpResponse<byte[]> upload(String user, String fileName, byte[] content, String language) throws Exception {
        String boundary = "----jiceng" + System.nanoTime();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.write(content);
        body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return api.exchange(user, "/api/v1/residents/import", request -> request
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .setHeader("Accept-Language", language));
    }

    private static String idNumber(int sequence) {
        return IdNumber.withCheckChar("350583" + "19880808" + sequence);
    }

    private static String wrongCheckDigit(String idNumber) {
        return idNumber.substring(0, 17) + (idNumber.charAt(17) == '1' ? '2' : '1');
    }

    private JsonNode body(HttpResponse<byte[]> response) throws Exception {
        return json.readTree(response.body());
    }

    @Test
    void theApiIsDescribedByAnOpenApiDocument() throws Exception {
        HttpResponse<byte[]> document = api.exchange(null, "/v3/api-docs", request -> { });

        assertThat(document.statusCode()).isEqualTo(200);
        assertThat(body(document).get("paths").has("/api/v1/tasks/{id}/complete")).isTrue();
        assertThat(api.exchange(null, "/swagger-ui/index.html", request -> { }).statusCode()).isEqualTo(200);
    }

    @Test
    void aLoadBalancerSeesTheHealthWithoutDetailsAndStaffSeeTheDetails() throws Exception {
        HttpResponse<byte[]> open = api.exchange(null, "/actuator/health", request -> { });
        assertThat(open.statusCode()).isEqualTo(200);
        assertThat(body(open).get("status").asText()).isEqualTo("UP");
        assertThat(body(open).has("components")).as("no details without a login").isFalse();
        assertThat(api.exchange(null, "/actuator/health/readiness", request -> { }).statusCode()).isEqualTo(200);
        assertThat(api.exchange(null, "/actuator/info", request -> { }).statusCode()).isEqualTo(200);

        JsonNode details = api.send("admin", "GET", "/actuator/health", null).body();
        assertThat(details.get("components").get("db").get("status").asText()).isEqualTo("UP");

        assertThat(api.exchange("admin", "/actuator/env", request -> { }).statusCode()).as("not exposed").isIn(401, 403, 404);
        assertThat(api.exchange(null, "/actuator/beans", request -> { }).statusCode()).isIn(401, 403, 404);
    }

    @Test
    void aReviewerWorksATaskOverHttpAndErrorsComeAsProblemsInTheirLanguage() throws Exception {
        assertThat(api.exchange(null, "/api/v1/me", request -> { }).statusCode()).isEqualTo(401);
        JsonNode me = api.get("reviewer", "/api/v1/me");
        assertThat(me.get("displayName").asText()).isEqualTo("林晓燕");
        assertThat(me.get("divisionName").asText()).isEqualTo("福建省泉州市南安市溪美街道");

        JsonNode claimable = api.get("reviewer", "/api/v1/tasks?scope=claimable&module=core");
        assertThat(claimable.get("total").asInt()).isPositive();
        JsonNode task = claimable.get("items").get(0);
        String taskId = task.get("taskId").asText();
        long caseId = task.get("caseRecord").get("id").asLong();

        HttpResponse<byte[]> noOpinion = inLanguage("zh-CN", "reviewer", "POST", "/api/v1/tasks/" + taskId + "/complete",
                Map.of("decision", "RETURN"));
        assertThat(noOpinion.statusCode()).isEqualTo(400);
        assertThat(noOpinion.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).contains("application/problem+json"));
        assertThat(body(noOpinion).get("detail").asText()).isEqualTo("退回、不予通过或作出异议核实结论时必须填写意见。");
        assertThat(body(inLanguage("en", "reviewer", "POST", "/api/v1/tasks/" + taskId + "/complete", Map.of("decision", "RETURN")))
                .get("detail").asText()).isEqualTo("An opinion is required when you return, reject or give the finding on an objection.");

        api.call("reviewer", "POST", "/api/v1/tasks/" + taskId + "/complete", Map.of("decision", "APPROVE", "opinion", "同意"), 200);
        ApiClient.Answer again = api.send("reviewer", "POST", "/api/v1/tasks/" + taskId + "/complete",
                Map.of("decision", "APPROVE", "opinion", "同意"));
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.body().get("code").asText()).isEqualTo("task.done-by-other");

        JsonNode approved = api.get("reviewer", "/api/v1/cases/" + caseId);
        assertThat(approved.get("caseRecord").get("status").asText()).isEqualTo("APPROVED");
        assertThat(approved.get("opinions").get(1).get("opinion").asText()).isEqualTo("同意");
        ApiClient.Answer foreign = api.send("clerk2", "GET", "/api/v1/cases/" + caseId, null);
        assertThat(foreign.status()).isEqualTo(404);
        assertThat(foreign.body().get("detail").asText()).contains("业务件");
    }

    @Test
    void aClerkRegistersAndFindsResidentsMaskedAndFieldErrorsAreProblemsInTheirLanguage() throws Exception {
        String idNumber = idNumber(901);
        Function<String, Map<String, Object>> form = number -> Map.of("idNumber", number, "name", "陈秀英", "phone", "13905950001",
                "divisionCode", "350583001001");

        JsonNode registered = api.call("clerk", "POST", "/api/v1/residents", form.apply(idNumber), 201);
        long id = registered.get("id").asLong();
        assertThat(registered.get("name").asText()).isEqualTo("陈*英");

        JsonNode found = api.get("clerk", "/api/v1/residents?q=" + idNumber + "&size=5");
        assertThat(found.get("total").asInt()).isEqualTo(1);
        assertThat(found.get("items").get(0).get("idNumber").asText()).isEqualTo("350583********" + idNumber.substring(14));
        assertThat(found.get("items").get(0).get("phone").asText()).isEqualTo("139****0001");
        assertThat(found.toString()).doesNotContain("陈秀英").doesNotContain(idNumber);
        assertThat(api.get("clerk", "/api/v1/residents/" + id).get("name").asText()).isEqualTo("陈*英");
        assertThat(api.get("clerk", "/api/v1/residents/" + id + "?full=true&purpose=核对").get("name").asText()).isEqualTo("陈秀英");
        assertThat(api.send("grid", "GET", "/api/v1/residents/" + id + "?full=true", null).status()).isEqualTo(403);
        assertThat(api.send("clerk2", "GET", "/api/v1/residents/" + id, null).status()).isEqualTo(404);

        HttpResponse<byte[]> invalid = inLanguage("zh-CN", "clerk", "POST", "/api/v1/residents",
                form.apply(wrongCheckDigit(idNumber(902))));
        assertThat(invalid.statusCode()).isEqualTo(400);
        assertThat(invalid.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).contains("application/problem+json"));
        assertThat(body(invalid).get("field").asText()).isEqualTo("idNumber");
        assertThat(body(invalid).get("detail").asText()).isEqualTo("身份证号码校验位不正确，请核对是否录入有误。");
        JsonNode english = body(inLanguage("en", "clerk", "POST", "/api/v1/residents",
                Map.of("idNumber", idNumber(903), "name", " ", "divisionCode", "350583001001")));
        assertThat(english.get("field").asText()).isEqualTo("name");
        assertThat(english.get("detail").asText()).isEqualTo("Please enter the name.");
    }

    @Test
    void residentsAreImportedFromCsvAndXlsxWithTheErrorsOfEachRow() throws Exception {
        String csv = "\uFEFF身份证号,姓名,所属区划代码,是否流动人口\r\n"
                + idNumber(911) + ",黄美玲,350583001001,否\r\n"
                + idNumber(912) + ",,350583001001,否\r\n";
        HttpResponse<byte[]> csvImport = upload("clerk", "居民.csv", csv.getBytes(StandardCharsets.UTF_8), "zh-CN");
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
        try (var workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook(); var out = new ByteArrayOutputStream()) {
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

        HttpResponse<byte[]> refused = upload("clerk", "residents.xlsx", csv.getBytes(StandardCharsets.UTF_8), "zh-CN");
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(body(refused).get("code").asText()).isEqualTo("resident.import.content-mismatch");

        HttpResponse<byte[]> template = api.exchange("clerk", "/api/v1/residents/import/template", request -> { });
        assertThat(template.statusCode()).isEqualTo(200);
        assertThat(template.headers().firstValue("Content-Type")).hasValue(
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        assertThat(new String(template.body(), 0, 2, StandardCharsets.US_ASCII)).isEqualTo("PK");
    }

    @Test
    void aClerkOpensACaseWithItsDataAndWithdrawsIt() throws Exception {
        JsonNode resident = api.call("clerk", "POST", "/api/v1/residents", Map.of("idNumber", idNumber(921), "name", "郑志强",
                "phone", "13905950002", "divisionCode", "350583001001"), 201);
        Function<String, Map<String, Object>> request = field -> Map.of("module", "core", "caseType", "resident-correction",
                "residentId", resident.get("id").asLong(),
                "data", Map.of("field", field, "newValue", "13905959999", "reason", "号码已变更"));

        HttpResponse<byte[]> badField = inLanguage("en", "clerk", "POST", "/api/v1/cases", request.apply("BLOOD_TYPE"));
        assertThat(badField.statusCode()).isEqualTo(400);
        assertThat(body(badField).get("field").asText()).isEqualTo("data.field");
        assertThat(body(badField).get("detail").asText()).startsWith("\"BLOOD_TYPE\" cannot be corrected");

        JsonNode created = api.call("clerk", "POST", "/api/v1/cases", request.apply("PHONE"), 201);
        assertThat(created.get("caseNo").asText()).startsWith("RC-");
        assertThat(created.get("status").asText()).isEqualTo("IN_REVIEW");
        assertThat(created.get("processInstanceId").asText()).isNotBlank();
        long caseId = created.get("id").asLong();

        ApiClient.Answer noReason = api.send("clerk", "POST", "/api/v1/cases/" + caseId + "/withdraw", Map.of());
        assertThat(noReason.status()).isEqualTo(400);
        assertThat(noReason.body().get("field").asText()).isEqualTo("reason");
        assertThat(noReason.body().get("detail").asText()).isEqualTo("请填写撤回原因。");

        JsonNode withdrawn = api.call("clerk", "POST", "/api/v1/cases/" + caseId + "/withdraw", Map.of("reason", "居民已到窗口办理"), 200);
        assertThat(withdrawn.get("status").asText()).isEqualTo("WITHDRAWN");
        JsonNode detail = api.get("clerk", "/api/v1/cases/" + caseId);
        assertThat(detail.get("openTasks")).isEmpty();
        JsonNode last = detail.get("opinions").get(detail.get("opinions").size() - 1);
        assertThat(last.get("decision").asText()).isEqualTo("WITHDRAW");
        assertThat(last.get("opinion").asText()).isEqualTo("居民已到窗口办理");

        HttpResponse<byte[]> again = inLanguage("en", "clerk", "POST", "/api/v1/cases/" + caseId + "/withdraw",
                Map.of("reason", "再次撤回"));
        assertThat(again.statusCode()).isEqualTo(409);
        assertThat(body(again).get("code").asText()).isEqualTo("case.withdraw.final");
    }

    private String claimableTaskOf(long caseId) {
        for (JsonNode item : api.get("reviewer", "/api/v1/tasks?scope=claimable&size=100").get("items")) {
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

        api.call("clerk", "POST", tasks + "/urge", Map.of("message", "请尽快审核"), 200);
        ApiClient.Answer again = api.send("clerk", "POST", tasks + "/urge", Map.of());
        assertThat(again.status()).isEqualTo(429);
        assertThat(again.body().get("code").asText()).isEqualTo("task.urge.too-soon");

        api.call("reviewer", "POST", tasks + "/claim", null, 200);
        api.call("reviewer", "POST", tasks + "/add-signer", Map.of("to", "county", "opinion", "请把关"), 200);
        ApiClient.Answer tooEarly = api.send("reviewer", "POST", tasks + "/complete", Map.of("decision", "APPROVE"));
        assertThat(tooEarly.status()).isEqualTo(400);
        assertThat(tooEarly.body().get("code").asText()).isEqualTo("task.cosign.pending");
        assertThat(tooEarly.body().get("detail").asText()).contains("陈建国");
        JsonNode countyInbox = api.get("county", "/api/v1/tasks?scope=mine");
        assertThat(countyInbox.get("items").findValuesAsText("taskId")).contains(taskId);
        api.call("county", "POST", tasks + "/complete", Map.of("decision", "COSIGN", "opinion", "同意更正"), 200);

        api.call("reviewer", "POST", tasks + "/cc", Map.of("to", List.of("clerk"), "opinion", "请知悉"), 200);
        JsonNode copied = api.get("clerk", "/api/v1/tasks?scope=copied");
        assertThat(copied.get("items").get(0).get("caseRecord").get("id").asLong()).isEqualTo(request.id());

        api.call("reviewer", "POST", tasks + "/complete", Map.of("decision", "RETURN", "opinion", "请补充材料"), 200);
        JsonNode done = api.get("reviewer", "/api/v1/tasks?scope=done").get("items").get(0);
        assertThat(done.get("taskId").asText()).isEqualTo(taskId);
        assertThat(done.get("withdrawable").asBoolean()).isTrue();
        api.call("reviewer", "POST", tasks + "/withdraw", null, 200);
        HttpResponse<byte[]> twice = inLanguage("en", "reviewer", "POST", tasks + "/withdraw", null);
        assertThat(twice.statusCode()).isEqualTo(409);
        assertThat(body(twice).get("detail").asText()).contains("can no longer be withdrawn");
        JsonNode afterwards = api.get("reviewer", "/api/v1/cases/" + request.id());
        assertThat(afterwards.get("caseRecord").get("status").asText()).isEqualTo("IN_REVIEW");
        assertThat(afterwards.get("opinions").findValuesAsText("decision"))
                .containsExactly("SUBMIT", "URGE", "ADD_SIGNER", "COSIGN", "COPY", "RETURN", "WITHDRAW_STEP");
    }

    /** A request sent as it is, without Accept-Language; the answer's problem (status, code and detail). */
    private JsonNode refused(String user, String method, String path, String contentType, byte[] content,
            int expectedStatus) throws Exception {
        HttpResponse<byte[]> answer = api.withoutLanguage().exchange(user, path, request -> {
            request.method(method, HttpRequest.BodyPublishers.ofByteArray(content));
            if (contentType != null) {
                request.header("Content-Type", contentType);
            }
        });
        assertThat(answer.statusCode()).as("%s %s: %s", method, path, new String(answer.body(), StandardCharsets.UTF_8))
                .isEqualTo(expectedStatus);
        assertThat(answer.headers().firstValue("Content-Type")).as("%s %s", method, path)
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        return body(answer);
    }

    // Surefire runs the tests with an English JVM locale (the parent pom), as LANG=C.UTF-8 gives a server.
    @Test
    void withoutAcceptLanguageTheApiAnswersInChineseWhateverTheServersLocale() throws Exception {
        assertThat(java.util.Locale.getDefault().getLanguage()).as("the JVM's own locale").isNotEqualTo("zh");
        ApiClient plain = api.withoutLanguage();
        ApiClient.Answer foreign = plain.send("clerk2", "GET", "/api/v1/residents/1", null);
        assertThat(foreign.status()).isEqualTo(404);
        assertThat(foreign.body().get("detail").asText()).startsWith("未找到居民档案");
        HttpResponse<byte[]> template = plain.exchange("clerk", "/api/v1/residents/import/template", request -> { });
        try (var workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(template.body()))) {
            assertThat(workbook.getSheetAt(0).getRow(0).getCell(0).getStringCellValue()).startsWith("身份证号");
        }
    }

    @Test
    void requestsTheApiCannotTakeAtAllAreProblemsWithACodeInTheUsersLanguage() throws Exception {
        byte[] none = new byte[0];
        byte[] resident = json.writeValueAsBytes(Map.of("idNumber", idNumber(921), "name", "郑美华", "divisionCode", "350583001001"));

        JsonNode broken = refused("clerk", "POST", "/api/v1/residents", "application/json",
                "{\"idNumber\": ".getBytes(StandardCharsets.UTF_8), 400);
        assertThat(broken.get("code").asText()).isEqualTo("request.body.unreadable");
        assertThat(broken.get("detail").asText()).contains("JSON");
        JsonNode anonymous = refused(null, "GET", "/api/v1/me", null, none, 401);
        assertThat(anonymous.get("code").asText()).isEqualTo("request.unauthenticated");
        assertThat(anonymous.get("detail").asText()).startsWith("需要登录");
        JsonNode mistyped = refused("clerk", "POST", "/api/v1/residents", "application/json",
                "{\"idNumber\": [1, 2]}".getBytes(StandardCharsets.UTF_8), 400);
        assertThat(mistyped.get("code").asText()).isEqualTo("request.body.field-invalid");
        assertThat(mistyped.get("field").asText()).isEqualTo("idNumber");

        JsonNode page = refused("clerk", "GET", "/api/v1/residents?page=abc", null, none, 400);
        assertThat(page.get("code").asText()).isEqualTo("request.parameter.invalid");
        assertThat(page.get("field").asText()).isEqualTo("page");
        assertThat(page.get("detail").asText()).isEqualTo("参数“page”的值“abc”格式不正确。");
        JsonNode missing = refused("clerk", "GET", "/api/v1/statistics?from=2026-01-01", null, none, 400);
        assertThat(missing.get("code").asText()).isEqualTo("request.parameter.missing");
        assertThat(missing.get("field").asText()).isEqualTo("to");

        JsonNode text = refused("clerk", "POST", "/api/v1/residents", "text/plain", resident, 415);
        assertThat(text.get("code").asText()).isEqualTo("request.media-type.unsupported");
        JsonNode method = refused("clerk", "DELETE", "/api/v1/residents", null, none, 405);
        assertThat(method.get("code").asText()).isEqualTo("request.method.not-allowed");
        assertThat(method.get("detail").asText()).contains("DELETE").contains("GET").contains("POST");
        JsonNode unknown = refused("clerk", "GET", "/api/v1/no-such-operation", null, none, 404);
        assertThat(unknown.get("code").asText()).isEqualTo("request.path.unknown");
        assertThat(unknown.get("detail").asText()).isEqualTo("没有这个接口：/api/v1/no-such-operation。");
        assertThat(refused("clerk", "POST", "/api/v1/no-such-operation", "application/json", resident, 404)
                .get("code").asText()).isEqualTo("request.path.unknown");

        HttpResponse<byte[]> english = inLanguage("en", "clerk", "GET", "/api/v1/residents?page=abc", null);
        assertThat(body(english).get("detail").asText()).isEqualTo("The value \"abc\" of the parameter \"page\" is not in the right format.");
    }
}
