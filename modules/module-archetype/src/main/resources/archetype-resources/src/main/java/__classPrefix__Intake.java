package ${package};

import io.jiceng.platform.casework.CaseIntake;
import io.jiceng.platform.casework.CaseRequest;
import io.jiceng.platform.casework.CaseType;
import io.jiceng.platform.division.DivisionLevel;
import io.jiceng.platform.problem.InvalidField;
import io.jiceng.platform.resident.Resident;
import io.jiceng.platform.resident.ResidentService;
import io.jiceng.platform.staff.Role;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Opens a ${moduleNameZh} case for a resident, from the module's screen or {@code POST /api/v1/cases}
 * ({@code module=${moduleId}, caseType=${caseType}, residentId, data={note}}); the township's reviewers receive it.
 */
@Component
public class ${classPrefix}Intake implements CaseIntake {

    private final ${classPrefix}Mapper mapper;
    private final ResidentService residents;

    public ${classPrefix}Intake(${classPrefix}Mapper mapper, ResidentService residents) {
        this.mapper = mapper;
        this.residents = residents;
    }

    @Override
    public CaseType caseType() {
        return ${classPrefix}Module.TYPE;
    }

    @Override
    public Admission admit(CaseRequest request) {
        Resident resident = request.resident(residents);
        String note = request.text("note");
        if (note == null) {
            throw new InvalidField("data.note", "${moduleId}.note.required");
        }
        String township = DivisionLevel.TOWNSHIP.ancestorCodeOf(resident.divisionCode());
        return new Admission(resident.divisionCode(), resident.maskedName(),
                Map.of("reviewerGroup", Role.TOWNSHIP_REVIEWER.groupAt(township)), note,
                record -> mapper.insert(new ${classPrefix}Request(record.id(), resident.id(), resident.divisionCode(), note,
                        record.createdAt())));
    }
}
