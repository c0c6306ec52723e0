package io.jiceng.platform.correction;

import io.jiceng.platform.casework.CaseIntake;
import io.jiceng.platform.casework.CaseRecord;
import io.jiceng.platform.casework.CaseService;
import io.jiceng.platform.casework.CaseStart;
import io.jiceng.platform.casework.Decision;
import io.jiceng.platform.division.DivisionLevel;
import io.jiceng.platform.problem.InvalidField;
import io.jiceng.platform.problem.NotFound;
import io.jiceng.platform.problem.Problem;
import io.jiceng.platform.resident.CorrectableField;
import io.jiceng.platform.resident.Resident;
import io.jiceng.platform.resident.ResidentService;
import io.jiceng.platform.staff.Role;
import io.jiceng.platform.workitem.WorkItemService;
import java.util.Map;
import java.util.Objects;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Starting, revising and reading resident-record correction requests. */
@Service
public class CorrectionService {

    /** The reviewers of the resident's township receive the request. */
    static final String REVIEWER_GROUP = "reviewerGroup";

    private final CorrectionMapper mapper;
    private final CaseService cases;
    private final ResidentService residents;
    private final WorkItemService workItems;

    public CorrectionService(CorrectionMapper mapper, CaseService cases, ResidentService residents, WorkItemService workItems) {
        this.mapper = mapper;
        this.cases = cases;
        this.residents = residents;
        this.workItems = workItems;
    }

    @Transactional
    public CaseRecord submit(long residentId, CorrectableField field, String newValue, String reason) {
        Resident resident = residents.get(residentId);
        CaseIntake.Admission admission = admission(resident, field, newValue, reason);
        CaseRecord record = cases.start(new CaseStart(ResidentCorrection.MODULE_ID, ResidentCorrection.CASE_TYPE,
                residentId, admission.divisionCode(), admission.title(), admission.variables()), admission.opinion());
        admission.saveData().accept(record);
        return record;
    }

    /** Checks a request to correct one field of the resident's record and says how to open its case. */
    CaseIntake.Admission admission(Resident resident, CorrectableField field, String newValue, String reason) {
        String value = checked(resident, field, newValue, reason);
        String township = DivisionLevel.TOWNSHIP.ancestorCodeOf(resident.divisionCode());
        String oldValue = field.get(resident);
        return new CaseIntake.Admission(resident.divisionCode(), resident.maskedName(),
                Map.of(REVIEWER_GROUP, Role.TOWNSHIP_REVIEWER.groupAt(township)), reason,
                record -> mapper.insert(new CorrectionRequest(record.id(), resident.id(), field, oldValue, value,
                        reason.strip())));
    }

    /** The clerk's answer to a returned request: change the value or reason, and send it back to review. */
    @Transactional
    public void resubmit(String taskId, String newValue, String reason) {
        long caseId = workItems.caseOf(taskId);
        CorrectionRequest request = get(caseId);
        Resident resident = residents.get(request.residentId());
        String value = checked(resident, request.fieldName(), newValue, reason);
        mapper.revise(caseId, value, reason.strip());
        workItems.complete(taskId, Decision.RESUBMIT, reason);
    }

    public CorrectionRequest get(long caseId) {
        cases.get(caseId);
        return mapper.findByCase(caseId).orElseThrow(() -> new NotFound("correction", caseId));
    }

    /** Applies an approved request; called by the process. */
    @Transactional
    public void apply(long caseId) {
        CorrectionRequest request = mapper.findByCase(caseId).orElseThrow(() -> new NotFound("correction", caseId));
        residents.applyCorrection(request.residentId(), request.fieldName(), request.newValue());
    }

    private String checked(Resident resident, CorrectableField field, String newValue, String reason) {
        if (reason == null || reason.isBlank()) {
            throw new InvalidField("reason", "correction.reason.required");
        }
        String value = newValue == null ? "" : newValue.strip();
        if (value.isEmpty()) {
            throw new InvalidField("newValue", "correction.value.required");
        }
        if (Objects.equals(field.get(resident), value)) {
            throw new InvalidField("newValue", "correction.value.unchanged");
        }
        try {
            residents.checkCorrection(resident, field, value);
        } catch (Problem e) {
            throw new InvalidField("newValue", e.messageKey(), e.arguments());
        }
        return value;
    }
}
