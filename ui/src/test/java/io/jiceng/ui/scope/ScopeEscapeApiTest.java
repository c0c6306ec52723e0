package io.jiceng.ui.scope;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import io.jiceng.modules.assistance.payment.RecipientMapper;
import io.jiceng.platform.casework.CaseRecord;
import io.jiceng.platform.casework.CaseService;
import io.jiceng.platform.correction.CorrectionService;
import io.jiceng.platform.problem.NotFound;
import io.jiceng.platform.problem.Problem;
import io.jiceng.platform.resident.CorrectableField;
import io.jiceng.platform.resident.Resident;
import io.jiceng.platform.resident.ResidentQuery;
import io.jiceng.platform.resident.ResidentService;
import io.jiceng.platform.staff.CurrentStaff;
import io.jiceng.platform.workitem.WorkItem;
import io.jiceng.platform.workitem.WorkItemService;
import io.jiceng.ui.ApiClient;
import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import io.jiceng.ui.ApiTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The scope-escape suite over the REST API: the neighbouring street's clerk and reviewer (柳城街道) and a village
 * specialist try to reach 溪美街道's (or another village's) residents, cases, tasks, notices, exports, statistics
 * and payment lists by every route the API offers. Each attempt gets nothing: 404 (answered exactly as for an id
 * that does not exist), a refusal that does not depend on the data, or an empty list — never the data.
 */
@ApiTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ScopeEscapeApiTest {

    static final String XIMEI = "350583001";
    static final String XIMEI_COMMUNITY = "350583001001";
    static final String XIMEI_OTHER_VILLAGE = "350583001002";
    static final String LIUCHENG = "350583002";
    static final String MISSING_TASK = "00000000-no-such-task";

    @LocalServerPort int port;
    @Autowired CurrentStaff currentStaff;
    @Autowired ResidentService residents;
    @Autowired CorrectionService corrections;
    @Autowired CaseService cases;
    @Autowired WorkItemService workItems;
    @Autowired RecipientMapper recipients;

    private ApiClient api;

    /** 溪美街道's data, as its own staff see it. */
    List<Resident> ximeiResidents;
    CaseRecord openCase;
    CaseRecord claimedCase;
    CaseRecord otherVillageCase;
    String openTask;
    String otherVillageTask;
    String claimedTask;
    String doneTask;
    long attachmentId;
    long noticeId;
    long noticeCaseId;
    long maxResidentId;
    long maxCaseId;

    @BeforeAll
    void ximeiWorksItsCases() throws Exception {
        api = ApiClient.onPort(port);
        ximeiResidents = currentStaff.runAs("clerk", () -> residents.search(new ResidentQuery(null, null, 0, 200)).residents());
        Resident a = residentAt(XIMEI_COMMUNITY, 4);
        Resident b = residentAt(XIMEI_COMMUNITY, 5);
        Resident c = residentAt(XIMEI_OTHER_VILLAGE, 0);
        openCase = currentStaff.runAs("clerk", () -> corrections.submit(a.id(), CorrectableField.PHONE, "13905959401", "号码变更"));
        claimedCase = currentStaff.runAs("clerk", () -> corrections.submit(b.id(), CorrectableField.PHONE, "13905959402", "号码变更"));
        otherVillageCase = currentStaff.runAs("clerk", () -> corrections.submit(c.id(), CorrectableField.PHONE, "13905959403", "号码变更"));
        openTask = currentStaff.runAs("reviewer", () -> workItems.openFor(openCase).get(0).taskId());
        otherVillageTask = currentStaff.runAs("reviewer", () -> workItems.openFor(otherVillageCase).get(0).taskId());
        claimedTask = currentStaff.runAs("reviewer", () -> {
            String id = workItems.openFor(claimedCase).get(0).taskId();
            workItems.claim(id);
            return id;
        });
        doneTask = api.get("reviewer", "/api/v1/tasks?scope=done").get("items").get(0).get("taskId").asText();
        attachmentId = currentStaff.runAs("clerk", () -> cases.attach(openCase.id(), "户口簿.pdf",
                "%PDF-1.4\n%%EOF\n".getBytes(StandardCharsets.US_ASCII)).id());

        String procedure = api.get("clerk", "/api/v1/notices/awaiting").get(0).get("procedure").asText();
        JsonNode published = api.call("clerk", "POST", "/api/v1/notices", Map.of("procedure", procedure, "divisionCode", XIMEI), 201);
        noticeId = published.get("id").asLong();
        noticeCaseId = api.get("clerk", "/api/v1/notices/" + noticeId).get("entries").get(0).get("caseId").asLong();

        recipients.insert(a.id(), "rural-award", LocalDate.now().getYear(), XIMEI_COMMUNITY, null, "CONFIRMED", null, null,
                "clerk", Instant.now());
        maxResidentId = api.get("admin", "/api/v1/residents?size=1000").get("items").findValues("id").stream()
                .mapToLong(JsonNode::asLong).max().orElseThrow();
        maxCaseId = api.get("admin", "/api/v1/cases?size=1000").get("cases").findValues("id").stream()
                .mapToLong(JsonNode::asLong).max().orElseThrow();
    }

    // ---------------------------------------------------------------- residents

    @Test
    void anotherStreetsResidentsAreNotFoundByIdExactlyLikeResidentsThatDoNotExist() throws Exception {
        Reply missing = call("clerk2", "GET", "/api/v1/residents/999999");
        for (String user : List.of("clerk2", "reviewer2")) {
            for (Resident resident : ximeiResidents) {
                assertLikeMissing(call(user, "GET", "/api/v1/residents/" + resident.id()), missing);
                assertLikeMissing(call(user, "GET", "/api/v1/residents/" + resident.id() + "?full=true&purpose=核对"), missing);
            }
        }
    }

    @Test
    void guessingResidentIdsOneAfterTheOtherFindsOnlyTheStreetsOwn() throws Exception {
        for (long id = 1; id <= maxResidentId + 3; id++) {
            Reply response = call("reviewer2", "GET", "/api/v1/residents/" + id);
            assertThat(response.statusCode()).as("resident %d", id).isIn(200, 404);
            if (response.statusCode() == 200) {
                assertThat(body(response).get("divisionCode").asText()).startsWith(LIUCHENG);
            }
        }
    }

    @Test
    void residentFiltersAndSearchTextNamingTheOtherStreetFindNothing() throws Exception {
        // a resident of the demo, with an address (residents other tests register may have none)
        Resident someone = ximeiResidents.stream().filter(r -> r.address() != null).findFirst().orElseThrow();
        for (String filter : List.of("divisionCode=" + XIMEI, "divisionCode=" + XIMEI_COMMUNITY, "divisionCode=350583",
                "q=" + enc(someone.name()), "q=" + someone.idNumber().substring(6, 14), "q=" + someone.idNumber(),
                "q=" + enc(someone.address()) + "&divisionCode=" + XIMEI)) {
            JsonNode page = api.get("clerk2", "/api/v1/residents?size=1000&" + filter);
            assertThat(page.get("items").findValues("divisionCode")).as(filter)
                    .allSatisfy(code -> assertThat(code.asText()).startsWith(LIUCHENG));
            assertThat(page.toString()).as(filter).doesNotContain(someone.maskedName()).doesNotContain("350583001");
        }
    }

    @Test
    void registeringAnIdNumberKnownInTheOtherStreetDoesNotTellWhoOrWhere() throws Exception {
        Resident someone = ximeiResidents.get(0);
        Reply refused = call("clerk2", "POST", "/api/v1/residents",
                Map.of("idNumber", someone.idNumber(), "name", "张三", "divisionCode", LIUCHENG + "001"));
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(text(refused)).doesNotContain(someone.maskedName()).doesNotContain("溪美");
        Reply outside = call("clerk2", "POST", "/api/v1/residents",
                Map.of("idNumber", "11010519491231002X", "name", "张三", "divisionCode", XIMEI_COMMUNITY));
        assertThat(outside.statusCode()).isEqualTo(400);
        assertThat(body(outside).get("field").asText()).isEqualTo("divisionCode");
    }

    // ---------------------------------------------------------------- cases

    @Test
    void anotherStreetsCasesAreNotFoundByIdAndCannotBeWithdrawn() throws Exception {
        Reply missing = call("clerk2", "GET", "/api/v1/cases/999999");
        Reply missingWithdrawal = call("clerk2", "POST", "/api/v1/cases/999999/withdraw", Map.of("reason", "撤回"));
        for (CaseRecord record : List.of(openCase, claimedCase, otherVillageCase)) {
            for (String user : List.of("clerk2", "reviewer2")) {
                assertLikeMissing(call(user, "GET", "/api/v1/cases/" + record.id()), missing);
                assertLikeMissing(call(user, "POST", "/api/v1/cases/" + record.id() + "/withdraw", Map.of("reason", "撤回")),
                        missingWithdrawal);
            }
        }
        assertThat(currentStaff.runAs("clerk", () -> cases.get(openCase.id())).status().isFinal()).isFalse();
    }

    @Test
    void guessingCaseIdsOneAfterTheOtherFindsOnlyTheStreetsOwn() throws Exception {
        for (long id = 1; id <= maxCaseId + 3; id++) {
            Reply response = call("clerk2", "GET", "/api/v1/cases/" + id);
            assertThat(response.statusCode()).as("case %d", id).isIn(200, 404);
            if (response.statusCode() == 200) {
                assertThat(body(response).get("caseRecord").get("divisionCode").asText()).startsWith(LIUCHENG);
            }
        }
    }

    @Test
    void caseFiltersAndSearchTextNamingTheOtherStreetFindNothing() throws Exception {
        for (String filter : List.of("divisionCode=" + XIMEI, "divisionCode=" + XIMEI_COMMUNITY, "divisionCode=350583",
                "q=" + openCase.caseNo(), "q=" + enc(openCase.title()), "module=core&q=RC", "status=IN_REVIEW")) {
            JsonNode page = api.get("reviewer2", "/api/v1/cases?size=1000&" + filter);
            assertThat(page.get("cases").findValues("divisionCode")).as(filter)
                    .allSatisfy(code -> assertThat(code.asText()).startsWith(LIUCHENG));
            assertThat(page.toString()).as(filter).doesNotContain(openCase.caseNo());
        }
    }

    @Test
    void aCaseCannotBeOpenedForAnotherStreetsResident() throws Exception {
        long before = api.get("admin", "/api/v1/cases?size=1").get("total").asLong();
        Reply refused = call("clerk2", "POST", "/api/v1/cases", Map.of("module", "core", "caseType", "resident-correction",
                "residentId", ximeiResidents.get(0).id(), "divisionCode", LIUCHENG + "001",
                "data", Map.of("field", "PHONE", "newValue", "13900000000", "reason", "x")));
        assertThat(refused.statusCode()).isIn(400, 404);
        assertThat(text(refused)).doesNotContain(ximeiResidents.get(0).maskedName());
        assertThat(api.get("admin", "/api/v1/cases?size=1").get("total").asLong()).isEqualTo(before);
    }

    // ---------------------------------------------------------------- tasks

    @Test
    void inboxesAndTheirSearchNeverListTheOtherStreetsTasks() throws Exception {
        for (String user : List.of("clerk2", "reviewer2")) {
            for (String scope : List.of("mine", "claimable", "done", "copied")) {
                for (String q : List.of("", "&q=" + openCase.caseNo(), "&q=RC", "&module=core")) {
                    String listed = text(call(user, "GET", "/api/v1/tasks?size=200&scope=" + scope + q));
                    assertThat(listed).as(user + " " + scope + q).doesNotContain(openTask).doesNotContain(claimedTask)
                            .doesNotContain(doneTask).doesNotContain(openCase.caseNo()).doesNotContain("\"divisionCode\":\"350583001");
                }
            }
        }
    }

    @Test
    void everyTaskActionOnAnotherStreetsTaskIsRefusedLikeATaskThatDoesNotExistAndChangesNothing() throws Exception {
        int opinionsBefore = opinionsOf(openCase) + opinionsOf(claimedCase);
        List<Object[]> actions = List.of(
                new Object[] {"claim", null},
                new Object[] {"unclaim", null},
                new Object[] {"complete", Map.of("decision", "APPROVE", "opinion", "同意")},
                new Object[] {"complete", Map.of("decision", "REJECT", "opinion", "不同意")},
                new Object[] {"delegate", Map.of("to", "reviewer2", "opinion", "请阅")},
                new Object[] {"transfer", Map.of("to", "reviewer2", "opinion", "请办")},
                new Object[] {"add-signer", Map.of("to", "reviewer2", "opinion", "请会签")},
                new Object[] {"cc", Map.of("to", List.of("reviewer2"), "opinion", "请阅")},
                new Object[] {"urge", Map.of("message", "请尽快办理")},
                new Object[] {"withdraw", null});
        for (String user : List.of("clerk2", "reviewer2")) {
            for (Object[] action : actions) {
                Reply missing = call(user, "POST", "/api/v1/tasks/" + MISSING_TASK + "/" + action[0], action[1]);
                for (String taskId : List.of(openTask, claimedTask, doneTask)) {
                    Reply response = call(user, "POST", "/api/v1/tasks/" + taskId + "/" + action[0], action[1]);
                    assertLikeMissing(response, missing);
                }
            }
        }
        WorkItem stillOpen = currentStaff.runAs("reviewer", () -> workItems.openFor(openCase).get(0));
        assertThat(stillOpen.taskId()).isEqualTo(openTask);
        assertThat(stillOpen.assignee()).isNull();
        assertThat(currentStaff.runAs("reviewer", () -> workItems.openFor(claimedCase).get(0).assignee())).isEqualTo("reviewer");
        assertThat(opinionsOf(openCase) + opinionsOf(claimedCase)).isEqualTo(opinionsBefore);
    }

    @Test
    void aBatchApprovalMixingInTheOtherStreetsTasksRefusesEachOfThemAndDoesNothingToThem() throws Exception {
        String own = api.get("reviewer2", "/api/v1/tasks?scope=claimable").get("items").get(0).get("taskId").asText();
        JsonNode outcomes = api.call("reviewer2", "POST", "/api/v1/tasks/batch-complete", Map.of("taskIds",
                List.of(openTask, own, claimedTask, MISSING_TASK), "decision", "APPROVE", "opinion", "同意"), 200);
        assertThat(outcomes).hasSize(4);
        String missingCode = outcomes.get(3).get("code").asText();
        for (int foreign : new int[] {0, 2}) {
            assertThat(outcomes.get(foreign).get("succeeded").asBoolean()).isFalse();
            assertThat(outcomes.get(foreign).get("code").asText()).isEqualTo(missingCode);
            assertThat(outcomes.get(foreign).get("caseNo").isNull()).isTrue();
        }
        assertThat(outcomes.get(1).get("succeeded").asBoolean()).isTrue();
        assertThat(currentStaff.runAs("reviewer", () -> workItems.openFor(openCase))).extracting(WorkItem::taskId)
                .containsExactly(openTask);
        assertThat(currentStaff.runAs("reviewer", () -> workItems.openFor(claimedCase))).extracting(WorkItem::taskId)
                .containsExactly(claimedTask);
    }

    // ---------------------------------------------------------------- attachments

    @Test
    void anotherStreetsAttachmentIsNotFoundLikeOneThatDoesNotExist() {
        String foreign = problemOf(() -> currentStaff.runAs("clerk2", () -> cases.readAttachment(attachmentId)));
        String missing = problemOf(() -> currentStaff.runAs("clerk2", () -> cases.readAttachment(999999)));
        assertThat(foreign).isEqualTo(missing.replace("999999", String.valueOf(attachmentId)));
        assertThat(problemOf(() -> currentStaff.runAs("clerk2", () -> cases.attachments(openCase.id()))))
                .isEqualTo(problemOf(() -> currentStaff.runAs("clerk2", () -> cases.attachments(999999))).replace("999999",
                        String.valueOf(openCase.id())));
        assertThat(problemOf(() -> currentStaff.runAs("clerk2", () -> cases.attach(openCase.id(), "x.pdf",
                "%PDF-1.4\n".getBytes(StandardCharsets.US_ASCII))))).startsWith("problem.not-found");
    }

    // ---------------------------------------------------------------- notices

    @Test
    void anotherStreetsNoticeCannotBeReadExportedOrObjectedTo() throws Exception {
        Map<String, Object> objection = Map.of("caseId", noticeCaseId, "objectorName", "某人", "reason", "不符");
        for (String user : List.of("clerk2", "reviewer2")) {
            assertLikeMissing(call(user, "GET", "/api/v1/notices/" + noticeId), call(user, "GET", "/api/v1/notices/999999"));
            for (String format : List.of("xlsx", "pdf")) {
                assertLikeMissing(call(user, "GET", "/api/v1/notices/" + noticeId + "/export?format=" + format),
                        call(user, "GET", "/api/v1/notices/999999/export?format=" + format));
            }
            assertLikeMissing(call(user, "POST", "/api/v1/notices/" + noticeId + "/objections", objection),
                    call(user, "POST", "/api/v1/notices/999999/objections", objection));
        }
        assertThat(api.get("clerk", "/api/v1/notices/" + noticeId).get("objections")).isEmpty();
    }

    @Test
    void noticeListsAndWaitingCasesOfTheOtherStreetStayHidden() throws Exception {
        for (String filter : List.of("", "?divisionCode=" + XIMEI, "?divisionCode=350583", "?divisionCode=" + XIMEI_COMMUNITY)) {
            JsonNode page = api.get("clerk2", "/api/v1/notices" + filter);
            assertThat(page.get("total").asInt()).as(filter).isZero();
        }
        assertThat(call("clerk2", "GET", "/api/v1/notices/awaiting?divisionCode=" + XIMEI).statusCode()).isEqualTo(400);
        Reply waiting = call("clerk2", "GET",
                "/api/v1/notices/awaiting/cases?procedure=precise-assistance/award&divisionCode=" + XIMEI);
        assertThat(waiting.statusCode()).isEqualTo(400);
        assertThat(text(call("clerk2", "GET", "/api/v1/notices/awaiting"))).doesNotContain("award");

        Reply publishThere = call("clerk2", "POST", "/api/v1/notices",
                Map.of("procedure", "precise-assistance/award", "divisionCode", XIMEI));
        assertThat(publishThere.statusCode()).isEqualTo(400);
        Reply foreignCases = call("clerk2", "POST", "/api/v1/notices",
                Map.of("procedure", "precise-assistance/award", "divisionCode", LIUCHENG, "caseIds", List.of(noticeCaseId)));
        assertThat(foreignCases.statusCode()).isEqualTo(400);
        assertThat(text(foreignCases)).doesNotContain(caseNoOf(noticeCaseId));
    }

    // ---------------------------------------------------------------- statistics, payment lists

    @Test
    void statisticsOfTheOtherStreetAreRefusedAndTheOwnReportHasOnlyTheStreetsVillages() throws Exception {
        String period = "&from=2020-01-01&to=2100-01-01";
        for (String code : List.of(XIMEI, XIMEI_COMMUNITY, "350583")) {
            assertThat(call("reviewer2", "GET", "/api/v1/statistics?divisionCode=" + code + period).statusCode()).isEqualTo(400);
            assertThat(api.exchange("reviewer2", "/api/v1/statistics/export?divisionCode=" + code + period, request -> { })
                    .statusCode()).isEqualTo(400);
        }
        JsonNode own = api.get("reviewer2", "/api/v1/statistics?x=1" + period);
        assertThat(own.get("divisionCode").asText()).isEqualTo(LIUCHENG);
        assertThat(own.get("below").findValues("divisionCode"))
                .allSatisfy(code -> assertThat(code.asText()).startsWith(LIUCHENG));
    }

    @Test
    void paymentListsOfTheCountyShowTheNeighbouringStreetOnlyItsOwnPart() throws Exception {
        Resident listed = residentAt(XIMEI_COMMUNITY, 4);
        int year = LocalDate.now().getYear();
        assertThat(text(call("clerk", "GET", "/api/v1/precise-assistance/payment-lists?year=" + year)))
                .contains(listed.name());
        assertThat(cellsOf(api.exchange("clerk", "/api/v1/precise-assistance/payment-lists/export?format=xlsx&year=" + year,
                request -> { }).body()))
                .contains(listed.name());
        JsonNode fullView = api.get("admin", "/api/v1/audit-events?user=clerk&action=IDENTITY_FULL_VIEW&size=1")
                .get("events").get(0);
        assertThat(fullView.get("targetType").asText()).isEqualTo("PAYMENT_LIST");
        assertThat(fullView.get("detail").asText()).startsWith("导出 xlsx").contains("1 人");
        for (String user : List.of("clerk2", "reviewer2")) {
            for (String county : List.of("", "&countyCode=350583")) {
                JsonNode list = api.get(user, "/api/v1/precise-assistance/payment-lists?year=" + year + county);
                assertThat(list.get("divisionCode").asText()).isEqualTo(LIUCHENG);
                assertThat(list.get("people").asInt()).isZero();
                assertThat(list.toString()).doesNotContain(listed.maskedName()).doesNotContain(listed.name());
                JsonNode reconciliation = api.get(user,
                        "/api/v1/precise-assistance/payment-lists/reconciliation?year=" + year + county);
                assertThat(reconciliation.get("listed").asInt()).isZero();
                HttpResponse<byte[]> export = api.exchange(user,
                        "/api/v1/precise-assistance/payment-lists/export?format=xlsx&year=" + year + county, request -> { });
                assertThat(export.statusCode()).isEqualTo(200);
                assertThat(cellsOf(export.body())).doesNotContain(listed.name()).doesNotContain(listed.maskedName());
            }
            Reply otherCounty = call(user, "GET", "/api/v1/precise-assistance/payment-lists?year=" + year
                    + "&countyCode=350582");
            assertThat(otherCounty.statusCode()).isEqualTo(404);
        }
    }

    // ---------------------------------------------------------------- a village specialist

    @Test
    void aVillageSpecialistReachesNoOtherVillageOfHerStreet() throws Exception {
        Resident neighbour = residentAt(XIMEI_OTHER_VILLAGE, 0);
        assertLikeMissing(call("specialist", "GET", "/api/v1/residents/" + neighbour.id()),
                call("specialist", "GET", "/api/v1/residents/999999"));
        assertLikeMissing(call("specialist", "GET", "/api/v1/cases/" + otherVillageCase.id()),
                call("specialist", "GET", "/api/v1/cases/999999"));
        for (String filter : List.of("divisionCode=" + XIMEI_OTHER_VILLAGE, "divisionCode=" + XIMEI, "q=" + enc(neighbour.name()))) {
            assertThat(api.get("specialist", "/api/v1/residents?size=1000&" + filter).get("items")
                    .findValues("divisionCode")).as(filter).allSatisfy(code -> assertThat(code.asText()).startsWith(XIMEI_COMMUNITY));
            assertThat(api.get("specialist", "/api/v1/cases?size=1000&" + filter).get("cases")
                    .findValues("divisionCode")).as(filter).allSatisfy(code -> assertThat(code.asText()).startsWith(XIMEI_COMMUNITY));
        }
        assertThat(text(call("specialist", "GET", "/api/v1/tasks?scope=claimable&size=200"))).doesNotContain(otherVillageTask)
                .doesNotContain(otherVillageCase.caseNo());
        assertThat(call("specialist", "GET", "/api/v1/statistics?divisionCode=" + XIMEI + "&from=2020-01-01&to=2100-01-01")
                .statusCode()).isEqualTo(400);
        for (String action : List.of("claim", "urge")) {
            assertLikeMissing(call("specialist", "POST", "/api/v1/tasks/" + otherVillageTask + "/" + action, Map.of()),
                    call("specialist", "POST", "/api/v1/tasks/" + MISSING_TASK + "/" + action, Map.of()));
        }
    }

    // ---------------------------------------------------------------- helpers

    private Resident residentAt(String village, int index) {
        return ximeiResidents.stream().filter(r -> r.divisionCode().equals(village)).skip(index).findFirst().orElseThrow();
    }

    private int opinionsOf(CaseRecord record) {
        return currentStaff.runAs("clerk", () -> cases.opinions(record.id())).size();
    }

    private String caseNoOf(long caseId) {
        return currentStaff.runAs("clerk", () -> cases.get(caseId)).caseNo();
    }

    /** The same status and problem code as the answer for something that does not exist, and no more. */
    private void assertLikeMissing(Reply foreign, Reply missing) {
        String path = foreign.path();
        assertThat(foreign.statusCode()).as(path).isEqualTo(missing.statusCode()).isIn(403, 404, 409);
        assertThat(body(foreign).path("code").asText()).as(path).isEqualTo(body(missing).path("code").asText());
        assertThat(detailOf(foreign)).as(path).isEqualTo(detailOf(missing));
        assertThat(text(foreign)).as(path).doesNotContain("350583001").doesNotContain(openCase.caseNo())
                .doesNotContain(claimedCase.caseNo()).doesNotContain("溪美");
    }

    /** The problem's text with the id asked for (always the path's fifth segment, numbers grouped as 999,999) taken out. */
    private String detailOf(Reply response) {
        String id = response.path().split("/")[4];
        return body(response).path("detail").asText().replace(id, "{id}").replaceAll("\\d[\\d,]*", "{id}");
    }

    private static String problemOf(Runnable action) {
        try {
            action.run();
        } catch (NotFound notFound) {
            return notFound.messageKey() + " " + List.of(notFound.arguments());
        } catch (Problem problem) {
            return problem.messageKey() + " " + List.of(problem.arguments());
        }
        throw new AssertionError("no refusal");
    }

    private static String cellsOf(byte[] xlsx) throws Exception {
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            StringBuilder cells = new StringBuilder();
            workbook.forEach(sheet -> sheet.forEach(row -> row.forEach(cell -> cells.append(cell).append('|'))));
            return cells.toString();
        }
    }

    private static String enc(String text) {
        return java.net.URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    /** An answer and the path it was asked at (without the query): a refusal must not give away more than that. */
    private record Reply(String path, ApiClient.Answer answer) {

        int statusCode() {
            return answer.status();
        }
    }

    private Reply call(String user, String method, String path) {
        return call(user, method, path, null);
    }

    private Reply call(String user, String method, String path, Object body) {
        return new Reply(path.split("\\?")[0], api.send(user, method, path, body));
    }

    private static JsonNode body(Reply response) {
        return response.answer().body() == null ? MissingNode.getInstance() : response.answer().body();
    }

    private static String text(Reply response) {
        return response.answer().body() == null ? "" : response.answer().body().toString();
    }
}
