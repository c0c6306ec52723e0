package ${package};

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jiceng.platform.casework.CaseRecord;
import io.jiceng.platform.casework.CaseStatus;
import io.jiceng.platform.casework.Decision;
import io.jiceng.platform.division.DivisionImporter;
import io.jiceng.platform.module.ModuleRegistry;
import io.jiceng.platform.module.ModuleStatistics;
import io.jiceng.platform.problem.InvalidField;
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
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** The module installed in the platform core: a clerk opens a case, the township reviewer approves it. */
@SpringBootTest
class ${classPrefix}IntegrationTest {

    @Autowired ModuleRegistry modules;
    @Autowired DivisionImporter divisions;
    @Autowired StaffService staff;
    @Autowired CurrentStaff currentStaff;
    @Autowired ResidentService residents;
    @Autowired ${classPrefix}Service service;
    @Autowired WorkItemService workItems;
    @Autowired ${classPrefix}Mapper mapper;
    @Autowired ModuleStatistics statistics;

    @Test
    void aCaseOpenedByTheStreetOfficeIsApprovedByItsTownshipReviewer() {
        assertThat(modules.isEnabled(${classPrefix}Module.ID)).isTrue();
        divisions.importFrom("classpath:demo/divisions/");
        staff.create("clerk", "王丽华", "Test@2026", "350583001", EnumSet.of(Role.STREET_CLERK));
        staff.create("reviewer", "林晓燕", "Test@2026", "350583001", EnumSet.of(Role.TOWNSHIP_REVIEWER));

        CaseRecord record = currentStaff.runAs("clerk", () -> {
            ResidentForm form = new ResidentForm();
            form.setIdNumber(IdNumber.withCheckChar("35058319560412123"));
            form.setName("陈秀英");
            form.setDivisionCode("350583001001");
            Resident resident = residents.register(form);
            return service.submit(resident.id(), "需要入户核实");
        });
        assertThat(record.caseNo()).startsWith("${casePrefix}-");
        assertThatThrownBy(() -> currentStaff.runAs("clerk", () -> service.submit(record.residentId(), " ")))
                .as("the intake refuses a case without a reason").isInstanceOf(InvalidField.class);
        assertThat(mapper.findByCase(record.id())).isPresent();

        WorkItem task = currentStaff.runAs("reviewer", () ->
                workItems.inbox(WorkItemFilter.of(WorkItemScope.CLAIMABLE)).items().get(0));
        assertThat(task.caseRecord().id()).isEqualTo(record.id());
        currentStaff.runAs("reviewer", () -> {
            workItems.complete(task.taskId(), Decision.APPROVE, "同意");
            return null;
        });

        assertThat(currentStaff.runAs("clerk", () -> workItems.openFor(record))).isEmpty();
        assertThat(currentStaff.runAs("clerk", () -> residents.get(record.residentId()))).isNotNull();
        assertThat(currentStaff.runAs("clerk", () -> service.statusOf(record.id()))).isEqualTo(CaseStatus.APPROVED);
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        assertThat(currentStaff.runAs("clerk", () -> statistics.report(null, today, today.plusDays(1))))
                .contains(new ModuleStatistics.IndicatorValue(${classPrefix}Module.ID, "opened", "${moduleId}.indicator.opened", 1));
    }

    @Test
    void theModuleReportsTheVersionOfItsPom() {
        assertThat(modules.installed()).filteredOn(m -> m.id().equals(${classPrefix}Module.ID))
                .singleElement().satisfies(m -> assertThat(m.descriptor().version()).isEqualTo("${version}"));
    }
}
