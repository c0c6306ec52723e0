package io.jiceng.modules.assistance.award;

import io.jiceng.modules.assistance.PreciseAssistanceModule;
import io.jiceng.platform.casework.CaseIntake;
import io.jiceng.platform.casework.CaseRequest;
import io.jiceng.platform.casework.CaseType;
import io.jiceng.platform.problem.InvalidField;
import io.jiceng.platform.resident.Resident;
import io.jiceng.platform.resident.ResidentService;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Opens an application from {@code POST /api/v1/cases} with {@code module=precise-assistance, caseType=award}:
 * {@code data = {scheme, confirmYear?, ruralHousehold, outOfPolicyBirth, spouseName?, spouseIdNumber?,
 * spouseBirthYear?, children: [{name?, sex: M|F, birthYear, alive, disabilityGrade?}], overrideReason?, note?}}.
 */
@Component
public class AwardIntake implements CaseIntake {

    private final AwardService awards;
    private final ResidentService residents;

    public AwardIntake(AwardService awards, ResidentService residents) {
        this.awards = awards;
        this.residents = residents;
    }

    @Override
    public CaseType caseType() {
        return PreciseAssistanceModule.AWARD_TYPE;
    }

    @Override
    public Admission admit(CaseRequest request) {
        Resident resident = request.resident(residents);
        try {
            return awards.admission(resident, form(request));
        } catch (InvalidField invalid) {
            throw new InvalidField("data." + invalid.field(), invalid.messageKey(), invalid.arguments());
        }
    }

    static AwardForm form(CaseRequest request) {
        AwardForm form = new AwardForm();
        form.setSchemeCode(request.text("scheme"));
        form.setConfirmYear(integer(request.text("confirmYear"), "confirmYear"));
        form.setRuralHousehold(Boolean.parseBoolean(request.text("ruralHousehold")));
        form.setOutOfPolicyBirth(Boolean.parseBoolean(request.text("outOfPolicyBirth")));
        form.setSpouseName(request.text("spouseName"));
        form.setSpouseIdNumber(request.text("spouseIdNumber"));
        form.setSpouseBirthYear(integer(request.text("spouseBirthYear"), "spouseBirthYear"));
        form.setOverrideReason(request.text("overrideReason"));
        form.setNote(request.text("note"));
        Object children = request.data().get("children");
        if (children != null && !(children instanceof List<?>)) {
            throw new InvalidField("children", "precise-assistance.award.children.list");
        }
        if (children != null) {
            int index = 0;
            for (Object item : (List<?>) children) {
                if (!(item instanceof Map<?, ?> child)) {
                    throw new InvalidField("children[" + index + "]", "precise-assistance.award.children.list");
                }
                String field = "children[" + index + "].";
                Integer birthYear = integer(text(child.get("birthYear")), field + "birthYear");
                if (birthYear == null) {
                    throw new InvalidField(field + "birthYear", "precise-assistance.award.child.birth-year");
                }
                String alive = text(child.get("alive"));
                form.addChild(new Child(text(child.get("name")), text(child.get("sex")), birthYear,
                        alive == null || Boolean.parseBoolean(alive), integer(text(child.get("disabilityGrade")), field + "disabilityGrade")));
                index++;
            }
        }
        return form;
    }

    private static String text(Object value) {
        return value == null ? null : AwardService.blankToNull(String.valueOf(value));
    }

    private static Integer integer(String text, String field) {
        if (text == null) {
            return null;
        }
        try {
            return Integer.valueOf(text);
        } catch (NumberFormatException e) {
            throw new InvalidField(field, "precise-assistance.award.number", text);
        }
    }
}
