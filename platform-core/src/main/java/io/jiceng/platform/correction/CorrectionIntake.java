package io.jiceng.platform.correction;

import io.jiceng.platform.casework.CaseIntake;
import io.jiceng.platform.casework.CaseRequest;
import io.jiceng.platform.casework.CaseType;
import io.jiceng.platform.problem.InvalidField;
import io.jiceng.platform.resident.CorrectableField;
import io.jiceng.platform.resident.Resident;
import io.jiceng.platform.resident.ResidentService;
import java.util.Arrays;
import java.util.Locale;
import org.springframework.stereotype.Component;

/**
 * Opens a resident-record correction from a generic case request: {@code residentId}, and as data
 * {@code {field, newValue, reason}} where field is a {@link CorrectableField} name ({@code PHONE}, {@code ADDRESS} ...).
 */
@Component
class CorrectionIntake implements CaseIntake {

    private final CorrectionService corrections;
    private final ResidentService residents;

    CorrectionIntake(CorrectionService corrections, ResidentService residents) {
        this.corrections = corrections;
        this.residents = residents;
    }

    @Override
    public CaseType caseType() {
        return ResidentCorrection.TYPE;
    }

    @Override
    public Admission admit(CaseRequest request) {
        Resident resident = request.resident(residents);
        CorrectableField field = field(request.text("field"));
        try {
            return corrections.admission(resident, field, request.text("newValue"), request.text("reason"));
        } catch (InvalidField invalid) {
            throw new InvalidField("data." + invalid.field(), invalid.messageKey(), invalid.arguments());
        }
    }

    private static CorrectableField field(String name) {
        if (name == null) {
            throw new InvalidField("data.field", "correction.field.required");
        }
        return Arrays.stream(CorrectableField.values()).filter(f -> f.name().equals(name.toUpperCase(Locale.ROOT)))
                .findFirst().orElseThrow(() -> new InvalidField("data.field", "correction.field.unknown", name,
                        Arrays.toString(CorrectableField.values())));
    }
}
