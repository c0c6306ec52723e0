package io.jiceng.platform.workitem;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jiceng.platform.StaffFixture;
import io.jiceng.platform.casework.CaseRecord;
import io.jiceng.platform.casework.CaseService;
import io.jiceng.platform.casework.CaseStart;
import io.jiceng.platform.casework.Decision;
import io.jiceng.platform.correction.CorrectionService;
import io.jiceng.platform.problem.Problem;
import io.jiceng.platform.resident.CorrectableField;
import io.jiceng.platform.resident.IdNumber;
import io.jiceng.platform.resident.Resident;
import io.jiceng.platform.resident.ResidentForm;
import io.jiceng.platform.resident.ResidentService;
import io.jiceng.platform.staff.Role;
import io.jiceng.platform.staff.StaffService;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.MessageSource;

/**
 * The inbox's filters — module, case type, number or name, overdue — and its scope, read from the case table: a
 * street office worker who is both clerk and reviewer finds exactly the cases asked for, in their own subtree.
 */
@SpringBootTest
class InboxIntegrationTest {

    private static final String BOTH = "t-inbox-both";
    private static final AtomicInteger SEQUENCE = new AtomicInteger(500);

    @Autowired StaffFixture staff;
    @Autowired StaffService staffService;
    @Autowired ResidentService residents;
    @Autowired CorrectionService corrections;
    @Autowired CaseService cases;
    @Autowired WorkItemService workItems;
    @Autowired TaskService engineTasks;
    @Autowired MessageSource messages;

    @BeforeEach
    void setUp() {
        staff.ensure();
        if (staffService.find(BOTH).isEmpty()) {
            staffService.create(BOTH, "郑丽芳", "Test@2026", StaffFixture.XIMEI,
                    EnumSet.of(Role.STREET_CLERK, Role.TOWNSHIP_REVIEWER));
        }
    }

    private CaseRecord visit(String clerk, String division, String title) {
        return staff.as(clerk, () -> cases.start(new CaseStart("fixture", "visit", null, division, title, Map.of()), null));
    }

    private CaseRecord correction(String name) {
        ResidentForm form = new ResidentForm();
        form.setIdNumber(IdNumber.withCheckChar("35058319580303" + SEQUENCE.incrementAndGet()));
        form.setName(name);
        form.setDivisionCode(StaffFixture.XIMEI_COMMUNITY);
        Resident resident = staff.as("t-clerk", () -> residents.register(form));
        return staff.as("t-clerk", () -> corrections.submit(resident.id(), CorrectableField.PHONE,
                "1380595" + SEQUENCE.get() + "0", "号码变更"));
    }

    private List<Long> caseIds(WorkItemScope scope, String module, String caseType, boolean overdue, String text) {
        WorkItemFilter filter = new WorkItemFilter(scope, module, caseType, overdue, text, 0, 500);
        WorkItemPage page = staff.as(BOTH, () -> workItems.inbox(filter));
        assertThat(page.total()).as("the count agrees with the list").isEqualTo(page.items().size())
                .isEqualTo(staff.as(BOTH, () -> workItems.count(filter)));
        return page.items().stream().map(item -> item.caseRecord().id()).toList();
    }

    private String taskOf(CaseRecord record) {
        return staff.as(BOTH, () -> workItems.openFor(record)).get(0).taskId();
    }

    @Test
    void aWorkerNarrowsTheClaimableTasksByModuleAndCaseTypeAndSeesNothingOutsideTheirSubtree() {
        CaseRecord visit = visit("t-clerk", StaffFixture.XIMEI_COMMUNITY, "入户走访 东门社区");
        CaseRecord correction = correction("蔡秀珠");
        CaseRecord elsewhere = visit("t-clerk2", StaffFixture.LIUCHENG_COMMUNITY, "入户走访 柳城");

        assertThat(caseIds(WorkItemScope.CLAIMABLE, null, null, false, null))
                .contains(visit.id(), correction.id()).doesNotContain(elsewhere.id());
        assertThat(caseIds(WorkItemScope.CLAIMABLE, "fixture", null, false, null))
                .contains(visit.id()).doesNotContain(correction.id(), elsewhere.id());
        assertThat(caseIds(WorkItemScope.CLAIMABLE, "core", "resident-correction", false, null))
                .contains(correction.id()).doesNotContain(visit.id());
        assertThat(caseIds(WorkItemScope.CLAIMABLE, "fixture", "noticed", false, null)).doesNotContain(visit.id());
    }

    @Test
    void aWorkerFindsACaseByItsNumberOrByTheMaskedNameInItsTitleEvenARareCharacter() {
        CaseRecord byName = correction("𠮷淑华");
        CaseRecord other = correction("洪淑华");

        assertThat(caseIds(WorkItemScope.CLAIMABLE, null, null, false, byName.caseNo()))
                .containsExactly(byName.id());
        assertThat(caseIds(WorkItemScope.CLAIMABLE, null, null, false, " 𠮷*华 ")).containsExactly(byName.id());
        assertThat(caseIds(WorkItemScope.CLAIMABLE, null, null, false, "*华"))
                .contains(byName.id(), other.id());
    }

    @Test
    void aClaimedTaskMovesToMyTasksAndOverdueShowsOnlyWhatIsPastItsDueDateEarliestFirst() {
        CaseRecord late = visit("t-clerk", StaffFixture.XIMEI_COMMUNITY, "入户走访 逾期");
        CaseRecord later = visit("t-clerk", StaffFixture.XIMEI_COMMUNITY, "入户走访 更早逾期");
        CaseRecord onTime = visit("t-clerk", StaffFixture.XIMEI_COMMUNITY, "入户走访 未逾期");
        for (CaseRecord record : List.of(late, later, onTime)) {
            String task = taskOf(record);
            staff.as(BOTH, () -> workItems.claim(task));
        }
        Instant now = Instant.now();
        engineTasks.setDueDate(taskOf(late), Date.from(now.minus(1, ChronoUnit.DAYS)));
        engineTasks.setDueDate(taskOf(later), Date.from(now.minus(3, ChronoUnit.DAYS)));
        engineTasks.setDueDate(taskOf(onTime), Date.from(now.plus(2, ChronoUnit.DAYS)));

        assertThat(caseIds(WorkItemScope.CLAIMABLE, "fixture", null, false, null))
                .doesNotContain(late.id(), later.id(), onTime.id());
        assertThat(caseIds(WorkItemScope.MINE, "fixture", null, false, null)).contains(late.id(), later.id(), onTime.id());
        assertThat(caseIds(WorkItemScope.MINE, null, null, true, null)).containsExactly(later.id(), late.id());
    }

    @Test
    void aVisitRecordedOnItsModulesScreenIsNotApprovedFromTheInboxAndTheWorkerIsToldToGoToThatScreen() {
        CaseRecord visit = visit("t-clerk", StaffFixture.XIMEI_COMMUNITY, "入户走访 模块页面");
        String task = taskOf(visit);

        assertThatThrownBy(() -> staff.as(BOTH, () -> workItems.complete(task, Decision.APPROVE, "已走访")))
                .isInstanceOfSatisfying(Problem.class, refused -> {
                    assertThat(refused.messageKey()).isEqualTo("task.module-form");
                    assertThat(messages.getMessage(refused.messageKey(), refused.arguments(), Locale.SIMPLIFIED_CHINESE))
                            .as("the diagram names no screen, so the module's page is meant")
                            .isEqualTo("「走访」要在「业务模块的页面」中填写办理，不能直接审批或批量审批。");
                    assertThat(messages.getMessage(refused.messageKey(), refused.arguments(), Locale.ENGLISH))
                            .isEqualTo("\"走访\" is done in the screen of its module, where its data is recorded;"
                                    + " it cannot be approved directly or in a batch.");
                });
        assertThat(staff.as(BOTH, () -> workItems.completeAll(List.of(task), Decision.APPROVE, "已走访")))
                .singleElement().satisfies(result -> assertThat(result.problem().messageKey()).isEqualTo("task.module-form"));
        assertThat(staff.as(BOTH, () -> workItems.openFor(cases.get(visit.id())))).extracting(WorkItem::stepKey)
                .as("still waiting for its visit").containsExactly("visit");

        staff.as(BOTH, () -> workItems.completeWithModuleForm(task, Decision.APPROVE, "已走访，情况属实"));
        assertThat(staff.as(BOTH, () -> workItems.openFor(cases.get(visit.id())))).isEmpty();
    }
}
