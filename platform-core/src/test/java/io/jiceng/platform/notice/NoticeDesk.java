package io.jiceng.platform.notice;

import static org.assertj.core.api.Assertions.assertThat;

import io.jiceng.platform.StaffFixture;
import io.jiceng.platform.casework.CaseRecord;
import io.jiceng.platform.casework.CaseService;
import io.jiceng.platform.casework.CaseStart;
import io.jiceng.platform.casework.CaseStatus;
import io.jiceng.platform.casework.Decision;
import io.jiceng.platform.resident.IdNumber;
import io.jiceng.platform.resident.Resident;
import io.jiceng.platform.resident.ResidentForm;
import io.jiceng.platform.resident.ResidentService;
import io.jiceng.platform.review.ReviewLevels;
import io.jiceng.platform.workitem.WorkItem;
import io.jiceng.platform.workitem.WorkItemFilter;
import io.jiceng.platform.workitem.WorkItemScope;
import io.jiceng.platform.workitem.WorkItemService;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.context.ApplicationContext;

/**
 * The people of Ximei street at work on the fixture module's "noticed" cases (village → township → county review,
 * then the township's public notice), over the beans of one running application.
 */
class NoticeDesk {

    static final String PROCEDURE = "fixture/noticed";
    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    final StaffFixture staff;
    final ResidentService residents;
    final CaseService cases;
    final WorkItemService workItems;
    final PublicNotices notices;

    NoticeDesk(ApplicationContext context) {
        staff = context.getBean(StaffFixture.class);
        residents = context.getBean(ResidentService.class);
        cases = context.getBean(CaseService.class);
        workItems = context.getBean(WorkItemService.class);
        notices = context.getBean(PublicNotices.class);
        staff.ensure();
    }

    /** The clerk applies for a resident of 溪美社区 (born 1950, a different one each time). */
    CaseRecord apply(String name) {
        Resident resident = staff.as("t-clerk", () -> residents.register(residentForm(name)));
        return staff.as("t-clerk", () -> startFor(resident));
    }

    ResidentForm residentForm(String name) {
        ResidentForm form = new ResidentForm();
        form.setIdNumber(IdNumber.withCheckChar("35058319500401" + String.format("%03d", SEQUENCE.incrementAndGet())));
        form.setName(name);
        form.setDivisionCode(StaffFixture.XIMEI_COMMUNITY);
        return form;
    }

    /** Opens a case for the resident, as whoever is at work. */
    CaseRecord startFor(Resident resident) {
        ReviewLevels levels = ReviewLevels.of(ReviewLevels.VILLAGE, ReviewLevels.TOWNSHIP, ReviewLevels.COUNTY);
        return cases.start(new CaseStart("fixture", "noticed", resident.id(), resident.divisionCode(),
                resident.maskedName(), levels.variables()), "申请");
    }

    /** Village, township and county approve in turn. */
    CaseRecord applyAndApprove(String name) {
        CaseRecord record = apply(name);
        decide("t-specialist", record, Decision.APPROVE, "情况属实");
        decide("t-reviewer", record, Decision.APPROVE, "同意");
        decide("t-county", record, Decision.APPROVE, "同意");
        return record;
    }

    WorkItem claimable(String username, CaseRecord record) {
        return staff.as(username, () -> workItems.inbox(WorkItemFilter.of(WorkItemScope.CLAIMABLE)).items().stream()
                .filter(item -> item.caseRecord().id().equals(record.id())).findFirst().orElse(null));
    }

    void decide(String username, CaseRecord record, Decision decision, String opinion) {
        WorkItem item = claimable(username, record);
        assertThat(item).as(username + " finds " + record.caseNo()).isNotNull();
        staff.as(username, () -> workItems.complete(item.taskId(), decision, opinion));
    }

    void resubmit(CaseRecord record, String opinion) {
        WorkItem revise = staff.as("t-clerk", () -> workItems.openFor(record)).get(0);
        staff.as("t-clerk", () -> workItems.complete(revise.taskId(), Decision.RESUBMIT, opinion));
    }

    Notice publish(List<Long> caseIds) {
        return staff.as("t-clerk", () -> notices.publish(new NoticePublication(PROCEDURE, StaffFixture.XIMEI, caseIds)));
    }

    Objection object(Notice notice, CaseRecord record, String reason) {
        return staff.as("t-clerk", () -> notices.object(notice.id(), record.id(),
                new ObjectionForm("群众甲", "13800000000", reason)));
    }

    CaseStatus status(CaseRecord record) {
        return staff.as("t-county", () -> cases.get(record.id())).status();
    }

    Notice notice(Notice notice) {
        return staff.as("t-county", () -> notices.get(notice.id()));
    }
}
