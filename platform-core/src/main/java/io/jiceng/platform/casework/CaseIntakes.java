package io.jiceng.platform.casework;

import io.jiceng.platform.problem.InvalidField;
import io.jiceng.platform.problem.Problem;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Opens cases from generic requests through the {@link CaseIntake} the case type's module provides. An intake of a
 * case type that no enabled module declares, or a second intake of one, stops the start.
 */
@Service
public class CaseIntakes {

    private final Map<CaseType, CaseIntake> intakes;
    private final CaseTypes caseTypes;
    private final CaseService cases;

    public CaseIntakes(List<CaseIntake> intakes, CaseTypes caseTypes, CaseService cases) {
        this.intakes = intakes.stream().collect(Collectors.toMap(CaseIntake::caseType, Function.identity(), (a, b) -> {
            throw new IllegalStateException("Two intakes take in " + a.caseType() + ": " + a.getClass().getName()
                    + " and " + b.getClass().getName());
        }));
        this.intakes.forEach((type, intake) -> {
            if (!caseTypes.all().contains(type)) {
                throw new IllegalStateException(intake.getClass().getName() + " takes in " + type
                        + ", which no enabled module lists in its caseTypes()");
            }
        });
        this.caseTypes = caseTypes;
        this.cases = cases;
    }

    @Transactional
    public CaseRecord open(CaseRequest request) {
        if (request.module() == null || request.caseType() == null) {
            throw new InvalidField(request.module() == null ? "module" : "caseType", "case.intake.type-required");
        }
        CaseIntake intake = intakes.get(caseTypes.get(request.module(), request.caseType()));
        if (intake == null) {
            throw new Problem("case.intake.not-offered", request.module(), request.caseType());
        }
        CaseIntake.Admission admission = intake.admit(request);
        CaseRecord record = cases.start(new CaseStart(request.module(), request.caseType(), request.residentId(),
                admission.divisionCode(), admission.title(), admission.variables()), admission.opinion());
        admission.saveData().accept(record);
        return record;
    }
}
