package io.jiceng.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Year;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Issue 5 driven from outside with a large batch, over plain HTTP as a county's own tool would: a few hundred
 * residents registered, as many award applications opened, batch-approved page by page at village, township and
 * county, noticed and confirmed; the payment list then has each of them once and nobody else, and the
 * reconciliation agrees. The size is {@code -Daward.batch.size=…} (default 300).
 */
// a context of its own: its notice period of 5 s, which it waits out, would end the other tests' notices
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
    private static final AwardApplicants APPLICANTS = new AwardApplicants(VILLAGE, YEAR, 3);

    @LocalServerPort int port;
    private ApiClient api;

    @BeforeEach
    void client() {
        api = ApiClient.onPort(port);
    }

    @Test
    void aLargeBatchIsReviewedNoticedAndConfirmedAndThePaymentListHasEachApplicantExactlyOnce() throws Exception {
        Instant start = Instant.now();
        // the village's elderly, each with a distinct birth date (60 or older this year) and one daughter
        List<AwardApplicants.Registered> residents = APPLICANTS.register(SIZE, LocalDate.of(1940, 1, 1), "44", i -> api);
        Map<Long, String> idNumbers = new LinkedHashMap<>();
        residents.forEach(resident -> idNumbers.put(resident.residentId(), resident.idNumber()));
        Map<Long, Long> caseOfResident = openApplications(residents);
        Set<Long> batch = new HashSet<>(caseOfResident.values());
        phase("registered and applied", start);

        approveAtOneLevel("specialist", batch, List.of());
        String otherStreetsTask = api.get("reviewer2", "/api/v1/tasks?scope=claimable&size=1").get("items").get(0).get("taskId").asText();
        approveAtOneLevel("reviewer", batch, List.of(otherStreetsTask));
        assertThat(api.get("reviewer2", "/api/v1/tasks?scope=claimable&size=" + PAGE).findValuesAsText("taskId"))
                .as("the other street's task is left as it was").contains(otherStreetsTask);
        approveAtOneLevel("county", batch, List.of());
        phase("three levels", start);

        JsonNode awaiting = api.get("clerk", "/api/v1/notices/awaiting/cases?procedure=" + PROCEDURE + "&divisionCode=" + TOWNSHIP);
        assertThat(ids(awaiting)).containsAll(batch);
        JsonNode notice = api.call("clerk", "POST", "/api/v1/notices",
                Map.of("procedure", PROCEDURE, "divisionCode", TOWNSHIP, "caseIds", List.copyOf(batch)), 201);
        assertThat(notice.get("entryCount").asInt()).isEqualTo(SIZE);

        JsonNode reconciliation = awaitConfirmation(start);
        phase("noticed and confirmed", start);
        assertThat(reconciliation.get("confirmedCases").asInt()).isEqualTo(SIZE);
        assertThat(reconciliation.get("listed").asInt()).isEqualTo(SIZE);
        assertThat(reconciliation.get("missing")).isEmpty();
        assertThat(reconciliation.get("duplicates")).isEmpty();
        assertThat(reconciliation.get("unexplained")).isEmpty();

        JsonNode list = api.get("county", "/api/v1/precise-assistance/payment-lists?year=" + YEAR);
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

    private static Set<Long> ids(JsonNode cases) {
        Set<Long> ids = new HashSet<>();
        cases.forEach(record -> ids.add(record.get("id").asLong()));
        return ids;
    }

    /** {@code POST /api/v1/cases} as the village specialist, one application per resident. */
    private Map<Long, Long> openApplications(List<AwardApplicants.Registered> residents) throws Exception {
        Map<Long, Long> caseOfResident = new LinkedHashMap<>();
        for (AwardApplicants.Application application : APPLICANTS.apply(residents)) {
            assertThat(application.caseNo()).startsWith("JL-" + YEAR + "-");
            caseOfResident.put(application.residentId(), application.caseId());
        }
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
            JsonNode page = api.get(user, "/api/v1/tasks?scope=claimable&module=precise-assistance&caseType=award&size=" + PAGE);
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
            JsonNode outcomes = api.call(user, "POST", "/api/v1/tasks/batch-complete",
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
            JsonNode reconciliation = api.get("county", "/api/v1/precise-assistance/payment-lists/reconciliation?year=" + YEAR);
            if (reconciliation.get("confirmedCases").asInt() >= SIZE) {
                return reconciliation;
            }
            assertThat(Instant.now()).as("the notice closed and confirmed the batch; %s", reconciliation).isBefore(deadline);
            Thread.sleep(1_000);
        }
    }
}
