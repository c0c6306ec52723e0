package io.jiceng.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.jiceng.platform.casework.CaseRecord;
import io.jiceng.platform.casework.CaseService;
import io.jiceng.platform.casework.CaseStart;
import io.jiceng.platform.resident.IdNumber;
import io.jiceng.platform.resident.Resident;
import io.jiceng.platform.resident.ResidentForm;
import io.jiceng.platform.resident.ResidentService;
import io.jiceng.platform.staff.CurrentStaff;
import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Public notices driven over plain HTTP: approve, publish, object, read, export — and what another street gets. */
@ApiTest
class NoticeApiTest {

    @LocalServerPort int port;
    @Autowired CurrentStaff currentStaff;
    @Autowired ResidentService residents;
    @Autowired CaseService cases;

    private ApiClient api;

    @BeforeEach
    void client() {
        api = ApiClient.onPort(port);
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

    private void approve(CaseRecord record) {
        JsonNode tasks = api.get("reviewer", "/api/v1/tasks?scope=claimable&size=100").get("items");
        for (JsonNode task : tasks) {
            if (task.get("caseRecord").get("id").asLong() == record.id()) {
                api.call("reviewer", "POST", "/api/v1/tasks/" + task.get("taskId").asText() + "/complete",
                        Map.of("decision", "APPROVE", "opinion", "同意"), 200);
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

        JsonNode awaiting = api.get("clerk", "/api/v1/notices/awaiting");
        assertThat(awaiting.toString()).contains("sample/noticed");
        JsonNode published = api.call("clerk", "POST", "/api/v1/notices",
                Map.of("procedure", "sample/noticed", "divisionCode", "350583001"), 201);
        long noticeId = published.get("id").asLong();
        assertThat(published.get("entryCount").asInt()).isGreaterThanOrEqualTo(2);

        ApiClient.Answer missingReason = api.send("clerk", "POST", "/api/v1/notices/" + noticeId + "/objections",
                Map.of("caseId", first.id(), "objectorName", "群众甲"));
        assertThat(missingReason.status()).isEqualTo(400);
        assertThat(missingReason.body().get("field").asText()).isEqualTo("reason");
        api.call("clerk", "POST", "/api/v1/notices/" + noticeId + "/objections",
                Map.of("caseId", first.id(), "objectorName", "群众甲", "reason", "户籍不在本村"), 201);

        JsonNode detail = api.get("reviewer", "/api/v1/notices/" + noticeId);
        assertThat(detail.get("entries").toString()).contains("傅*珠").doesNotContain("傅丽珠").doesNotContain("19490902");
        assertThat(detail.get("objections").get(0).get("status").asText()).isEqualTo("PENDING");
        assertThat(api.get("reviewer", "/api/v1/tasks?scope=claimable&size=100").toString())
                .contains("异议调查核实");

        HttpResponse<byte[]> xlsx = api.exchange("clerk", "/api/v1/notices/" + noticeId + "/export?format=xlsx", request -> { });
        assertThat(xlsx.statusCode()).isEqualTo(200);
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
            StringBuilder cells = new StringBuilder();
            workbook.getSheetAt(0).forEach(row -> row.forEach(cell -> cells.append(cell.toString()).append('|')));
            assertThat(cells).contains("龚*南").doesNotContain("龚振南");
        }
        HttpResponse<byte[]> pdf = api.exchange("clerk", "/api/v1/notices/" + noticeId + "/export?format=pdf", request -> { });
        assertThat(pdf.headers().firstValue("Content-Type")).hasValue("application/pdf");
        try (var document = Loader.loadPDF(pdf.body())) {
            assertThat(new PDFTextStripper().getText(document)).contains("傅*珠").contains("公示");
        }
        assertThat(api.exchange("clerk", "/api/v1/notices/" + noticeId + "/export?format=doc", request -> { }).statusCode())
                .isEqualTo(400);

        assertThat(api.send("clerk2", "GET", "/api/v1/notices/" + noticeId, null).status()).isEqualTo(404);
        assertThat(api.exchange("clerk2", "/api/v1/notices/" + noticeId + "/export?format=pdf", request -> { }).statusCode())
                .isEqualTo(404);
        assertThat(api.send("clerk2", "POST", "/api/v1/notices/" + noticeId + "/objections",
                Map.of("caseId", second.id(), "objectorName", "某人", "reason", "不符")).status()).isEqualTo(404);
        assertThat(api.get("clerk2", "/api/v1/notices").get("total").asInt()).isZero();
    }

    /** The text of an export, a PDF's or a workbook's cells, sent without Accept-Language or in the given one. */
    private String exported(ApiClient client, long noticeId, String format) throws Exception {
        HttpResponse<byte[]> export = client.exchange("clerk", "/api/v1/notices/" + noticeId + "/export?format=" + format,
                request -> { });
        assertThat(export.statusCode()).isEqualTo(200);
        if (format.equals("pdf")) {
            try (var document = Loader.loadPDF(export.body())) {
                return new PDFTextStripper().getText(document);
            }
        }
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(export.body()))) {
            StringBuilder cells = new StringBuilder();
            workbook.getSheetAt(0).forEach(row -> row.forEach(cell -> cells.append(cell.toString()).append('\n')));
            return cells.toString();
        }
    }

    // Surefire runs the tests with an English JVM locale (the parent pom), as LANG=C.UTF-8 gives a server.
    @Test
    void aNoticeExportedWithoutLanguageIsChineseWithItsYearAndBatchAndSaysWhereToObject() throws Exception {
        approve(applied("35058319470315661", "詹秀琴"));
        JsonNode published = api.call("clerk", "POST", "/api/v1/notices",
                Map.of("procedure", "sample/noticed", "divisionCode", "350583001"), 201);
        long noticeId = published.get("id").asLong();
        String yearAndBatch = "（" + published.get("yearNo").asInt() + "年第" + published.get("batchNo").asInt() + "批）";

        ApiClient plain = api.withoutLanguage();
        for (String format : java.util.List.of("pdf", "xlsx")) {
            String text = exported(plain, noticeId, format);
            assertThat(text).as(format).contains(yearAndBatch).contains("公示期").contains("序号")
                    .contains("异议受理地址：溪美街道社会事务办公室（南安市溪美街道中山街 2 号）").contains("监督电话：0595-86395210")
                    .doesNotContain("Notice period").doesNotContain("batch");
        }
        HttpResponse<byte[]> pdf = api.exchange("clerk", "/api/v1/notices/" + noticeId + "/export?format=pdf",
                request -> request.setHeader("Accept-Language", "en"));
        try (var document = Loader.loadPDF(pdf.body())) {
            assertThat(new PDFTextStripper().getText(document).replaceAll("\\s+", " "))
                    .contains("Supervision phone: 0595-86395210").contains("it will be investigated");
        }
    }
}
