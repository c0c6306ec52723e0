package io.jiceng.ui.scope;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.jiceng.ui.ApiClient;
import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import io.jiceng.ui.ApiTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** {@code /api/v1/audit-events}: the administrator reads and exports the trail (and the export is recorded); nobody else. */
@ApiTest
class AuditApiTest {

    @LocalServerPort int port;
    private ApiClient api;

    @BeforeEach
    void client() {
        api = ApiClient.onPort(port);
    }

    @Test
    void aFullViewOverTheApiNeedsAPurposeAndIsFoundInTheTrailWithIt() throws Exception {
        JsonNode someone = api.get("reviewer", "/api/v1/residents?size=1").get("items").get(0);
        assertThat(api.send("reviewer", "GET", "/api/v1/residents/" + someone.get("id").asLong() + "?full=true", null).status())
                .isEqualTo(400);
        assertThat(api.send("reviewer", "GET", "/api/v1/residents/" + someone.get("id").asLong()
                + "?full=true&purpose=%E6%A0%B8%E5%AF%B9", null).status()).isEqualTo(200);

        JsonNode found = api.get("admin", "/api/v1/audit-events?user=reviewer&action=IDENTITY_FULL_VIEW&size=5");
        assertThat(found.get("total").asLong()).isPositive();
        JsonNode newest = found.get("events").get(0);
        assertThat(newest.get("detail").asText()).isEqualTo("核对");
        assertThat(newest.get("targetId").asText()).isEqualTo(someone.get("id").asText());
        assertThat(newest.get("occurredAt").isNull()).isFalse();
    }

    @Test
    void theExportIsAnExcelFileAndIsItselfAudited() throws Exception {
        HttpResponse<byte[]> xlsx = api.exchange("admin", "/api/v1/audit-events/export?format=xlsx&action=LOGIN_FAILED",
                request -> { });
        assertThat(xlsx.statusCode()).isEqualTo(200);
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
            assertThat(workbook.getSheetAt(0).getRow(0).getCell(0).toString()).contains("审计日志");
        }
        HttpResponse<byte[]> csv = api.exchange("admin", "/api/v1/audit-events/export?format=csv", request -> { });
        assertThat(csv.headers().firstValue("Content-Type").orElse("")).startsWith("text/csv");
        assertThat(new String(csv.body(), StandardCharsets.UTF_8)).contains("\"时间\",\"用户\",\"操作\"");
        JsonNode exports = api.get("admin", "/api/v1/audit-events?action=AUDIT_EXPORT");
        assertThat(exports.get("total").asLong()).isGreaterThanOrEqualTo(2);
        assertThat(exports.get("events").get(0).get("username").asText()).isEqualTo("admin");
        assertThat(exports.get("events").get(0).get("detail").asText()).startsWith("csv: all;");
    }

    @Test
    void everybodyButTheAdministratorIsRefused() throws Exception {
        for (String user : new String[] {"clerk", "reviewer", "county", "modadmin"}) {
            assertThat(api.send(user, "GET", "/api/v1/audit-events", null).status()).as(user).isEqualTo(403);
            assertThat(api.exchange(user, "/api/v1/audit-events/export?format=xlsx", request -> { }).statusCode()).as(user)
                    .isEqualTo(403);
        }
    }
}
