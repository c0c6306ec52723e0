package io.jiceng.modules.assistance.family;

import io.jiceng.modules.assistance.family.FamilyForms.AreaFinding;
import io.jiceng.modules.assistance.family.FamilyForms.NeedsAssessment;
import io.jiceng.modules.assistance.family.FamilyForms.PlanForm;
import io.jiceng.modules.assistance.family.FamilyForms.TeamForm;
import io.jiceng.platform.casework.CaseRecord;
import io.jiceng.platform.module.ModuleDemoData;
import io.jiceng.platform.resident.Resident;
import io.jiceng.platform.resident.ResidentQuery;
import io.jiceng.platform.resident.ResidentService;
import io.jiceng.platform.staff.CurrentStaff;
import io.jiceng.platform.staff.StaffService;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Three households of 溪美街道's first community in different stages: one in its care period (first visit due in two
 * weeks), one assessed and waiting for its helper team, one just applied for.
 */
@Component
@Order(10)
public class FamilyDemoData implements ModuleDemoData {

    static final String VILLAGE = "350583001001";
    private static final String CLERK = "clerk";
    private static final String SPECIALIST = "specialist";

    private final FamilyMapper mapper;
    private final FamilyService families;
    private final ResidentService residents;
    private final StaffService staff;
    private final CurrentStaff currentStaff;

    public FamilyDemoData(FamilyMapper mapper, FamilyService families, ResidentService residents, StaffService staff,
                          CurrentStaff currentStaff) {
        this.mapper = mapper;
        this.families = families;
        this.residents = residents;
        this.staff = staff;
        this.currentStaff = currentStaff;
    }

    @Override
    public void loadIfEmpty() {
        if (mapper.countFamilies() > 0 || staff.find(CLERK).isEmpty() || staff.find(SPECIALIST).isEmpty()) {
            return;
        }
        List<Resident> people = currentStaff.runAs(CLERK, () -> residents.search(new ResidentQuery(null, VILLAGE, 0, 3)).residents());
        if (people.size() < 3) {
            return;
        }
        CaseRecord visited = apply(people.get(0), 4, "丈夫去年因病去世，妻子照顾两个上学的女儿和年迈婆婆，家庭收入主要靠零工。");
        assess(visited, true);
        formTeamAndPlan(visited);
        CaseRecord assessed = apply(people.get(1), 3, "独生女家庭，女儿患慢性肾病长期透析，医疗费用负担重。");
        assess(assessed, true);
        apply(people.get(2), 2, "计生二女户，老两口年过七十，女儿均在外地务工，无人照料。");
    }

    private CaseRecord apply(Resident resident, int householdSize, String difficulty) {
        return currentStaff.runAs(CLERK, () -> families.apply(resident.id(), householdSize, difficulty));
    }

    private void assess(CaseRecord family, boolean helpNeeded) {
        currentStaff.runAs(SPECIALIST, () -> {
            families.assess(family.id(), new NeedsAssessment(Map.of(
                    NeedArea.FUNDS, new AreaFinding(4, "家庭月收入不足两千元，子女学费缺口较大。"),
                    NeedArea.EMPLOYMENT, new AreaFinding(3, "有劳动能力，希望就近找到固定工作。"),
                    NeedArea.PSYCHOLOGICAL, new AreaFinding(2, "情绪低落，需要定期疏导。"),
                    NeedArea.FAMILY_CARE, new AreaFinding(3, "老人需要日常照料。")), helpNeeded, "情况属实，建议纳入精准帮扶。"));
            return null;
        });
    }

    private void formTeamAndPlan(CaseRecord family) {
        currentStaff.runAs(CLERK, () -> {
            families.formTeam(family.id(), new TeamForm(SPECIALIST, "吴雅婷", "13905951234", "蔡少鹏", "13805957788"));
            return null;
        });
        currentStaff.runAs(SPECIALIST, () -> {
            families.plan(family.id(), new PlanForm("帮助申请成才工程助学金；推荐就近就业；每两周上门走访一次。",
                    VisitFrequency.BIWEEKLY, LocalDate.now(FamilyService.BEIJING).plusMonths(6)));
            return null;
        });
    }
}
