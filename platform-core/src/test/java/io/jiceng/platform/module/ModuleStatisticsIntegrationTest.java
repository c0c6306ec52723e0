package io.jiceng.platform.module;

import static org.assertj.core.api.Assertions.assertThat;

import io.jiceng.platform.StaffFixture;
import io.jiceng.platform.casework.CaseRecord;
import io.jiceng.platform.casework.Decision;
import io.jiceng.platform.correction.CorrectionService;
import io.jiceng.platform.resident.CorrectableField;
import io.jiceng.platform.resident.IdNumber;
import io.jiceng.platform.resident.Resident;
import io.jiceng.platform.resident.ResidentForm;
import io.jiceng.platform.resident.ResidentService;
import io.jiceng.platform.workitem.WorkItemFilter;
import io.jiceng.platform.workitem.WorkItemScope;
import io.jiceng.platform.workitem.WorkItemService;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** Statistics per division and period, through the module contract, limited to the user's subtree. */
@SpringBootTest
class ModuleStatisticsIntegrationTest {

    @Autowired StaffFixture staff;
    @Autowired ResidentService residents;
    @Autowired CorrectionService corrections;
    @Autowired WorkItemService workItems;
    @Autowired ModuleStatistics statistics;

    private long value(List<ModuleStatistics.IndicatorValue> report, String indicator) {
        return report.stream().filter(v -> v.moduleId().equals("core") && v.indicatorId().equals(indicator))
                .mapToLong(ModuleStatistics.IndicatorValue::value).sum();
    }

    @Test
    void casesOpenedAndApprovedAreCountedForTheStreetAndTheDayButNotForTheNeighbouringStreet() {
        StaffFixture.Street street = staff.freshStreet();
        ResidentForm form = new ResidentForm();
        form.setIdNumber(IdNumber.withCheckChar("35058319480101901"));
        form.setName("傅碧霞");
        form.setDivisionCode(street.community());
        Resident resident = staff.as(street.clerk(), () -> residents.register(form));
        CaseRecord approved = staff.as(street.clerk(), () -> corrections.submit(resident.id(), CorrectableField.PHONE, "13905950101", "号码变更"));
        staff.as(street.clerk(), () -> corrections.submit(resident.id(), CorrectableField.ADDRESS, "成功街2号", "门牌变更"));
        staff.as(street.reviewer(), () -> workItems.inbox(WorkItemFilter.of(WorkItemScope.CLAIMABLE)).items().stream()
                .filter(item -> item.caseRecord().id().equals(approved.id()))
                .forEach(item -> workItems.complete(item.taskId(), Decision.APPROVE, "同意")));
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));

        var ours = staff.as(street.reviewer(), () -> statistics.report(street.code(), today, today.plusDays(1)));
        assertThat(value(ours, "cases-opened")).isEqualTo(2);
        assertThat(value(ours, "cases-approved")).isEqualTo(1);
        assertThat(value(ours, "cases-rejected")).isZero();
        var yesterday = staff.as(street.reviewer(), () -> statistics.report(street.code(), today.minusDays(1), today));
        assertThat(value(yesterday, "cases-opened")).isZero();
        StaffFixture.Street neighbour = staff.freshStreet();
        assertThat(value(staff.as(neighbour.reviewer(), () -> statistics.report(null, today, today.plusDays(1))), "cases-opened")).isZero();
        assertThat(staff.as(neighbour.reviewer(), () -> statistics.report(street.code(), today, today.plusDays(1)))).isEmpty();
    }
}
