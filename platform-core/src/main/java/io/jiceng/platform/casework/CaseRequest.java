package io.jiceng.platform.casework;

import io.jiceng.platform.problem.InvalidField;
import io.jiceng.platform.resident.Resident;
import io.jiceng.platform.resident.ResidentService;
import java.util.Map;

/**
 * A request to open a case as a client sends it: the case type, its subject and division, and the data the
 * module of that case type defines ({@code data}, checked by the module's {@link CaseIntake}).
 */
public record CaseRequest(String module, String caseType, Long residentId, String divisionCode,
                          Map<String, Object> data) {

    public CaseRequest {
        data = data == null ? Map.of() : data;
    }

    /** A data member as text, stripped; null when absent or blank. */
    public String text(String member) {
        Object value = data.get(member);
        if (value == null) {
            return null;
        }
        String text = String.valueOf(value).strip();
        return text.isEmpty() ? null : text;
    }

    /**
     * The resident the case is about, for case types that need one: required, visible to the caller, and living in
     * the division the request names (if it names one).
     */
    public Resident resident(ResidentService residents) {
        if (residentId == null) {
            throw new InvalidField("residentId", "case.intake.resident-required");
        }
        Resident resident = residents.get(residentId);
        if (divisionCode != null && !divisionCode.equals(resident.divisionCode())) {
            throw new InvalidField("divisionCode", "case.intake.division-not-residents");
        }
        return resident;
    }
}
