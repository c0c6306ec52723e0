package io.jiceng.platform.workitem;

import static org.assertj.core.api.Assertions.assertThat;

import io.jiceng.platform.StaffFixture;
import io.jiceng.platform.audit.AuditAction;
import io.jiceng.platform.audit.AuditEvent;
import io.jiceng.platform.audit.AuditLog;
import io.jiceng.platform.casework.CaseRecord;
import io.jiceng.platform.casework.CaseService;
import io.jiceng.platform.casework.CaseStart;
import io.jiceng.platform.casework.CaseStatus;
import io.jiceng.platform.casework.Decision;
import io.jiceng.platform.casework.Opinion;
import io.jiceng.platform.notification.Notification;
import io.jiceng.platform.notification.NotificationKind;
import io.jiceng.platform.notification.NotificationService;
import io.jiceng.platform.problem.Problem;
import io.jiceng.platform.resident.IdNumber;
import io.jiceng.platform.resident.Resident;
import io.jiceng.platform.resident.ResidentForm;
import io.jiceng.platform.resident.ResidentService;
import io.jiceng.platform.review.ReviewLevels;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** Withdraw (撤回), co-sign (加签), copy (抄送) and urge (催办) on a case reviewed village → township → county. */
@SpringBootTest
class TaskActionsIntegrationTest {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    @Autowired StaffFixture staff;
    @Autowired ResidentService residents;
    @Autowired CaseService cases;
    @Autowired WorkItemService workItems;
    @Autowired TaskWithdrawal withdrawal;
    @Autowired CoSigning coSigning;
    @Autowired CaseCopies copies;
    @Autowired Urging urging;
    @Autowired NotificationService notifications;
    @Autowired AuditLog audit;
    @Autowired RuntimeService runtime;

    @BeforeEach
    void setUp() {
        staff.ensure();
    }

    private CaseRecord openReviewedCase() {
        ResidentForm form = new ResidentForm();
        form.setIdNumber(IdNumber.withCheckChar("350583196204128" + String.format("%02d", SEQUENCE.incrementAndGet())));
        form.setName("陈秀英");
        form.setDivisionCode(StaffFixture.XIMEI_COMMUNITY);
        Resident resident = staff.as("t-clerk", () -> residents.register(form));
        ReviewLevels levels = ReviewLevels.of(ReviewLevels.VILLAGE, ReviewLevels.TOWNSHIP, ReviewLevels.COUNTY);
        return staff.as("t-clerk", () -> cases.start(new CaseStart("fixture", "reviewed", resident.id(),
                resident.divisionCode(), resident.maskedName(), levels.variables()), "申请奖励扶助"));
    }

    private WorkItem claimable(String reviewer, CaseRecord record) {
        return staff.as(reviewer, () -> workItems.inbox(WorkItemFilter.of(WorkItemScope.CLAIMABLE)).items().stream()
                .filter(item -> item.caseRecord().id().equals(record.id())).findFirst().orElse(null));
    }

    private WorkItem mine(String username, CaseRecord record) {
        return staff.as(username, () -> workItems.inbox(WorkItemFilter.of(WorkItemScope.MINE)).items().stream()
                .filter(item -> item.caseRecord().id().equals(record.id())).findFirst().orElse(null));
    }

    private String decide(String reviewer, CaseRecord record, Decision decision, String opinion) {
        WorkItem item = claimable(reviewer, record);
        assertThat(item).as(reviewer + " finds the case").isNotNull();
        staff.as(reviewer, () -> workItems.complete(item.taskId(), decision, opinion));
        return item.taskId();
    }

    private String problemOf(Runnable action) {
        try {
            action.run();
            return null;
        } catch (Problem problem) {
            return problem.messageKey();
        }
    }

    private List<Decision> timeline(CaseRecord record) {
        return staff.as("t-clerk", () -> cases.opinions(record.id())).stream().map(Opinion::decision).toList();
    }

    private WorkItem townshipTaskClaimedBy(String reviewer, CaseRecord record) {
        decide("t-specialist", record, Decision.APPROVE, "情况属实");
        WorkItem township = claimable(reviewer, record);
        staff.as(reviewer, () -> workItems.claim(township.taskId()));
        return township;
    }

    @Test
    void aVillageReviewerWhoApprovedTooEarlyWithdrawsTheCaseBeforeTheTownshipActs() {
        CaseRecord record = openReviewedCase();
        String villageTask = decide("t-specialist", record, Decision.APPROVE, "情况属实");
        assertThat(claimable("t-reviewer", record)).isNotNull();

        DoneTask done = staff.as("t-specialist", () -> withdrawal.doneByMe(0, 20)).items().stream()
                .filter(d -> d.taskId().equals(villageTask)).findFirst().orElseThrow();
        assertThat(done.withdrawable()).isTrue();
        assertThat(problemOf(() -> staff.as("t-reviewer", () -> withdrawal.withdraw(villageTask))))
                .isEqualTo("task.withdraw.not-yours");

        staff.as("t-specialist", () -> withdrawal.withdraw(villageTask));

        assertThat(claimable("t-reviewer", record)).as("gone from the township").isNull();
        WorkItem back = mine("t-specialist", record);
        assertThat(back.stepName()).isEqualTo("村级审核");
        String subProcess = runtime.createProcessInstanceQuery().superProcessInstanceId(record.processInstanceId())
                .singleResult().getId();
        assertThat(((Number) runtime.getVariable(subProcess, "reviewLevel")).intValue()).isZero();
        assertThat(runtime.getVariable(subProcess, "decision")).as("the decision is undone").isNull();
        assertThat(timeline(record)).containsExactly(Decision.SUBMIT, Decision.APPROVE, Decision.WITHDRAW_STEP);
        assertThat(staff.as("t-specialist", () -> withdrawal.doneByMe(0, 20)).items())
                .filteredOn(d -> d.taskId().equals(villageTask)).singleElement()
                .extracting(DoneTask::withdrawable).isEqualTo(false);
        assertThat(audit.findByTarget(AuditLog.CASE, record.id())).extracting(AuditEvent::action).contains(AuditAction.TASK_WITHDRAW);

        staff.as("t-specialist", () -> workItems.complete(back.taskId(), Decision.APPROVE, "补充核实后同意"));
        assertThat(claimable("t-reviewer", record).stepName()).as("the township's level, not the county's").isEqualTo("乡镇审核");
        decide("t-reviewer", record, Decision.APPROVE, "同意");
        decide("t-county", record, Decision.APPROVE, "同意");
        assertThat(staff.as("t-clerk", () -> cases.get(record.id())).status()).isEqualTo(CaseStatus.APPROVED);
    }

    @Test
    void noWithdrawOnceTheTownshipHasClaimedOrDecided() {
        CaseRecord record = openReviewedCase();
        String villageTask = decide("t-specialist", record, Decision.APPROVE, "情况属实");
        WorkItem township = claimable("t-reviewer", record);
        staff.as("t-reviewer", () -> workItems.claim(township.taskId()));

        assertThat(problemOf(() -> staff.as("t-specialist", () -> withdrawal.withdraw(villageTask))))
                .isEqualTo("task.withdraw.already-acted");

        staff.as("t-reviewer", () -> workItems.complete(township.taskId(), Decision.APPROVE, "同意"));
        assertThat(problemOf(() -> staff.as("t-specialist", () -> withdrawal.withdraw(villageTask))))
                .isEqualTo("task.withdraw.too-late");
        assertThat(claimable("t-county", record)).isNotNull();
    }

    @Test
    void aTownshipReviewerWhoReturnedTheCaseTakesItBackBeforeTheApplicantRevisesIt() {
        CaseRecord record = openReviewedCase();
        decide("t-specialist", record, Decision.APPROVE, "情况属实");
        String townshipTask = decide("t-reviewer", record, Decision.RETURN, "请补充户口簿");
        assertThat(staff.as("t-clerk", () -> cases.get(record.id())).status()).isEqualTo(CaseStatus.RETURNED);

        staff.as("t-reviewer", () -> withdrawal.withdraw(townshipTask));

        assertThat(staff.as("t-clerk", () -> cases.get(record.id())).status()).isEqualTo(CaseStatus.IN_REVIEW);
        WorkItem back = mine("t-reviewer", record);
        assertThat(back.stepName()).isEqualTo("乡镇审核");
        staff.as("t-reviewer", () -> workItems.complete(back.taskId(), Decision.APPROVE, "材料已补齐"));
        assertThat(claimable("t-county", record)).isNotNull();
    }

    @Test
    void aCoSignerMustSignBeforeTheTownshipReviewerCanApprove() {
        CaseRecord record = openReviewedCase();
        WorkItem township = townshipTaskClaimedBy("t-reviewer", record);

        assertThat(problemOf(() -> staff.as("t-reviewer", () -> coSigning.addSigner(township.taskId(), "t-reviewer2", null))))
                .isEqualTo("task.colleague.out-of-scope");
        staff.as("t-reviewer", () -> coSigning.addSigner(township.taskId(), "t-reviewer-b", "请一并审核"));

        assertThat(problemOf(() -> staff.as("t-reviewer", () -> workItems.complete(township.taskId(), Decision.APPROVE, "同意"))))
                .isEqualTo("task.cosign.pending");
        WorkItem coSign = mine("t-reviewer-b", record);
        assertThat(coSign.taskId()).isEqualTo(township.taskId());
        assertThat(coSign.decisions()).containsExactly(Decision.COSIGN);
        assertThat(staff.as("t-reviewer-b", () -> workItems.openFor(record))).extracting(WorkItem::decisions)
                .containsExactly(List.of(Decision.COSIGN));
        assertThat(problemOf(() -> staff.as("t-reviewer-b", () -> workItems.complete(township.taskId(), Decision.APPROVE, "同意"))))
                .isEqualTo("task.decision-not-allowed");
        assertThat(problemOf(() -> staff.as("t-reviewer-b", () -> workItems.complete(township.taskId(), Decision.COSIGN, " "))))
                .isEqualTo("task.cosign.opinion-required");

        staff.as("t-reviewer-b", () -> workItems.complete(township.taskId(), Decision.COSIGN, "核实无误，同意"));

        assertThat(mine("t-reviewer-b", record)).isNull();
        staff.as("t-reviewer", () -> workItems.complete(township.taskId(), Decision.APPROVE, "同意"));
        assertThat(timeline(record)).containsExactly(Decision.SUBMIT, Decision.APPROVE, Decision.ADD_SIGNER,
                Decision.COSIGN, Decision.APPROVE);
        assertThat(claimable("t-county", record)).isNotNull();
    }

    @Test
    void theTownshipCopiesTheCaseToTheStreetClerkWhoReadsItWithoutActing() {
        CaseRecord record = openReviewedCase();
        WorkItem township = townshipTaskClaimedBy("t-reviewer", record);

        staff.as("t-reviewer", () -> copies.copy(township.taskId(), List.of("t-clerk", "t-county"), "请知悉"));

        ItemPage<CopiedCase> copied = staff.as("t-clerk", () -> copies.copiedToMe(0, 20));
        assertThat(copied.items()).extracting(c -> c.caseRecord().id()).containsExactly(record.id());
        assertThat(copied.items().get(0).senderName()).isEqualTo("林晓燕");
        assertThat(staff.as("t-clerk", () -> copies.unreadCount())).isEqualTo(1);
        assertThat(staff.as("t-clerk", () -> workItems.openFor(record))).as("read-only").isEmpty();
        staff.as("t-clerk", () -> copies.markRead(record.id()));
        assertThat(staff.as("t-clerk", () -> copies.unreadCount())).isZero();
        assertThat(staff.as("t-county", () -> copies.unreadCount())).isEqualTo(1);
        assertThat(timeline(record)).containsExactly(Decision.SUBMIT, Decision.APPROVE, Decision.COPY);
        assertThat(problemOf(() -> staff.as("t-reviewer", () -> copies.copy(township.taskId(), List.of("t-clerk2"), null))))
                .isEqualTo("task.colleague.out-of-scope");
    }

    @Test
    void theClerkUrgesTheTownshipWhoseReviewersAreNotifiedOnceAnHour() {
        CaseRecord record = openReviewedCase();
        decide("t-specialist", record, Decision.APPROVE, "情况属实");
        WorkItem township = claimable("t-reviewer", record);

        staff.as("t-clerk", () -> urging.urge(township.taskId(), "群众多次来电询问，请尽快审核"));

        for (String reviewer : List.of("t-reviewer", "t-reviewer-b")) {
            List<Notification> mine = staff.as(reviewer, () -> notifications.mine(10));
            assertThat(mine).filteredOn(n -> township.taskId().equals(n.taskId())).singleElement()
                    .satisfies(n -> {
                        assertThat(n.kind()).isEqualTo(NotificationKind.URGE);
                        assertThat(n.caseId()).isEqualTo(record.id());
                        assertThat(n.message()).isEqualTo("群众多次来电询问，请尽快审核");
                    });
        }
        assertThat(staff.as("t-reviewer", () -> notifications.unreadCount())).isPositive();
        assertThat(problemOf(() -> staff.as("t-specialist", () -> urging.urge(township.taskId(), null))))
                .isEqualTo("task.urge.too-soon");
        assertThat(problemOf(() -> staff.as("t-clerk2", () -> urging.urge(township.taskId(), null))))
                .as("another street cannot see it").isEqualTo("task.done-by-other");
        assertThat(timeline(record)).containsExactly(Decision.SUBMIT, Decision.APPROVE, Decision.URGE);
        assertThat(audit.findByTarget(AuditLog.CASE, record.id())).extracting(AuditEvent::action).contains(AuditAction.TASK_URGE);

        Notification first = staff.as("t-reviewer", () -> notifications.mine(10)).get(0);
        long unread = staff.as("t-reviewer", () -> notifications.unreadCount());
        staff.as("t-reviewer", () -> notifications.markRead(first.id()));
        assertThat(staff.as("t-reviewer", () -> notifications.unreadCount())).isEqualTo(unread - 1);
    }
}
