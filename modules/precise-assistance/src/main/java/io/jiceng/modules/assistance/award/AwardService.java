package io.jiceng.modules.assistance.award;

import io.jiceng.modules.assistance.PreciseAssistanceModule;
import io.jiceng.platform.casework.CaseIntake.Admission;
import io.jiceng.platform.casework.CaseRecord;
import io.jiceng.platform.casework.CaseService;
import io.jiceng.platform.casework.CaseStart;
import io.jiceng.platform.problem.InvalidField;
import io.jiceng.platform.problem.Problem;
import io.jiceng.platform.resident.IdNumber;
import io.jiceng.platform.resident.Resident;
import io.jiceng.platform.resident.ResidentService;
import io.jiceng.platform.review.ReviewLevels;
import io.jiceng.platform.staff.CurrentStaff;
import java.time.Instant;
import java.time.Year;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Applications for a scheme (奖励扶助资格确认): checks the rules, refuses duplicates, opens the case that goes through
 * village, township and county review and the township's public notice.
 */
@Service
public class AwardService {

    static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");
    static final ReviewLevels LEVELS = ReviewLevels.of(ReviewLevels.VILLAGE, ReviewLevels.TOWNSHIP, ReviewLevels.COUNTY);

    private final AwardMapper mapper;
    private final EligibilityRules rules;
    private final CaseService cases;
    private final ResidentService residents;
    private final CurrentStaff currentStaff;

    public AwardService(AwardMapper mapper, EligibilityRules rules, CaseService cases, ResidentService residents,
                        CurrentStaff currentStaff) {
        this.mapper = mapper;
        this.rules = rules;
        this.cases = cases;
        this.residents = residents;
        this.currentStaff = currentStaff;
    }

    public static int currentYear() {
        return Year.now(BEIJING).getValue();
    }

    /** The rules of the form's scheme for the resident, each met or not: what the clerk sees before submitting. */
    public List<RuleResult> check(long residentId, AwardForm form) {
        Resident resident = residents.get(residentId);
        rules.scheme(form.getSchemeCode());
        return rules.check(form.getSchemeCode(), resident.divisionCode(), facts(resident, form));
    }

    /** Opens the application's case (the screen's way; the API goes through {@link AwardIntake}). */
    @Transactional
    public CaseRecord apply(long residentId, AwardForm form) {
        Resident resident = residents.get(residentId);
        Admission admission = admission(resident, form);
        CaseRecord record = cases.start(new CaseStart(PreciseAssistanceModule.ID, PreciseAssistanceModule.AWARD,
                residentId, admission.divisionCode(), admission.title(), admission.variables()), admission.opinion());
        admission.saveData().accept(record);
        return record;
    }

    /** Checks the application and says how to open its case; fields at fault are named as on the form. */
    Admission admission(Resident resident, AwardForm form) {
        if (form.getSchemeCode() == null || form.getSchemeCode().isBlank()) {
            throw new InvalidField("scheme", "precise-assistance.award.scheme.required");
        }
        Scheme scheme = rules.scheme(form.getSchemeCode());
        int year = form.getConfirmYear() == null ? currentYear() : form.getConfirmYear();
        if (year < 2000 || year > currentYear() + 1) {
            throw new InvalidField("confirmYear", "precise-assistance.award.year.invalid", year);
        }
        form.setConfirmYear(year);
        checkFamily(form);
        mapper.findExisting(resident.id(), scheme.code(), year).ifPresent(existing -> {
            throw new Problem("precise-assistance.award.duplicate", resident.maskedName(), scheme.nameZh(), year,
                    cases.get(existing).caseNo());
        });
        List<RuleResult> results = rules.check(scheme.code(), resident.divisionCode(), facts(resident, form));
        List<RuleResult> failed = results.stream().filter(r -> !r.passed()).toList();
        String overrideReason = blankToNull(form.getOverrideReason());
        if (!failed.isEmpty() && overrideReason == null) {
            throw new InvalidField("overrideReason", "precise-assistance.award.override.required",
                    failed.stream().map(r -> r.wording(Locale.SIMPLIFIED_CHINESE)).collect(Collectors.joining("；")));
        }
        if (overrideReason != null && overrideReason.length() > 500) {
            throw new InvalidField("overrideReason", "precise-assistance.award.override.too-long", 500);
        }
        String note = blankToNull(form.getNote());
        if (note != null && note.length() > 500) {
            note = note.substring(0, 500);
        }
        String opinion = opinion(scheme, year, failed, overrideReason, note);
        String username = currentStaff.get().username();
        String storedNote = note;
        return new Admission(resident.divisionCode(), resident.maskedName() + " · " + scheme.nameZh(),
                LEVELS.variables(), opinion, record -> {
                    mapper.insert(new AwardApplication(record.id(), resident.id(), resident.divisionCode(), scheme.code(),
                            year, form.isRuralHousehold(), form.isOutOfPolicyBirth(), blankToNull(form.getSpouseName()),
                            blankToNull(form.getSpouseIdNumber()), spouseBirthYear(form),
                            failed.isEmpty() ? null : failed.stream().map(RuleResult::ruleCode).collect(Collectors.joining(",")),
                            failed.isEmpty() ? null : overrideReason, storedNote, Outcome.IN_PROCESS, null, username, Instant.now()));
                    for (int i = 0; i < form.getChildren().size(); i++) {
                        mapper.insertChild(record.id(), i + 1, form.getChildren().get(i));
                    }
                });
    }

    /** The application of a case, with its children, if the case lies in the user's subtree. */
    public AwardDetails details(long caseId) {
        CaseRecord record = cases.get(caseId);
        AwardApplication application = mapper.findByCase(caseId).orElseThrow(
                () -> new io.jiceng.platform.problem.NotFound("award", caseId));
        Resident resident = residents.get(application.residentId());
        List<Child> children = mapper.children(caseId);
        AwardForm form = new AwardForm();
        form.setRuralHousehold(application.ruralHousehold());
        form.setOutOfPolicyBirth(application.outOfPolicyBirth());
        form.setSpouseBirthYear(application.spouseBirthYear());
        form.setConfirmYear(application.confirmYear());
        form.setChildren(children);
        List<RuleResult> results = rules.check(application.schemeCode(), application.divisionCode(), facts(resident, form));
        return new AwardDetails(record, application, rules.scheme(application.schemeCode()), resident.maskedName(),
                resident.maskedIdNumber(), children, results);
    }

    /** The latest applications in the user's subtree, newest first. */
    public List<AwardApplication> latest(int limit) {
        return mapper.latestIn(io.jiceng.platform.division.DivisionScope.likePattern(currentStaff.get().divisionCode()), limit);
    }

    static AwardFacts facts(Resident resident, AwardForm form) {
        int year = form.getConfirmYear() == null ? currentYear() : form.getConfirmYear();
        return new AwardFacts(year, resident.birthDate().getYear(), resident.gender(), spouseBirthYear(form),
                form.isRuralHousehold(), form.isOutOfPolicyBirth(), form.getChildren());
    }

    private static Integer spouseBirthYear(AwardForm form) {
        String id = blankToNull(form.getSpouseIdNumber());
        if (id != null && IdNumber.isValid(id)) {
            return IdNumber.parse(id).birthDate().getYear();
        }
        return form.getSpouseBirthYear();
    }

    private static void checkFamily(AwardForm form) {
        String id = blankToNull(form.getSpouseIdNumber());
        if (id != null && !IdNumber.isValid(id)) {
            throw new InvalidField("spouseIdNumber", "precise-assistance.award.spouse-id.invalid");
        }
        for (int i = 0; i < form.getChildren().size(); i++) {
            Child child = form.getChildren().get(i);
            if (!"M".equals(child.sex()) && !"F".equals(child.sex())) {
                throw new InvalidField("children[" + i + "].sex", "precise-assistance.award.child.sex");
            }
            if (child.birthYear() < 1900 || child.birthYear() > currentYear()) {
                throw new InvalidField("children[" + i + "].birthYear", "precise-assistance.award.child.birth-year");
            }
            if (child.disabilityGrade() != null && (child.disabilityGrade() < 1 || child.disabilityGrade() > 4)) {
                throw new InvalidField("children[" + i + "].disabilityGrade", "precise-assistance.award.child.grade");
            }
        }
    }

    private static String opinion(Scheme scheme, int year, List<RuleResult> failed, String overrideReason, String note) {
        StringBuilder text = new StringBuilder("申请").append(year).append("年度").append(scheme.nameZh());
        if (note != null) {
            text.append("。").append(note);
        }
        if (!failed.isEmpty()) {
            text.append("。未满足条件：").append(failed.stream().map(r -> r.wording(Locale.SIMPLIFIED_CHINESE))
                    .collect(Collectors.joining("；"))).append("。仍予申报的理由：").append(overrideReason);
        }
        return text.toString();
    }

    static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
