package io.jiceng.platform.workitem;

import static org.assertj.core.api.Assertions.assertThat;

import io.jiceng.platform.StaffFixture;
import io.jiceng.platform.casework.CaseRecord;
import io.jiceng.platform.casework.CaseService;
import io.jiceng.platform.casework.CaseStatus;
import io.jiceng.platform.casework.Decision;
import io.jiceng.platform.correction.CorrectionService;
import io.jiceng.platform.problem.Problem;
import io.jiceng.platform.resident.CorrectableField;
import io.jiceng.platform.resident.IdNumber;
import io.jiceng.platform.resident.Resident;
import io.jiceng.platform.resident.ResidentForm;
import io.jiceng.platform.resident.ResidentService;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** Completing tasks at scale and at the same moment: batch approval, and two reviewers on one task. */
@SpringBootTest
class TaskCompletionIntegrationTest {

    private static final AtomicInteger SEQUENCE = new AtomicInteger(300);

    @Autowired StaffFixture staff;
    @Autowired ResidentService residents;
    @Autowired CorrectionService corrections;
    @Autowired CaseService cases;
    @Autowired WorkItemService workItems;

    @BeforeEach
    void setUp() {
        staff.ensure();
    }

    private CaseRecord submitRequest() {
        ResidentForm form = new ResidentForm();
        form.setIdNumber(IdNumber.withCheckChar("35058319610707" + SEQUENCE.incrementAndGet()));
        form.setName("苏玉兰");
        form.setDivisionCode(StaffFixture.XIMEI_COMMUNITY);
        Resident resident = staff.as("t-clerk", () -> residents.register(form));
        return staff.as("t-clerk", () -> corrections.submit(resident.id(), CorrectableField.PHONE,
                "1390595" + SEQUENCE.get() + "0", "号码变更"));
    }

    private String taskOf(CaseRecord record) {
        return staff.as("t-reviewer", () -> workItems.inbox(WorkItemFilter.of(WorkItemScope.CLAIMABLE)).items().stream()
                .filter(item -> item.caseRecord().id().equals(record.id())).findFirst().orElseThrow().taskId());
    }

    @Test
    void aBatchApprovalReportsEachTaskAndATaskThatCannotBeDoneStopsNoOther() {
        CaseRecord first = submitRequest();
        CaseRecord second = submitRequest();
        CaseRecord alreadyDone = submitRequest();
        String doneTask = taskOf(alreadyDone);
        staff.as("t-reviewer", () -> workItems.complete(doneTask, Decision.REJECT, "已核实"));

        List<BatchResult> results = staff.as("t-reviewer", () ->
                workItems.completeAll(List.of(taskOf(first), doneTask, taskOf(second)), Decision.APPROVE, "材料齐全，同意。"));

        assertThat(results).extracting(BatchResult::succeeded).containsExactly(true, false, true);
        assertThat(results.get(0).caseNo()).isEqualTo(first.caseNo());
        assertThat(results.get(1).problem().messageKey()).isEqualTo("task.done-by-other");
        assertThat(staff.as("t-clerk", () -> cases.get(first.id())).status()).isEqualTo(CaseStatus.APPROVED);
        assertThat(staff.as("t-clerk", () -> cases.get(second.id())).status()).isEqualTo(CaseStatus.APPROVED);
        assertThat(staff.as("t-clerk", () -> cases.get(alreadyDone.id())).status()).isEqualTo(CaseStatus.REJECTED);
        assertThat(staff.as("t-clerk", () -> cases.opinions(alreadyDone.id()))).hasSize(2);
    }

    @Test
    void twoReviewersCompletingTheSameTaskAtOnceOneWinsTheOtherIsToldAndNothingIsDoubled() throws Exception {
        CaseRecord record = submitRequest();
        String task = taskOf(record);
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        List<Future<String>> outcomes = new ArrayList<>();
        for (String reviewer : List.of("t-reviewer", "t-reviewer-b")) {
            Callable<String> attempt = () -> {
                start.await();
                try {
                    staff.as(reviewer, () -> workItems.complete(task, Decision.APPROVE, "同意（" + reviewer + "）"));
                    return "done";
                } catch (Problem problem) {
                    return problem.messageKey();
                }
            };
            outcomes.add(pool.submit(attempt));
        }
        start.countDown();
        List<String> results = new ArrayList<>();
        for (Future<String> outcome : outcomes) {
            results.add(outcome.get(60, TimeUnit.SECONDS));
        }
        pool.shutdown();

        assertThat(results).containsOnlyOnce("done");
        assertThat(results).filteredOn(r -> !r.equals("done")).singleElement()
                .isIn("task.done-by-other", "task.claimed-by-other", "task.claimed-just-now");
        assertThat(staff.as("t-clerk", () -> cases.opinions(record.id()))).extracting(o -> o.decision())
                .containsExactly(Decision.SUBMIT, Decision.APPROVE);
        assertThat(staff.as("t-clerk", () -> cases.get(record.id())).status()).isEqualTo(CaseStatus.APPROVED);
    }

    private WorkItem mine(String username, CaseRecord record) {
        return staff.as(username, () -> workItems.openFor(record)).stream()
                .filter(item -> item.isAssignedTo(username)).findFirst().orElse(null);
    }

    private String problemOf(Runnable action) {
        try {
            action.run();
            return null;
        } catch (Problem problem) {
            return problem.messageKey();
        }
    }

    @Test
    void aDelegatedTaskComesBackToTheDelegatorWithTheColleaguesOpinion() {
        CaseRecord record = submitRequest();
        String task = taskOf(record);
        staff.as("t-reviewer", () -> workItems.claim(task));

        staff.as("t-reviewer", () -> workItems.delegate(task, "t-reviewer-b", "请核实号码"));

        WorkItem delegated = mine("t-reviewer-b", record);
        assertThat(delegated.decisions()).containsExactly(Decision.RESOLVE);
        assertThat(problemOf(() -> staff.as("t-reviewer-b", () -> workItems.complete(task, Decision.APPROVE, "同意"))))
                .isEqualTo("task.decision-not-allowed");
        staff.as("t-reviewer-b", () -> workItems.complete(task, Decision.RESOLVE, "已电话核实，号码属实"));

        WorkItem back = mine("t-reviewer", record);
        assertThat(back.decisions()).contains(Decision.APPROVE);
        staff.as("t-reviewer", () -> workItems.complete(task, Decision.APPROVE, "同意"));
        assertThat(staff.as("t-clerk", () -> cases.opinions(record.id()))).extracting(o -> o.decision())
                .containsExactly(Decision.SUBMIT, Decision.DELEGATE, Decision.RESOLVE, Decision.APPROVE);
        assertThat(staff.as("t-clerk", () -> cases.get(record.id())).status()).isEqualTo(CaseStatus.APPROVED);
    }

    @Test
    void aTaskIsTransferredOnlyToAColleagueOfTheSameRoleWhoFinishesIt() {
        CaseRecord record = submitRequest();
        String task = taskOf(record);
        staff.as("t-reviewer", () -> workItems.claim(task));

        assertThat(problemOf(() -> staff.as("t-reviewer", () -> workItems.transfer(task, "t-clerk", null))))
                .isEqualTo("task.transfer.not-same-role");
        assertThat(problemOf(() -> staff.as("t-reviewer", () -> workItems.transfer(task, "t-reviewer2", null))))
                .isEqualTo("task.colleague.out-of-scope");
        staff.as("t-reviewer", () -> workItems.transfer(task, "t-reviewer-b", "本人休假"));

        assertThat(mine("t-reviewer", record)).isNull();
        staff.as("t-reviewer-b", () -> workItems.complete(task, Decision.APPROVE, "同意"));
        assertThat(staff.as("t-clerk", () -> cases.get(record.id())).status()).isEqualTo(CaseStatus.APPROVED);
    }
}
