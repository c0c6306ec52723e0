package io.jiceng.modules.assistance.project;

import io.jiceng.platform.casework.CaseQuery;
import io.jiceng.platform.casework.CaseRecord;
import io.jiceng.platform.casework.CaseService;
import io.jiceng.platform.module.ModuleDemoData;
import io.jiceng.platform.staff.CurrentStaff;
import io.jiceng.platform.staff.StaffService;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** This year's five projects of 溪美街道 with their budgets, and two payments to the first household in its care period. */
@Component
@Order(20)
public class ProjectDemoData implements ModuleDemoData {

    private static final String STREET = "350583001";
    private static final String COUNTY_USER = "county";
    private static final String CLERK = "clerk";

    private final ProjectMapper mapper;
    private final ProjectService projects;
    private final CaseService cases;
    private final StaffService staff;
    private final CurrentStaff currentStaff;

    public ProjectDemoData(ProjectMapper mapper, ProjectService projects, CaseService cases, StaffService staff,
                           CurrentStaff currentStaff) {
        this.mapper = mapper;
        this.projects = projects;
        this.cases = cases;
        this.staff = staff;
        this.currentStaff = currentStaff;
    }

    @Override
    public void loadIfEmpty() {
        if (mapper.count() > 0 || staff.find(COUNTY_USER).isEmpty() || staff.find(CLERK).isEmpty()) {
            return;
        }
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        int year = today.getYear();
        List<AssistanceProject> created = currentStaff.runAs(COUNTY_USER, () -> List.of(
                projects.create("HOUSING", "溪美街道安居工程", STREET, year, new BigDecimal("240000.00")),
                projects.create("EDUCATION", "溪美街道成才工程", STREET, year, new BigDecimal("45000.00")),
                projects.create("LIVELIHOOD", "溪美街道致富工程（小额贴息贷款）", STREET, year, new BigDecimal("81000.00")),
                projects.create("FAMILY_CARE", "溪美街道亲情工程", STREET, year, new BigDecimal("5890.00")),
                projects.create("INSURANCE", "溪美街道保障工程", STREET, year, new BigDecimal("90670.00"))));
        currentStaff.runAs(CLERK, () -> {
            cases.search(new CaseQuery(ProjectService.FAMILY_MODULE, ProjectService.FAMILY_CASE_TYPE, null, null, null, 0, 50))
                    .cases().stream().filter(c -> !c.status().isFinal()).reduce((newer, older) -> older)
                    .ifPresent(family -> pay(created, family, today));
            return null;
        });
    }

    private void pay(List<AssistanceProject> created, CaseRecord family, LocalDate today) {
        projects.disburse(created.get(1).id(), family.id(), new BigDecimal("3000.00"), today, "两个女儿本学期助学金");
        projects.disburse(created.get(3).id(), family.id(), new BigDecimal("500.00"), today, "春节慰问金");
    }
}
