package io.jiceng.modules.assistance;

import static org.assertj.core.api.Assertions.assertThat;

import io.jiceng.modules.assistance.family.FamilyCase;
import io.jiceng.modules.assistance.project.ProjectService;
import io.jiceng.modules.assistance.project.ProjectUsage;
import io.jiceng.platform.casework.CaseQuery;
import io.jiceng.platform.casework.CaseRecord;
import io.jiceng.platform.casework.CaseService;
import io.jiceng.platform.staff.CurrentStaff;
import io.jiceng.platform.workitem.WorkItemService;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** The embedded default's demo: households of 溪美街道 in different stages, and this year's projects with payments. */
// a context of its own: the demo loaded at start, as on the embedded default
@SpringBootTest(properties = {"platform.demo-data.enabled=true", "camunda.bpm.process-engine-name=demo",
        "spring.datasource.url=jdbc:h2:mem:precise-assistance-demo;DB_CLOSE_DELAY=-1"})
class AssistanceDemoDataTest {

    @Autowired CaseService cases;
    @Autowired WorkItemService workItems;
    @Autowired ProjectService projects;
    @Autowired CurrentStaff currentStaff;

    @Test
    void theDemoShowsHouseholdsAtDifferentStepsAndProjectsWithBudgetsAndPayments() {
        List<CaseRecord> households = currentStaff.runAs("clerk", () -> cases.search(new CaseQuery(FamilyCase.MODULE_ID,
                FamilyCase.CASE_TYPE, null, "350583001001", null, 0, 10)).cases());
        assertThat(households).hasSize(3);
        assertThat(households).allSatisfy(h -> assertThat(h.divisionCode()).isEqualTo("350583001001"));
        List<String> waitingAt = currentStaff.runAs("clerk", () -> households.stream()
                .flatMap(h -> workItems.waitingSteps(h).stream()).map(w -> w.stepKey()).sorted().toList());
        assertThat(waitingAt).as("the household in its care period has no step open until its first visit")
                .containsExactly("assessment", "team");

        List<ProjectUsage> report = currentStaff.runAs("clerk",
                () -> projects.report(LocalDate.now(ZoneId.of("Asia/Shanghai")).getYear()));
        assertThat(report).hasSize(5);
        assertThat(report).extracting(u -> u.project().kind())
                .containsExactlyInAnyOrder("HOUSING", "EDUCATION", "LIVELIHOOD", "FAMILY_CARE", "INSURANCE");
        assertThat(report.stream().mapToLong(ProjectUsage::disbursements).sum()).isEqualTo(2);
        assertThat(report.stream().mapToLong(ProjectUsage::households).sum()).isEqualTo(2);
    }
}
