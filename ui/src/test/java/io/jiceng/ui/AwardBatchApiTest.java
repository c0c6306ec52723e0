package io.jiceng.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.jiceng.platform.resident.IdNumber;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Year;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Issue 5 driven from outside with a large batch, over plain HTTP as a county's own tool would: a few hundred
 * residents registered, as many award applications opened, batch-approved page by page at village, township and
 * county, noticed and confirmed; the payment list then has each of them once and nobody else, and the
 * reconciliation agrees. The size is {@code -Daward.batch.size=…} (default 300).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"spring.datasource.url=jdbc:h2:mem:award-batch-api;DB_CLOSE_DELAY=-1",
                "platform.notice.period.precise-assistance/award=PT5S"})
class AwardBatchApiTest {

    private static final int SIZE = Integer.getInteger("award.batch.size", 300);
    private static final int PAGE = 100;
    private static final String VILLAGE = "350583001001";
    private static final String TOWNSHIP = "350583001";
    private static final String PROCEDURE = "precise-assistance/award";
    private static final int YEAR = Year.now(ZoneId.of("Asia/Shanghai")).getValue();
    /** The demo standard of the national rural award for the current years (V2__award_schemes_and_rules.sql). */
    private static final BigDecimal RURAL_AWARD = new BigDecimal("1200.00");
    private static final String SURNAMES = "陈林黄张李王吴刘蔡杨";
    private static final String GIVEN = "秀美丽建国明华文志春";

    @LocalServerPort int port;

    private final HttpClient http = HttpClient.newHttpClient();
    private final ObjectMapper json = new ObjectMapper();

    private JsonNode call(String user, String method, String path, Object body, int expectedStatus) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(json.writeValueAsString(body)))
                .header("Content-Type", "application/json").header("Accept-Language", "zh-CN")
                .header("Authorization", "Basic " + Base64.getEncoder()
                        .encodeToString((user + ":Demo@2026").getBytes(StandardCharsets.UTF_8))).build();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertThat(response.statusCode()).as("%s %s as %s: %s", method, path, user, response.body()).isEqualTo(expectedStatus);
        return json.readTree(response.body());
    }

    @Test
    void aLargeBatchIsReviewedNoticedAndConfirmedAndThePaymentListHasEachApplicantExactlyOnce() throws Exception {
        Instant start = Instant.now();
        Map<Long, String> idNumbers = registerResidents();
        Map<Long, Long> caseOfResident = openApplications(idNumbers.keySet());
        Set<Long> batch = new HashSet<>(caseOfResident.values());
        phase("registered and applied", start);

        approveAtOneLevel("specialist", batch, List.of());
        String otherStreetsTask = body("reviewer2", "/api/v1/tasks?scope=claimable&size=1").get("items").get(0).get("taskId").asText();
        approveAtOneLevel("reviewer", batch, List.of(otherStreetsTask));
        assertThat(body("reviewer2", "/api/v1/tasks?scope=claimable&size=" + PAGE).findValuesAsText("taskId"))
                .as("the other street's task is left as it was").contains(otherStreetsTask);
        approveAtOneLevel("county", batch, List.of());
        phase("three levels", start);

        JsonNode awaiting = body("clerk", "/api/v1/notices/awaiting/cases?procedure=" + PROCEDURE + "&divisionCode=" + TOWNSHIP);
        assertThat(ids(awaiting)).containsAll(batch);
        JsonNode notice = call("clerk", "POST", "/api/v1/notices",
                Map.of("procedure", PROCEDURE, "divisionCode", TOWNSHIP, "caseIds", List.copyOf(batch)), 201);
        assertThat(notice.get("entryCount").asInt()).isEqualTo(SIZE);

        JsonNode reconciliation = awaitConfirmation(start);
        phase("noticed and confirmed", start);
        assertThat(reconciliation.get("confirmedCases").asInt()).isEqualTo(SIZE);
        assertThat(reconciliation.get("listed").asInt()).isEqualTo(SIZE);
        assertThat(reconciliation.get("missing")).isEmpty();
        assertThat(reconciliation.get("duplicates")).isEmpty();
        assertThat(reconciliation.get("unexplained")).isEmpty();

        JsonNode list = body("county", "/api/v1/precise-assistance/payment-lists?year=" + YEAR);
        assertThat(list.get("schemesWithoutStandard")).isEmpty();
        List<JsonNode> lines = new ArrayList<>();
        list.get("townships").forEach(township -> township.get("lines").forEach(lines::add));
        // one line per confirmed applicant, nobody twice, nobody else (the demo's own applications are not confirmed)
        assertThat(lines).extracting(line -> line.get("residentId").asLong()).containsExactlyInAnyOrderElementsOf(idNumbers.keySet());
        assertThat(lines).extracting(line -> line.get("caseId").asLong()).containsExactlyInAnyOrderElementsOf(batch);
        // the county may see people in full: the list names them by their real ID numbers
        assertThat(lines).extracting(line -> line.get("idNumber").asText()).containsExactlyInAnyOrderElementsOf(idNumbers.values());
        assertThat(lines).allSatisfy(line -> {
            assertThat(line.get("schemeCode").asText()).isEqualTo("rural-award");
            assertThat(line.get("amount").decimalValue()).isEqualByComparingTo(RURAL_AWARD);
            assertThat(line.get("caseId").asLong()).isEqualTo(caseOfResident.get(line.get("residentId").asLong()));
        });
        JsonNode township = list.get("townships").get(0);
        assertThat(list.get("townships")).hasSize(1);
        assertThat(township.get("code").asText()).isEqualTo(TOWNSHIP);
        assertThat(township.get("people").asInt()).isEqualTo(SIZE);
        assertThat(township.get("amount").decimalValue()).isEqualByComparingTo(RURAL_AWARD.multiply(BigDecimal.valueOf(SIZE)));
        assertThat(list.get("amount").decimalValue()).isEqualByComparingTo(RURAL_AWARD.multiply(BigDecimal.valueOf(SIZE)));
        phase("checked", start);
    }

    private static void phase(String what, Instant start) {
        System.out.printf("AwardBatchApiTest, %d applications: %s after %d s%n", SIZE, what,
                Duration.between(start, Instant.now()).toSeconds());
    }

    private JsonNode body(String user, String path) throws Exception {
        return call(user, "GET", path, null, 200);
    }

    private static Set<Long> ids(JsonNode cases) {
        Set<Long> ids = new HashSet<>();
        cases.forEach(record -> ids.add(record.get("id").asLong()));
        return ids;
    }

    /** The village's elderly, each with a distinct birth date (60 or older this year) and one daughter. */
    private Map<Long, String> registerResidents() throws Exception {
        LocalDate firstBirthday = LocalDate.of(1940, 1, 1);
        List<Callable<Map.Entry<Long, String>>> registrations = new ArrayList<>();
        for (int i = 0; i < SIZE; i++) {
            String idNumber = IdNumber.withCheckChar("350583" + firstBirthday.plusDays(i).format(DateTimeFormatter.BASIC_ISO_DATE)
                    + "44" + (i % 2 == 0 ? "2" : "1"));
            String name = "" + SURNAMES.charAt(i % 10) + GIVEN.charAt(i / 10 % 10) + GIVEN.charAt(i / 100 % 10);
            registrations.add(() -> Map.entry(call("clerk", "POST", "/api/v1/residents",
                    Map.of("idNumber", idNumber, "name", name, "divisionCode", VILLAGE), 201).get("id").asLong(), idNumber));
        }
        Map<Long, String> idNumbers = new LinkedHashMap<>();
        inParallel(registrations).forEach(entry -> idNumbers.put(entry.getKey(), entry.getValue()));
        return idNumbers;
    }

    /**
     * Several requests at a time, as several clerks' tools would send them: every request checks its HTTP Basic
     * password, which is what a one-by-one run spends most of its time on.
     */
    private <T> List<T> inParallel(List<Callable<T>> calls) throws Exception {
        ExecutorService clients = Executors.newFixedThreadPool(3);
        try {
            List<T> results = new ArrayList<>();
            for (Future<T> result : clients.invokeAll(calls)) {
                results.add(result.get());
            }
            return results;
        } finally {
            clients.shutdownNow();
        }
    }

    /** {@code POST /api/v1/cases} as the village specialist, one application per resident. */
    private Map<Long, Long> openApplications(Set<Long> residentIds) throws Exception {
        List<Callable<Map.Entry<Long, Long>>> applications = new ArrayList<>();
        for (long residentId : residentIds) {
            applications.add(() -> {
                JsonNode opened = call("specialist", "POST", "/api/v1/cases", Map.of("module", "precise-assistance",
                        "caseType", "award", "residentId", residentId, "divisionCode", VILLAGE,
                        "data", Map.of("scheme", "rural-award", "confirmYear", YEAR, "ruralHousehold", true, "outOfPolicyBirth", false,
                                "children", List.of(Map.of("sex", "F", "birthYear", 1970, "alive", true)))), 201);
                assertThat(opened.get("caseNo").asText()).startsWith("JL-" + YEAR + "-");
                return Map.entry(residentId, opened.get("id").asLong());
            });
        }
        Map<Long, Long> caseOfResident = new LinkedHashMap<>();
        inParallel(applications).forEach(entry -> caseOfResident.put(entry.getKey(), entry.getValue()));
        assertThat(new HashSet<>(caseOfResident.values())).hasSize(SIZE);
        return caseOfResident;
    }

    /**
     * One level's batch approval, a page of the inbox at a time, until no task of the batch is left there. Tasks
     * the caller may not complete are slipped into the first page: each is refused on its own, the rest done.
     */
    private void approveAtOneLevel(String user, Set<Long> batch, List<String> notTheirs) throws Exception {
        Set<Long> approved = new HashSet<>();
        List<String> slippedIn = new ArrayList<>(notTheirs);
        while (true) {
            JsonNode page = body(user, "/api/v1/tasks?scope=claimable&module=precise-assistance&caseType=award&size=" + PAGE);
            List<String> taskIds = new ArrayList<>();
            for (JsonNode item : page.get("items")) {
                long caseId = item.get("caseRecord").get("id").asLong();
                if (batch.contains(caseId)) {
                    taskIds.add(item.get("taskId").asText());
                    approved.add(caseId);
                }
            }
            if (taskIds.isEmpty()) {
                break;
            }
            taskIds.addAll(slippedIn);
            JsonNode outcomes = call(user, "POST", "/api/v1/tasks/batch-complete",
                    Map.of("taskIds", taskIds, "decision", "APPROVE", "opinion", "经审核，同意。"), 200);
            assertThat(outcomes).hasSize(taskIds.size());
            for (JsonNode outcome : outcomes) {
                if (slippedIn.contains(outcome.get("taskId").asText())) {
                    assertThat(outcome.get("succeeded").asBoolean()).as("a task of another street").isFalse();
                    assertThat(outcome.get("code").asText()).isNotBlank();
                } else {
                    assertThat(outcome.get("succeeded").asBoolean()).as(outcome.toString()).isTrue();
                    assertThat(outcome.get("caseNo").asText()).startsWith("JL-");
                }
            }
            slippedIn.clear();
        }
        assertThat(approved).as("every application of the batch was in %s's inbox", user).isEqualTo(batch);
    }

    /** The period is short; the notice closes by itself and each case goes on in a job: poll the reconciliation. */
    private JsonNode awaitConfirmation(Instant start) throws Exception {
        Instant deadline = Instant.now().plus(Duration.ofMinutes(3));
        while (true) {
            JsonNode reconciliation = body("county", "/api/v1/precise-assistance/payment-lists/reconciliation?year=" + YEAR);
            if (reconciliation.get("confirmedCases").asInt() >= SIZE) {
                return reconciliation;
            }
            assertThat(Instant.now()).as("the notice closed and confirmed the batch; %s", reconciliation).isBefore(deadline);
            Thread.sleep(1_000);
        }
    }
}
