package io.jiceng.platform.review;

import static org.assertj.core.api.Assertions.assertThat;

import io.jiceng.platform.StaffFixture;
import io.jiceng.platform.casework.CaseRecord;
import io.jiceng.platform.casework.CaseService;
import io.jiceng.platform.casework.CaseStart;
import io.jiceng.platform.casework.CaseStatus;
import io.jiceng.platform.casework.Decision;
import io.jiceng.platform.casework.Opinion;
import io.jiceng.platform.resident.IdNumber;
import io.jiceng.platform.resident.Resident;
import io.jiceng.platform.resident.ResidentForm;
import io.jiceng.platform.resident.ResidentService;
import io.jiceng.platform.workitem.WorkItem;
import io.jiceng.platform.workitem.WorkItemFilter;
import io.jiceng.platform.workitem.WorkItemScope;
import io.jiceng.platform.workitem.WorkItemService;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * A module's case through the shared multi-level review (village → township → county) with the platform's
 * inbox: each level's reviewers find it, a returned case comes back to the level that returned it.
 */
@SpringBootTest
class MultiLevelReviewIntegrationTest {

    private static final java.util.concurrent.atomic.AtomicInteger SEQUENCE = new java.util.concurrent.atomic.AtomicInteger();

    @Autowired StaffFixture staff;
    @Autowired ResidentService residents;
    @Autowired CaseService cases;
    @Autowired WorkItemService workItems;

    private CaseRecord openReviewedCase() {
        staff.ensure();
        ResidentForm form = new ResidentForm();
        form.setIdNumber(IdNumber.withCheckChar("350583195003159" + String.format("%02d", SEQUENCE.incrementAndGet())));
        form.setName("洪振华");
        form.setDivisionCode(StaffFixture.XIMEI_COMMUNITY);
        Resident resident = staff.as("t-clerk", () -> residents.register(form));
        ReviewLevels levels = ReviewLevels.of(ReviewLevels.VILLAGE, ReviewLevels.TOWNSHIP, ReviewLevels.COUNTY);
        return staff.as("t-clerk", () -> cases.start(new CaseStart("fixture", "reviewed", resident.id(),
                resident.divisionCode(), resident.maskedName(), levels.variables()), "申请"));
    }

    private WorkItem claimable(String reviewer, CaseRecord record) {
        return staff.as(reviewer, () -> workItems.inbox(WorkItemFilter.of(WorkItemScope.CLAIMABLE)).items().stream()
                .filter(item -> item.caseRecord().id().equals(record.id())).findFirst().orElse(null));
    }

    private void decide(String reviewer, CaseRecord record, String expectedStep, Decision decision, String opinion) {
        WorkItem item = claimable(reviewer, record);
        assertThat(item).as(reviewer + " finds the case").isNotNull();
        assertThat(item.stepName()).isEqualTo(expectedStep);
        staff.as(reviewer, () -> workItems.complete(item.taskId(), decision, opinion));
    }

    @Test
    void aCaseReturnedByTheTownshipComesBackToTheTownshipAndIsApprovedByTheCounty() {
        CaseRecord record = openReviewedCase();
        assertThat(claimable("t-reviewer", record)).isNull();

        decide("t-specialist", record, "村级审核", Decision.APPROVE, "情况属实");
        assertThat(claimable("t-reviewer2", record)).as("the neighbouring street sees nothing").isNull();
        decide("t-reviewer", record, "乡镇审核", Decision.RETURN, "请补充户口簿");
        assertThat(staff.as("t-clerk", () -> cases.get(record.id())).status()).isEqualTo(CaseStatus.RETURNED);

        WorkItem revise = staff.as("t-clerk", () -> workItems.openFor(record)).get(0);
        assertThat(revise.decisions()).containsExactly(Decision.RESUBMIT, Decision.WITHDRAW);
        staff.as("t-clerk", () -> workItems.complete(revise.taskId(), Decision.RESUBMIT, "已补充"));

        assertThat(claimable("t-specialist", record)).as("not back to the village").isNull();
        decide("t-reviewer", record, "乡镇审核", Decision.APPROVE, "同意");
        decide("t-county", record, "县级审批", Decision.APPROVE, "同意");

        CaseRecord closed = staff.as("t-clerk", () -> cases.get(record.id()));
        assertThat(closed.status()).isEqualTo(CaseStatus.APPROVED);
        List<Opinion> opinions = staff.as("t-clerk", () -> cases.opinions(record.id()));
        assertThat(opinions).extracting(Opinion::stepName)
                .containsExactly("start", "村级审核", "乡镇审核", "修改后重新提交", "乡镇审核", "县级审批");
    }

    @Test
    void aCountyRejectionEndsTheCaseRejected() {
        CaseRecord record = openReviewedCase();
        decide("t-specialist", record, "村级审核", Decision.APPROVE, "情况属实");
        decide("t-reviewer", record, "乡镇审核", Decision.APPROVE, "同意");

        decide("t-county", record, "县级审批", Decision.REJECT, "不符合条件");

        assertThat(staff.as("t-clerk", () -> cases.get(record.id())).status()).isEqualTo(CaseStatus.REJECTED);
    }
}
