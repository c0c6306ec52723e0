package io.jiceng.modules.assistance.award;

import io.jiceng.platform.casework.CaseRecord;
import io.jiceng.platform.casework.Decision;
import io.jiceng.platform.module.ModuleDemoData;
import io.jiceng.platform.resident.IdNumber;
import io.jiceng.platform.resident.Resident;
import io.jiceng.platform.resident.ResidentForm;
import io.jiceng.platform.resident.ResidentService;
import io.jiceng.platform.staff.CurrentStaff;
import io.jiceng.platform.staff.StaffService;
import io.jiceng.platform.workitem.WorkItemFilter;
import io.jiceng.platform.workitem.WorkItemScope;
import io.jiceng.platform.workitem.WorkItemService;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Award applications at 溪美街道 in several states: one at the village review, one at the county, two approved by all
 * three levels and waiting for the street's public notice (so 公示管理 has work), one rejected by the township.
 */
@Component
public class AwardDemoData implements ModuleDemoData {

    private static final String VILLAGE = "350583001001";

    private final AwardMapper mapper;
    private final AwardService awards;
    private final ResidentService residents;
    private final StaffService staff;
    private final CurrentStaff currentStaff;
    private final WorkItemService workItems;

    public AwardDemoData(AwardMapper mapper, AwardService awards, ResidentService residents, StaffService staff,
                         CurrentStaff currentStaff, WorkItemService workItems) {
        this.mapper = mapper;
        this.awards = awards;
        this.residents = residents;
        this.staff = staff;
        this.currentStaff = currentStaff;
        this.workItems = workItems;
    }

    @Override
    public void loadIfEmpty() {
        if (mapper.count() > 0 || List.of("clerk", "specialist", "reviewer", "county").stream().anyMatch(u -> staff.find(u).isEmpty())) {
            return;
        }
        int year = AwardService.currentYear();
        apply("苏秋菊", "19620915", "F", year);
        CaseRecord atCounty = apply("洪阿水", "19610203", "M", year);
        decide("specialist", atCounty, Decision.APPROVE, "经入户核实，情况属实");
        decide("reviewer", atCounty, Decision.APPROVE, "同意上报");
        for (String[] person : List.of(new String[] {"黄素娥", "19600708", "F"}, new String[] {"林国栋", "19590121", "M"})) {
            CaseRecord approved = apply(person[0], person[1], person[2], year);
            decide("specialist", approved, Decision.APPROVE, "情况属实");
            decide("reviewer", approved, Decision.APPROVE, "同意");
            decide("county", approved, Decision.APPROVE, "同意，进入公示");
        }
        CaseRecord rejected = apply("陈乌番", "19640510", "M", year);
        decide("specialist", rejected, Decision.APPROVE, "情况属实");
        decide("reviewer", rejected, Decision.REJECT, "户籍核查为非农业户口，不符合条件");
    }

    /** The village's specialist registers the person and files the application, as the village does. */
    private CaseRecord apply(String name, String birthDate, String sex, int year) {
        return currentStaff.runAs("specialist", () -> {
            ResidentForm form = new ResidentForm();
            // 9xx sequence numbers: apart from the core's demo residents; the sex digit matches the person.
            form.setIdNumber(IdNumber.withCheckChar("350583" + birthDate + ("F".equals(sex) ? "982" : "981")));
            form.setName(name);
            form.setDivisionCode(VILLAGE);
            form.setAddress("溪美街道溪美社区");
            Resident resident = residents.register(form);
            AwardForm award = new AwardForm();
            award.setSchemeCode("rural-award");
            award.setConfirmYear(year);
            award.setRuralHousehold(true);
            award.addChild(new Child(null, "F", 1988, true, null)).addChild(new Child(null, "F", 1991, true, null));
            boolean tooYoung = year - Integer.parseInt(birthDate.substring(0, 4)) < 60;
            award.setOverrideReason(tooYoung ? "演示：本年度内将年满60周岁，先行申报" : null);
            award.setNote("村人口健康助理员入户采集");
            return awards.apply(resident.id(), award);
        });
    }

    private void decide(String username, CaseRecord record, Decision decision, String opinion) {
        currentStaff.runAs(username, () -> {
            workItems.inbox(WorkItemFilter.of(WorkItemScope.CLAIMABLE)).items().stream()
                    .filter(item -> item.caseRecord().id().equals(record.id())).findFirst()
                    .ifPresent(item -> workItems.complete(item.taskId(), decision, opinion));
            return null;
        });
    }
}
