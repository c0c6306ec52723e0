package io.jiceng.modules.assistance.family;

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
 * Opens a 家庭帮扶 case from {@code POST /api/v1/cases}: {@code residentId} (the household's applicant), and as data
 * {@code {householdSize, difficulty}}. The case lies in the resident's village: its specialists assess the needs,
 * its street office forms the team and evaluates.
 */
@Component
public class FamilyIntake implements CaseIntake {

    static final int LARGEST_HOUSEHOLD = 30;

    private final ResidentService residents;
    private final FamilyMapper mapper;

    public FamilyIntake(ResidentService residents, FamilyMapper mapper) {
        this.residents = residents;
        this.mapper = mapper;
    }

    @Override
    public CaseType caseType() {
        return FamilyCase.TYPE;
    }

    @Override
    public Admission admit(CaseRequest request) {
        if (request.residentId() == null) {
            throw new InvalidField("residentId", "precise-assistance.family.resident-required");
        }
        Resident resident = residents.get(request.residentId());
        String division = resident.divisionCode();
        if (request.divisionCode() != null && !request.divisionCode().equals(division)) {
            throw new InvalidField("divisionCode", "precise-assistance.family.division-not-residents");
        }
        if (division.length() < DivisionLevel.VILLAGE.codeLength()) {
            throw new InvalidField("residentId", "precise-assistance.family.resident-not-in-village");
        }
        int householdSize = householdSize(request.text("householdSize"));
        String difficulty = request.text("difficulty");
        if (difficulty == null) {
            throw new InvalidField("data.difficulty", "precise-assistance.family.difficulty-required");
        }
        String described = FamilyService.limit(difficulty, 1000);
        Map<String, Object> routing = Map.of(
                "specialistGroup", Role.COMMUNITY_SPECIALIST.groupAt(DivisionLevel.VILLAGE.ancestorCodeOf(division)),
                "streetGroup", Role.STREET_CLERK.groupAt(DivisionLevel.TOWNSHIP.ancestorCodeOf(division)));
        return new Admission(division, resident.maskedName(), routing, described, record -> mapper.insertApplication(
                new FamilyApplication(record.id(), resident.id(), division, householdSize, described,
                        record.createdBy(), record.createdAt())));
    }

    private static int householdSize(String value) {
        try {
            int size = value == null ? 0 : (int) Double.parseDouble(value);
            if (size >= 1 && size <= LARGEST_HOUSEHOLD) {
                return size;
            }
        } catch (NumberFormatException e) {
            // told below
        }
        throw new InvalidField("data.householdSize", "precise-assistance.family.household-size-invalid", LARGEST_HOUSEHOLD);
    }
}
