package io.jiceng.modules.assistance;

import static org.assertj.core.api.Assertions.assertThat;

import io.jiceng.modules.assistance.award.AwardForm;
import io.jiceng.modules.assistance.award.Child;
import io.jiceng.platform.casework.CaseIntakes;
import io.jiceng.platform.casework.CaseRecord;
import io.jiceng.platform.casework.CaseRequest;
import io.jiceng.platform.casework.CaseService;
import io.jiceng.platform.casework.Decision;
import io.jiceng.platform.division.DivisionImporter;
import io.jiceng.platform.notice.Notice;
import io.jiceng.platform.notice.NoticePublication;
import io.jiceng.platform.notice.PublicNotices;
import io.jiceng.platform.resident.IdNumber;
import io.jiceng.platform.resident.Resident;
import io.jiceng.platform.resident.ResidentForm;
import io.jiceng.platform.resident.ResidentService;
import io.jiceng.platform.staff.CurrentStaff;
import io.jiceng.platform.staff.Role;
import io.jiceng.platform.staff.StaffService;
import io.jiceng.platform.workitem.WorkItem;
import io.jiceng.platform.workitem.WorkItemFilter;
import io.jiceng.platform.workitem.WorkItemScope;
import io.jiceng.platform.workitem.WorkItemService;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.runtime.Job;
import org.springframework.context.ApplicationContext;

/**
 * The people of 溪美街道 at work on award applications, over the beans of one running application: a street clerk,
 * the village specialist of 溪美社区, the township reviewer, the county approver; and 柳城街道's clerk next door.
 */
class AwardDesk {

    static final String COUNTY = "350583";
    static final String XIMEI = "350583001";
    static final String XIMEI_COMMUNITY = "350583001001";
    static final String LIUCHENG = "350583002";
    private static final AtomicInteger SEQUENCE = new AtomicInteger(100);

    final ResidentService residents;
    final CaseService cases;
    final CaseIntakes intakes;
    final WorkItemService workItems;
    final PublicNotices notices;
    final CurrentStaff currentStaff;
    final ManagementService management;

    AwardDesk(ApplicationContext context) {
        residents = context.getBean(ResidentService.class);
        cases = context.getBean(CaseService.class);
        intakes = context.getBean(CaseIntakes.class);
        workItems = context.getBean(WorkItemService.class);
        notices = context.getBean(PublicNotices.class);
        currentStaff = context.getBean(CurrentStaff.class);
        management = context.getBean(ManagementService.class);
        ensureStaff(context.getBean(StaffService.class), context.getBean(DivisionImporter.class));
    }

    private static synchronized void ensureStaff(StaffService staff, DivisionImporter divisions) {
        if (staff.find("pa-clerk").isPresent()) {
            return;
        }
        divisions.importFrom("classpath:demo/divisions/");
        staff.create("pa-clerk", "王丽华", "Test@2026", XIMEI, EnumSet.of(Role.STREET_CLERK));
        staff.create("pa-specialist", "黄美玲", "Test@2026", XIMEI_COMMUNITY, EnumSet.of(Role.COMMUNITY_SPECIALIST));
        staff.create("pa-reviewer", "林晓燕", "Test@2026", XIMEI, EnumSet.of(Role.TOWNSHIP_REVIEWER));
        staff.create("pa-county", "陈建国", "Test@2026", COUNTY, EnumSet.of(Role.COUNTY_APPROVER));
        staff.create("pa-clerk2", "李明辉", "Test@2026", LIUCHENG, EnumSet.of(Role.STREET_CLERK));
    }

    <T> T as(String username, Supplier<T> work) {
        return currentStaff.runAs(username, work);
    }

    /** A resident of 溪美社区 born on the date (yyyyMMdd), a different one each time. */
    Resident resident(String name, String birthDate, boolean female) {
        return residentOf(XIMEI_COMMUNITY, name, birthDate, female);
    }

    /** A woman of another village born on the date (yyyyMMdd). */
    Resident residentOf(String village, String name, String birthDate) {
        return residentOf(village, name, birthDate, true);
    }

    private Resident residentOf(String village, String name, String birthDate, boolean female) {
        int sequence = SEQUENCE.incrementAndGet();
        String idNumber = IdNumber.withCheckChar("350583" + birthDate + String.format("%02d", sequence % 100) + (female ? "2" : "1"));
        ResidentForm form = new ResidentForm();
        form.setIdNumber(idNumber);
        form.setName(name);
        form.setDivisionCode(village);
        return as("pa-clerk", () -> residents.register(form));
    }

    /** A rural couple's application for the national rural award, with two living daughters. */
    static AwardForm ruralAward(int year) {
        AwardForm form = new AwardForm();
        form.setSchemeCode("rural-award");
        form.setConfirmYear(year);
        form.setRuralHousehold(true);
        form.addChild(new Child("大女", "F", 1986, true, null)).addChild(new Child("二女", "F", 1990, true, null));
        return form;
    }

    /** Opens the application as POST /api/v1/cases does. */
    CaseRecord applyOverTheApi(Resident resident, int year) {
        Map<String, Object> data = Map.of("scheme", "rural-award", "confirmYear", year, "ruralHousehold", true,
                "children", List.of(Map.of("sex", "F", "birthYear", 1986, "alive", true),
                        Map.of("sex", "F", "birthYear", 1990, "alive", true)));
        return as("pa-clerk", () -> intakes.open(new CaseRequest(PreciseAssistanceModule.ID, PreciseAssistanceModule.AWARD,
                resident.id(), resident.divisionCode(), data)));
    }

    void decide(String username, CaseRecord record, Decision decision, String opinion) {
        WorkItem item = as(username, () -> workItems.inbox(WorkItemFilter.of(WorkItemScope.CLAIMABLE)).items().stream()
                .filter(i -> i.caseRecord().id().equals(record.id())).findFirst().orElse(null));
        assertThat(item).as(username + " finds " + record.caseNo()).isNotNull();
        as(username, () -> {
            workItems.complete(item.taskId(), decision, opinion);
            return null;
        });
    }

    void approveAtAllLevels(CaseRecord record) {
        decide("pa-specialist", record, Decision.APPROVE, "情况属实");
        decide("pa-reviewer", record, Decision.APPROVE, "同意");
        decide("pa-county", record, Decision.APPROVE, "同意");
    }

    Notice publish(List<Long> caseIds) {
        return as("pa-clerk", () -> notices.publish(new NoticePublication(PreciseAssistanceModule.AWARD_NOTICE, XIMEI, caseIds)));
    }

    void closeByItsTimer(Notice notice) {
        Job timer = management.createJobQuery().processInstanceId(notice.processInstanceId()).singleResult();
        management.executeJob(timer.getId());
        // each released entry goes on in a job of its own
        management.createJobQuery().executable().list().forEach(job -> management.executeJob(job.getId()));
    }

    /** Applied, approved at village, township and county, noticed without objection. */
    CaseRecord confirm(Resident resident, int year) {
        CaseRecord record = applyOverTheApi(resident, year);
        approveAtAllLevels(record);
        closeByItsTimer(publish(List.of(record.id())));
        return record;
    }
}
