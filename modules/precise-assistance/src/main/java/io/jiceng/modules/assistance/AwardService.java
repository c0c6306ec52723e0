package io.jiceng.modules.assistance;

import io.jiceng.platform.casework.CaseRecord;
import io.jiceng.platform.casework.CaseService;
import io.jiceng.platform.casework.CaseStart;
import io.jiceng.platform.casework.CaseStatus;
import io.jiceng.platform.division.DivisionLevel;
import io.jiceng.platform.problem.InvalidField;
import io.jiceng.platform.resident.Resident;
import io.jiceng.platform.resident.ResidentService;
import io.jiceng.platform.staff.Role;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Opens a 精准帮扶 case for a resident; the township's reviewers receive it. */
@Service
public class AwardService {

    private final AwardMapper mapper;
    private final CaseService cases;
    private final ResidentService residents;

    public AwardService(AwardMapper mapper, CaseService cases, ResidentService residents) {
        this.mapper = mapper;
        this.cases = cases;
        this.residents = residents;
    }

    @Transactional
    public CaseRecord submit(long residentId, String note) {
        if (note == null || note.isBlank()) {
            throw new InvalidField("note", "precise-assistance.note.required");
        }
        Resident resident = residents.get(residentId);
        String township = DivisionLevel.TOWNSHIP.ancestorCodeOf(resident.divisionCode());
        CaseRecord record = cases.start(new CaseStart(AwardModule.ID, AwardModule.CASE_TYPE, residentId,
                resident.divisionCode(), resident.maskedName(),
                Map.of("reviewerGroup", Role.TOWNSHIP_REVIEWER.groupAt(township))), note.strip());
        mapper.insert(new AwardRequest(record.id(), residentId, resident.divisionCode(), note.strip(), record.createdAt()));
        return record;
    }

    public CaseStatus statusOf(long caseId) {
        return cases.get(caseId).status();
    }
}
