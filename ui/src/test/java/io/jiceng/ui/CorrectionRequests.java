package io.jiceng.ui;

import io.jiceng.platform.casework.CaseRecord;
import io.jiceng.platform.casework.Decision;
import io.jiceng.platform.correction.CorrectionService;
import io.jiceng.platform.resident.CorrectableField;
import io.jiceng.platform.resident.IdNumber;
import io.jiceng.platform.resident.Resident;
import io.jiceng.platform.resident.ResidentForm;
import io.jiceng.platform.resident.ResidentService;
import io.jiceng.platform.staff.CurrentStaff;
import io.jiceng.platform.workitem.WorkItemService;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.context.ApplicationContext;

/**
 * Resident-record correction requests of a test's own, opened by the demo's clerk of 溪美街道 for a resident of
 * 溪美社区 registered for it: the demo's few requests are shared by every test of the context.
 */
final class CorrectionRequests {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    private final CurrentStaff staff;
    private final ResidentService residents;
    private final CorrectionService corrections;
    private final WorkItemService workItems;

    CorrectionRequests(ApplicationContext context) {
        staff = context.getBean(CurrentStaff.class);
        residents = context.getBean(ResidentService.class);
        corrections = context.getBean(CorrectionService.class);
        workItems = context.getBean(WorkItemService.class);
    }

    /** A request waiting for 溪美街道's review, claimable by the demo's {@code reviewer}. */
    CaseRecord waitingForXimei() {
        int number = SEQUENCE.incrementAndGet();
        ResidentForm form = new ResidentForm();
        form.setIdNumber(IdNumber.withCheckChar("35058319570707" + String.format("%03d", number)));
        form.setName("许秀兰");
        form.setDivisionCode("350583001001");
        Resident resident = staff.runAs("clerk", () -> residents.register(form));
        return staff.runAs("clerk", () -> corrections.submit(resident.id(), CorrectableField.PHONE,
                "1390595" + (7000 + number), "号码变更"));
    }

    /** A request the demo's {@code reviewer} returned to the clerk for correction. */
    CaseRecord returnedByXimei() {
        CaseRecord record = waitingForXimei();
        staff.runAs("reviewer", () -> {
            workItems.complete(workItems.openFor(record).get(0).taskId(), Decision.RETURN, "请补充户口簿复印件");
            return null;
        });
        return record;
    }
}
