package io.jiceng.platform.search;

import static org.assertj.core.api.Assertions.assertThat;

import io.jiceng.platform.StaffFixture;
import io.jiceng.platform.casework.CaseQuery;
import io.jiceng.platform.casework.CaseRecord;
import io.jiceng.platform.casework.CaseService;
import io.jiceng.platform.correction.CorrectionService;
import io.jiceng.platform.resident.CorrectableField;
import io.jiceng.platform.resident.IdNumber;
import io.jiceng.platform.resident.Resident;
import io.jiceng.platform.resident.ResidentForm;
import io.jiceng.platform.resident.ResidentQuery;
import io.jiceng.platform.resident.ResidentService;
import io.jiceng.platform.workitem.WorkItem;
import io.jiceng.platform.workitem.WorkItemFilter;
import io.jiceng.platform.workitem.WorkItemScope;
import io.jiceng.platform.workitem.WorkItemService;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * What a clerk types into a search box is looked for as typed: a household number with an underscore, or a percent
 * sign, does not turn into a wildcard that lists everything (resident register, case list, inbox).
 */
@SpringBootTest
class TypedWildcardsIntegrationTest {

    @Autowired StaffFixture staff;
    @Autowired ResidentService residents;
    @Autowired CorrectionService corrections;
    @Autowired CaseService cases;
    @Autowired WorkItemService workItems;

    @BeforeEach
    void setUp() {
        staff.ensure();
    }

    private Resident register(String idNumberStart, String householdNo) {
        ResidentForm form = new ResidentForm();
        form.setIdNumber(IdNumber.withCheckChar(idNumberStart));
        form.setName("黄丽华");
        form.setHouseholdNo(householdNo);
        form.setDivisionCode(StaffFixture.XIMEI_COMMUNITY);
        return staff.as("t-clerk", () -> residents.register(form));
    }

    @Test
    void anUnderscoreInAHouseholdNumberFindsOnlyThatHousehold() {
        Resident underscored = register("35058319491001011", "XM_49017");
        Resident lookalike = register("35058319491001022", "XMA49017");

        List<Long> found = staff.as("t-clerk", () -> residents.search(new ResidentQuery("XM_4901", null, 0, 50)))
                .residents().stream().map(Resident::id).toList();

        assertThat(found).contains(underscored.id()).doesNotContain(lookalike.id());
    }

    @Test
    void aPercentSignFindsNoCaseAndNoTaskWhoseNumberAndTitleLackIt() {
        Resident resident = register("35058319491001033", null);
        CaseRecord record = staff.as("t-clerk", () -> corrections.submit(resident.id(), CorrectableField.PHONE,
                "13905950177", "电话号码已更换"));

        List<Long> byPercent = staff.as("t-clerk", () -> cases.search(
                new CaseQuery(null, null, null, null, "%", 0, 500))).cases().stream().map(CaseRecord::id).toList();
        List<Long> byNumber = staff.as("t-clerk", () -> cases.search(
                new CaseQuery(null, null, null, null, record.caseNo(), 0, 500))).cases().stream().map(CaseRecord::id).toList();
        List<WorkItem> tasksByPercent = staff.as("t-reviewer", () -> workItems.inbox(new WorkItemFilter(
                WorkItemScope.CLAIMABLE, null, null, false, "%", 0, 500)).items());
        List<WorkItem> tasksByNumber = staff.as("t-reviewer", () -> workItems.inbox(new WorkItemFilter(
                WorkItemScope.CLAIMABLE, null, null, false, record.caseNo(), 0, 500)).items());

        assertThat(byNumber).contains(record.id());
        assertThat(byPercent).doesNotContain(record.id());
        assertThat(tasksByNumber).extracting(item -> item.caseRecord().id()).contains(record.id());
        assertThat(tasksByPercent).extracting(item -> item.caseRecord().id()).doesNotContain(record.id());
    }
}
