package io.jiceng.platform.correction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jiceng.platform.StaffFixture;
import io.jiceng.platform.audit.AuditAction;
import io.jiceng.platform.audit.AuditEvent;
import io.jiceng.platform.audit.AuditLog;
import io.jiceng.platform.casework.CaseRecord;
import io.jiceng.platform.casework.CaseService;
import io.jiceng.platform.casework.CaseStatus;
import io.jiceng.platform.casework.Decision;
import io.jiceng.platform.casework.Opinion;
import io.jiceng.platform.problem.NotFound;
import io.jiceng.platform.problem.Problem;
import io.jiceng.platform.resident.CorrectableField;
import io.jiceng.platform.resident.IdNumber;
import io.jiceng.platform.resident.Resident;
import io.jiceng.platform.resident.ResidentForm;
import io.jiceng.platform.resident.ResidentService;
import io.jiceng.platform.workitem.WorkItem;
import io.jiceng.platform.workitem.WorkItemFilter;
import io.jiceng.platform.workitem.WorkItemScope;
import io.jiceng.platform.workitem.WorkItemService;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** A correction request through the whole core: resident, case, process, inbox, decision, audit, scoping. */
@SpringBootTest
class CorrectionWorkflowIntegrationTest {

    private static final AtomicInteger SEQUENCE = new AtomicInteger(500);

    @Autowired StaffFixture staff;
    @Autowired ResidentService residents;
    @Autowired CorrectionService corrections;
    @Autowired CaseService cases;
    @Autowired WorkItemService workItems;
    @Autowired AuditLog audit;

    @BeforeEach
    void setUp() {
        staff.ensure();
    }

    private Resident registerInXimei() {
        ResidentForm form = new ResidentForm();
        form.setIdNumber(IdNumber.withCheckChar("350583" + "19560412" + SEQUENCE.incrementAndGet()));
        form.setName("陈秀英");
        form.setPhone("13905950001");
        form.setDivisionCode(StaffFixture.XIMEI_COMMUNITY);
        return staff.as("t-clerk", () -> residents.register(form));
    }

    private WorkItem claimableFor(String reviewer, CaseRecord record) {
        return staff.as(reviewer, () -> workItems.inbox(WorkItemFilter.of(WorkItemScope.CLAIMABLE)).items().stream()
                .filter(item -> item.caseRecord().id().equals(record.id())).findFirst().orElse(null));
    }

    @Test
    void anApprovedCorrectionChangesTheRecordAndKeepsTheOldVersion() {
        Resident resident = registerInXimei();
        CaseRecord record = staff.as("t-clerk", () ->
                corrections.submit(resident.id(), CorrectableField.PHONE, "13905959999", "本人手机号码已变更"));

        assertThat(record.caseNo()).matches("RC-\\d{4}-\\d{6}");
        assertThat(record.status()).isEqualTo(CaseStatus.IN_REVIEW);

        WorkItem task = claimableFor("t-reviewer", record);
        assertThat(task).isNotNull();
        assertThat(task.stepName()).isEqualTo("街道审核");
        assertThat(task.decisions()).containsExactly(Decision.APPROVE, Decision.RETURN, Decision.REJECT);
        assertThat(task.dueAt()).isNotNull();

        staff.as("t-reviewer", () -> workItems.complete(task.taskId(), Decision.APPROVE, "同意"));

        Resident after = staff.as("t-clerk", () -> residents.get(resident.id()));
        assertThat(after.phone()).isEqualTo("13905959999");
        assertThat(after.version()).isEqualTo(resident.version() + 1);
        CaseRecord closed = staff.as("t-clerk", () -> cases.get(record.id()));
        assertThat(closed.status()).isEqualTo(CaseStatus.APPROVED);
        assertThat(closed.closedAt()).isNotNull();
        List<Opinion> opinions = staff.as("t-clerk", () -> cases.opinions(record.id()));
        assertThat(opinions).extracting(Opinion::decision).containsExactly(Decision.SUBMIT, Decision.APPROVE);
        assertThat(opinions.get(1).staffName()).isEqualTo("林晓燕");
        assertThat(audit.findByTarget(AuditLog.RESIDENT, resident.id())).extracting(AuditEvent::action)
                .containsExactly(AuditAction.RESIDENT_CREATE, AuditAction.RESIDENT_UPDATE);
        assertThat(audit.findByTarget(AuditLog.CASE, record.id())).extracting(AuditEvent::username)
                .contains("t-clerk", "t-reviewer");
    }

    @Test
    void aReturnedRequestComesBackToTheClerkWhoResubmitsIt() {
        Resident resident = registerInXimei();
        CaseRecord record = staff.as("t-clerk", () ->
                corrections.submit(resident.id(), CorrectableField.ADDRESS, "成功街1号", "门牌号错误"));
        WorkItem review = claimableFor("t-reviewer", record);

        assertThatThrownBy(() -> staff.as("t-reviewer", () -> workItems.complete(review.taskId(), Decision.RETURN, " ")))
                .isInstanceOf(Problem.class).extracting("messageKey").isEqualTo("opinion.required");
        staff.as("t-reviewer", () -> workItems.complete(review.taskId(), Decision.RETURN, "请补充门牌证明"));

        assertThat(staff.as("t-clerk", () -> cases.get(record.id())).status()).isEqualTo(CaseStatus.RETURNED);
        List<WorkItem> mine = staff.as("t-clerk", () -> workItems.inbox(WorkItemFilter.of(WorkItemScope.MINE)).items());
        WorkItem revise = mine.stream().filter(i -> i.caseRecord().id().equals(record.id())).findFirst().orElseThrow();
        assertThat(revise.decisions()).containsExactly(Decision.RESUBMIT, Decision.WITHDRAW);

        staff.as("t-clerk", () -> corrections.resubmit(revise.taskId(), "成功街11号", "已补充门牌证明"));

        assertThat(staff.as("t-clerk", () -> corrections.get(record.id())).newValue()).isEqualTo("成功街11号");
        assertThat(claimableFor("t-reviewer", record)).isNotNull();
        assertThat(staff.as("t-clerk", () -> cases.get(record.id())).status()).isEqualTo(CaseStatus.IN_REVIEW);
    }

    @Test
    void staffOfAnotherStreetCannotSeeOrCompleteTheCase() {
        Resident resident = registerInXimei();
        CaseRecord record = staff.as("t-clerk", () ->
                corrections.submit(resident.id(), CorrectableField.PHONE, "13905958888", "号码变更"));
        WorkItem task = claimableFor("t-reviewer", record);

        assertThat(claimableFor("t-reviewer2", record)).isNull();
        // a task outside the reviewer's subtree is not shown as existing: as if someone had done it
        assertThatThrownBy(() -> staff.as("t-reviewer2", () -> workItems.complete(task.taskId(), Decision.APPROVE, "同意")))
                .isInstanceOf(Problem.class).hasFieldOrPropertyWithValue("messageKey", "task.done-by-other");
        assertThatThrownBy(() -> staff.as("t-reviewer2", () -> workItems.claim(task.taskId())))
                .isInstanceOf(Problem.class).hasFieldOrPropertyWithValue("messageKey", "task.done-by-other");
        assertThatThrownBy(() -> staff.as("t-clerk2", () -> cases.get(record.id()))).isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> staff.as("t-clerk2", () -> residents.get(resident.id()))).isInstanceOf(NotFound.class);
        assertThat(staff.as("t-clerk2", () -> residents.search(
                new io.jiceng.platform.resident.ResidentQuery(resident.idNumber(), null, 0, 10)).total())).isZero();
        assertThat(staff.as("t-clerk", () -> cases.get(record.id())).status()).isEqualTo(CaseStatus.IN_REVIEW);
    }

    @Test
    void theSecondOfTwoReviewersCompletingTheSameTaskIsToldItIsDone() {
        Resident resident = registerInXimei();
        CaseRecord record = staff.as("t-clerk", () ->
                corrections.submit(resident.id(), CorrectableField.PHONE, "13905957777", "号码变更"));
        WorkItem task = claimableFor("t-reviewer", record);
        staff.as("t-reviewer", () -> workItems.complete(task.taskId(), Decision.REJECT, "经核实原号码正确"));

        assertThatThrownBy(() -> staff.as("t-reviewer", () -> workItems.complete(task.taskId(), Decision.APPROVE, "同意")))
                .isInstanceOf(Problem.class).extracting("messageKey").isEqualTo("task.done-by-other");
        assertThat(staff.as("t-clerk", () -> cases.opinions(record.id()))).hasSize(2);
        assertThat(staff.as("t-clerk", () -> residents.get(resident.id())).phone()).isEqualTo("13905950001");
    }

    @Test
    void aDuplicateResidentIsRefusedNamingTheExistingRecordMasked() {
        Resident resident = registerInXimei();
        ResidentForm again = new ResidentForm();
        again.setIdNumber(resident.idNumber());
        again.setName("陈秀英");
        again.setDivisionCode(StaffFixture.XIMEI_COMMUNITY);

        assertThatThrownBy(() -> staff.as("t-clerk", () -> residents.register(again)))
                .isInstanceOf(Problem.class)
                .satisfies(e -> assertThat(((Problem) e).messageKey()).isEqualTo("resident.duplicate"))
                .satisfies(e -> assertThat(((Problem) e).arguments()[0]).isEqualTo("陈*英"));
    }

    @Test
    void aClerkCannotRegisterAResidentOutsideTheirStreet() {
        ResidentForm form = new ResidentForm();
        form.setIdNumber(IdNumber.withCheckChar("350583" + "19700101" + SEQUENCE.incrementAndGet()));
        form.setName("洪振华");
        form.setDivisionCode(StaffFixture.LIUCHENG_COMMUNITY);

        assertThatThrownBy(() -> staff.as("t-clerk", () -> residents.register(form)))
                .isInstanceOf(Problem.class).extracting("messageKey").isEqualTo("resident.division.out-of-scope");
    }
}
