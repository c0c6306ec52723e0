package io.jiceng.modules.assistance;

import io.jiceng.platform.module.ModuleDemoData;
import io.jiceng.platform.resident.ResidentQuery;
import io.jiceng.platform.resident.ResidentService;
import io.jiceng.platform.staff.CurrentStaff;
import io.jiceng.platform.staff.StaffService;
import org.springframework.stereotype.Component;

/** One 精准帮扶 case opened by the demo's street clerk, so the module's screens are not empty. */
@Component
public class AwardDemoData implements ModuleDemoData {

    private static final String DEMO_CLERK = "clerk";

    private final AwardMapper mapper;
    private final AwardService service;
    private final ResidentService residents;
    private final StaffService staff;
    private final CurrentStaff currentStaff;

    public AwardDemoData(AwardMapper mapper, AwardService service, ResidentService residents,
                          StaffService staff, CurrentStaff currentStaff) {
        this.mapper = mapper;
        this.service = service;
        this.residents = residents;
        this.staff = staff;
        this.currentStaff = currentStaff;
    }

    @Override
    public void loadIfEmpty() {
        if (mapper.count() > 0 || staff.find(DEMO_CLERK).isEmpty()) {
            return;
        }
        currentStaff.runAs(DEMO_CLERK, () -> residents.search(new ResidentQuery(null, null, 0, 1)).residents().stream()
                .findFirst().map(resident -> service.submit(resident.id(), "演示数据")).orElse(null));
    }
}
