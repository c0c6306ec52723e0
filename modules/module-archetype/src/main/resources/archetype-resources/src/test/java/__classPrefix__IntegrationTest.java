package ${package};

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jiceng.platform.casework.CaseRecord;
import io.jiceng.platform.casework.CaseStatus;
import io.jiceng.platform.casework.Decision;
import io.jiceng.platform.division.DivisionImporter;
import io.jiceng.platform.division.DivisionService;
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
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The module installed in the platform core: a clerk opens a case, the township reviewer approves it.
 * All tests of the module share this one Spring context and its database; each isolates itself by its own data
 * (staff named after the module, a resident of its own, its own case), never by what another test left.
 */
@SpringBootTest
class ${classPrefix}IntegrationTest {

    private static final String STREET = "350583001";
    private static final String CLERK = "${moduleId}-clerk";
    private static final String REVIEWER = "${moduleId}-reviewer";
    private static final AtomicInteger RESIDENTS = new AtomicInteger();

    @Autowired ModuleRegistry modules;
    @Autowired DivisionImporter divisionImporter;
    @Autowired DivisionService divisions;
    @Autowired StaffService staff;
    @Autowired CurrentStaff currentStaff;
    @Autowired ResidentService residents;
    @Autowired ${classPrefix}Service service;
    @Autowired WorkItemService workItems;
    @Autowired ${classPrefix}Mapper mapper;
    @Autowired ModuleStatistics statistics;

    @BeforeEach
    void placeAndStaff() {
        if (divisions.find(STREET + "001").isEmpty()) {
            divisionImporter.importFrom("classpath:demo/divisions/");
        }
        ensureStaff(CLERK, "王丽华", Role.STREET_CLERK);
        ensureStaff(REVIEWER, "林晓燕", Role.TOWNSHIP_REVIEWER);
    }

    @Test
    void aCaseOpenedByTheStreetOfficeIsApprovedByItsTownshipReviewer() {
        assertThat(modules.isEnabled(${classPrefix}Module.ID)).isTrue();
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        long openedBefore = openedIn(today);

        CaseRecord record = currentStaff.runAs(CLERK, () -> service.submit(newResident("陈秀英").id(), "需要入户核实"));
        assertThat(record.caseNo()).startsWith("${casePrefix}-");
        assertThatThrownBy(() -> currentStaff.runAs(CLERK, () -> service.submit(record.residentId(), " ")))
                .as("the intake refuses a case without a reason").isInstanceOf(InvalidField.class);
        assertThat(mapper.findByCase(record.id())).isPresent();

        WorkItem task = currentStaff.runAs(REVIEWER, () -> workItems.inbox(WorkItemFilter.of(WorkItemScope.CLAIMABLE))
                .items().stream().filter(item -> item.caseRecord().id().equals(record.id())).findFirst().orElseThrow());
        currentStaff.runAs(REVIEWER, () -> {
            workItems.complete(task.taskId(), Decision.APPROVE, "同意");
            return null;
        });

        assertThat(currentStaff.runAs(CLERK, () -> workItems.openFor(record))).isEmpty();
        assertThat(currentStaff.runAs(CLERK, () -> service.statusOf(record.id()))).isEqualTo(CaseStatus.APPROVED);
        assertThat(openedIn(today)).as("the indicator counts the case, whatever other tests opened").isEqualTo(openedBefore + 1);
    }

    private long openedIn(LocalDate day) {
        return currentStaff.runAs(CLERK, () -> statistics.report(STREET, day, day.plusDays(1))).stream()
                .filter(value -> value.indicatorId().equals("opened") && value.moduleId().equals(${classPrefix}Module.ID))
                .mapToLong(ModuleStatistics.IndicatorValue::value).sum();
    }

    /** A resident of this test's own: ID numbers differ per call, so no test meets another's duplicate. */
    private Resident newResident(String name) {
        ResidentForm form = new ResidentForm();
        form.setIdNumber(IdNumber.withCheckChar("350583195604" + String.format("%05d", 12000 + RESIDENTS.incrementAndGet())));
        form.setName(name);
        form.setDivisionCode(STREET + "001");
        return residents.register(form);
    }

    private void ensureStaff(String username, String name, Role role) {
        if (staff.find(username).isEmpty()) {
            staff.create(username, name, "Test@2026", STREET, EnumSet.of(role));
        }
    }

    @Test
    void theModuleReportsTheVersionOfItsPom() {
        assertThat(modules.installed()).filteredOn(m -> m.id().equals(${classPrefix}Module.ID))
                .singleElement().satisfies(m -> assertThat(m.descriptor().version()).isEqualTo("${version}"));
    }
}
