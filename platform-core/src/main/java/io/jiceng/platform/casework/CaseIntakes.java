package io.jiceng.platform.casework;

import io.jiceng.platform.problem.InvalidField;
import io.jiceng.platform.problem.Problem;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Opens cases from generic requests through the {@link CaseIntake} the case type's module provides. */
@Service
public class CaseIntakes {

    private final List<CaseIntake> intakes;
    private final CaseTypes caseTypes;
    private final CaseService cases;

    public CaseIntakes(List<CaseIntake> intakes, CaseTypes caseTypes, CaseService cases) {
        this.intakes = intakes;
        this.caseTypes = caseTypes;
        this.cases = cases;
    }

    @Transactional
    public CaseRecord open(CaseRequest request) {
        if (request.module() == null || request.caseType() == null) {
            throw new InvalidField(request.module() == null ? "module" : "caseType", "case.intake.type-required");
        }
        caseTypes.get(request.module(), request.caseType());
        CaseIntake intake = intakes.stream()
                .filter(i -> i.moduleId().equals(request.module()) && i.caseType().equals(request.caseType()))
                .findFirst()
                .orElseThrow(() -> new Problem("case.intake.not-offered", request.module(), request.caseType()));
        CaseIntake.Admission admission = intake.admit(request);
        CaseRecord record = cases.start(new CaseStart(request.module(), request.caseType(), request.residentId(),
                admission.divisionCode(), admission.title(), admission.variables()), admission.opinion());
        admission.saveData().accept(record);
        return record;
    }
}
