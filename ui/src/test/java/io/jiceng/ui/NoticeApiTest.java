package io.jiceng.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.jiceng.platform.casework.CaseRecord;
import io.jiceng.platform.casework.CaseService;
import io.jiceng.platform.casework.CaseStart;
import io.jiceng.platform.resident.IdNumber;
import io.jiceng.platform.resident.Resident;
import io.jiceng.platform.resident.ResidentForm;
import io.jiceng.platform.resident.ResidentService;
import io.jiceng.platform.staff.CurrentStaff;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Public notices driven over plain HTTP: approve, publish, object, read, export — and what another street gets. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"spring.datasource.url=jdbc:h2:mem:notice-api;DB_CLOSE_DELAY=-1", "camunda.bpm.job-execution.enabled=false"})
class NoticeApiTest {

    @LocalServerPort int port;
    @Autowired CurrentStaff currentStaff;
    @Autowired ResidentService residents;
    @Autowired CaseService cases;

    private final HttpClient http = HttpClient.newHttpClient();
    private final ObjectMapper json = new ObjectMapper();

    private HttpResponse<byte[]> call(String user, String method, String path, String body) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body))
                .header("Content-Type", "application/json").header("Accept-Language", "zh-CN")
                .header("Authorization", "Basic " + Base64.getEncoder()
                        .encodeToString((user + ":Demo@2026").getBytes(StandardCharsets.UTF_8))).build();
        return http.send(request, HttpResponse.BodyHandlers.ofByteArray());
    }

    private JsonNode body(HttpResponse<byte[]> response) throws Exception {
        return json.readTree(response.body());
    }

    private CaseRecord applied(String idFirst17, String name) {
        ResidentForm form = new ResidentForm();
        form.setIdNumber(IdNumber.withCheckChar(idFirst17));
        form.setName(name);
        form.setDivisionCode("350583001001");
        Resident resident = currentStaff.runAs("clerk", () -> residents.register(form));
        return currentStaff.runAs("clerk", () -> cases.start(new CaseStart("sample", "noticed", resident.id(),
                resident.divisionCode(), resident.maskedName(), Map.of()), "申请"));
    }

    private void approve(CaseRecord record) throws Exception {
        JsonNode tasks = body(call("reviewer", "GET", "/api/v1/tasks?scope=claimable&size=100", null)).get("items");
        for (JsonNode task : tasks) {
            if (task.get("caseRecord").get("id").asLong() == record.id()) {
                assertThat(call("reviewer", "POST", "/api/v1/tasks/" + task.get("taskId").asText() + "/complete",
                        "{\"decision\":\"APPROVE\",\"opinion\":\"同意\"}").statusCode()).isEqualTo(200);
                return;
            }
        }
        throw new AssertionError("no task for " + record.caseNo());
    }

    @Test
    void theStreetPublishesANoticeTheCounterObjectsAndTheNoticeIsExportedMasked() throws Exception {
        CaseRecord first = applied("35058319490902441", "傅丽珠");
        CaseRecord second = applied("35058319510311552", "龚振南");
        approve(first);
        approve(second);

        JsonNode awaiting = body(call("clerk", "GET", "/api/v1/notices/awaiting", null));
        assertThat(awaiting.toString()).contains("sample/noticed");
        HttpResponse<byte[]> published = call("clerk", "POST", "/api/v1/notices",
                "{\"procedure\":\"sample/noticed\",\"divisionCode\":\"350583001\"}");
        assertThat(published.statusCode()).isEqualTo(201);
        long noticeId = body(published).get("id").asLong();
        assertThat(body(published).get("entryCount").asInt()).isGreaterThanOrEqualTo(2);

        HttpResponse<byte[]> missingReason = call("clerk", "POST", "/api/v1/notices/" + noticeId + "/objections",
                "{\"caseId\":" + first.id() + ",\"objectorName\":\"群众甲\"}");
        assertThat(missingReason.statusCode()).isEqualTo(400);
        assertThat(body(missingReason).get("field").asText()).isEqualTo("reason");
        assertThat(call("clerk", "POST", "/api/v1/notices/" + noticeId + "/objections",
                "{\"caseId\":" + first.id() + ",\"objectorName\":\"群众甲\",\"reason\":\"户籍不在本村\"}").statusCode())
                .isEqualTo(201);

        JsonNode detail = body(call("reviewer", "GET", "/api/v1/notices/" + noticeId, null));
        assertThat(detail.get("entries").toString()).contains("傅*珠").doesNotContain("傅丽珠").doesNotContain("19490902");
        assertThat(detail.get("objections").get(0).get("status").asText()).isEqualTo("PENDING");
        assertThat(body(call("reviewer", "GET", "/api/v1/tasks?scope=claimable&size=100", null)).toString())
                .contains("异议调查核实");

        HttpResponse<byte[]> xlsx = call("clerk", "GET", "/api/v1/notices/" + noticeId + "/export?format=xlsx", null);
        assertThat(xlsx.statusCode()).isEqualTo(200);
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
            StringBuilder cells = new StringBuilder();
            workbook.getSheetAt(0).forEach(row -> row.forEach(cell -> cells.append(cell.toString()).append('|')));
            assertThat(cells).contains("龚*南").doesNotContain("龚振南");
        }
        HttpResponse<byte[]> pdf = call("clerk", "GET", "/api/v1/notices/" + noticeId + "/export?format=pdf", null);
        assertThat(pdf.headers().firstValue("Content-Type")).hasValue("application/pdf");
        try (var document = Loader.loadPDF(pdf.body())) {
            assertThat(new PDFTextStripper().getText(document)).contains("傅*珠").contains("公示");
        }
        assertThat(call("clerk", "GET", "/api/v1/notices/" + noticeId + "/export?format=doc", null).statusCode()).isEqualTo(400);

        assertThat(call("clerk2", "GET", "/api/v1/notices/" + noticeId, null).statusCode()).isEqualTo(404);
        assertThat(call("clerk2", "GET", "/api/v1/notices/" + noticeId + "/export?format=pdf", null).statusCode()).isEqualTo(404);
        assertThat(call("clerk2", "POST", "/api/v1/notices/" + noticeId + "/objections",
                "{\"caseId\":" + second.id() + ",\"objectorName\":\"某人\",\"reason\":\"不符\"}").statusCode()).isEqualTo(404);
        assertThat(body(call("clerk2", "GET", "/api/v1/notices", null)).get("total").asInt()).isZero();
    }
}
