package io.jiceng.modules.assistance.family;

import io.jiceng.modules.assistance.family.FamilyForms.AreaFinding;
import io.jiceng.modules.assistance.family.FamilyForms.EvaluationForm;
import io.jiceng.modules.assistance.family.FamilyForms.NeedsAssessment;
import io.jiceng.modules.assistance.family.FamilyForms.PlanForm;
import io.jiceng.modules.assistance.family.FamilyForms.TeamForm;
import io.jiceng.modules.assistance.family.FamilyForms.VisitForm;
import io.jiceng.platform.casework.CaseIntakes;
import io.jiceng.platform.casework.CaseRecord;
import io.jiceng.platform.casework.CaseRequest;
import io.jiceng.platform.casework.CaseService;
import io.jiceng.platform.casework.Decision;
import io.jiceng.platform.problem.InvalidField;
import io.jiceng.platform.problem.NotFound;
import io.jiceng.platform.staff.CurrentStaff;
import io.jiceng.platform.staff.StaffMember;
import io.jiceng.platform.staff.StaffService;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** 家庭帮扶: a household's case from the application to the evaluation; each step stores its data, then moves on. */
@Service
public class FamilyService {

    static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");
    private static final Pattern PHONE = Pattern.compile("[0-9][0-9 -]{5,18}[0-9]");
    private static final int LONGEST_PLAN_YEARS = 3;

    private final FamilyMapper mapper;
    private final CaseService cases;
    private final CaseIntakes intakes;
    private final CurrentStaff currentStaff;
    private final StaffService staff;
    private final FamilySteps steps;

    public FamilyService(FamilyMapper mapper, CaseService cases, CaseIntakes intakes, CurrentStaff currentStaff,
                         StaffService staff, FamilySteps steps) {
        this.mapper = mapper;
        this.cases = cases;
        this.intakes = intakes;
        this.currentStaff = currentStaff;
        this.staff = staff;
        this.steps = steps;
    }

    /** Applies for a resident's household: opens the case (through the case type's intake) in the resident's village. */
    @Transactional
    public CaseRecord apply(long residentId, int householdSize, String difficulty) {
        return intakes.open(new CaseRequest(FamilyCase.MODULE_ID, FamilyCase.CASE_TYPE, residentId, null,
                Map.of("householdSize", householdSize, "difficulty", difficulty == null ? "" : difficulty)));
    }

    /** Everything recorded for the case, if it is a family case in the user's subtree. */
    public FamilyFile file(long caseId) {
        CaseRecord record = cases.get(caseId);
        FamilyApplication application = mapper.findApplication(caseId).orElseThrow(() -> new NotFound("case", caseId));
        return new FamilyFile(record, application, mapper.findNeeds(caseId), mapper.findTeam(caseId),
                mapper.findPlans(caseId), mapper.findVisits(caseId), mapper.findEvaluations(caseId));
    }

    @Transactional
    public void assess(long caseId, NeedsAssessment assessment) {
        FamilyFile file = file(caseId);
        StaffMember me = currentStaff.get();
        Instant now = Instant.now();
        for (NeedArea area : NeedArea.values()) {
            AreaFinding finding = assessment.findings().get(area);
            String field = "needs." + area.name();
            if (finding == null || finding.score() < 0 || finding.score() > Need.MAX_SCORE) {
                throw new InvalidField(field, "precise-assistance.family.need.score-invalid", Need.MAX_SCORE);
            }
            String description = text(finding.description());
            if (description == null && finding.score() > 0) {
                throw new InvalidField(field, "precise-assistance.family.need.description-required");
            }
            mapper.insertNeed(new Need(caseId, area, finding.score(), description == null ? "" : limit(description, 1000),
                    me.username(), now));
        }
        steps.complete(file.caseRecord(), FamilyCase.ASSESSMENT,
                assessment.helpNeeded() ? Decision.APPROVE : Decision.REJECT, assessment.opinion(), Map.of());
    }

    @Transactional
    public void formTeam(long caseId, TeamForm form) {
        FamilyFile file = file(caseId);
        StaffMember specialist = form.specialistUsername() == null ? null
                : staff.find(form.specialistUsername().strip()).filter(StaffMember::enabled).orElse(null);
        if (specialist == null) {
            throw new InvalidField("specialistUsername", "precise-assistance.family.team.specialist-unknown");
        }
        if (!specialist.covers(file.caseRecord().divisionCode())) {
            throw new InvalidField("specialistUsername", "precise-assistance.family.team.specialist-elsewhere",
                    specialist.displayName());
        }
        String socialWorker = required(form.socialWorkerName(), "socialWorkerName", "precise-assistance.family.team.social-worker-required");
        String volunteer = required(form.volunteerName(), "volunteerName", "precise-assistance.family.team.volunteer-required");
        HelperTeam team = new HelperTeam(caseId, specialist.username(), specialist.displayName(), limit(socialWorker, 50),
                phone(form.socialWorkerPhone(), "socialWorkerPhone"), limit(volunteer, 50),
                phone(form.volunteerPhone(), "volunteerPhone"), currentStaff.get().username(), Instant.now());
        mapper.insertTeam(team);
        steps.complete(file.caseRecord(), FamilyCase.TEAM, Decision.APPROVE,
                specialist.displayName() + "、" + team.socialWorkerName() + "、" + team.volunteerName(),
                Map.of("teamSpecialist", specialist.username()));
    }

    /** The plan starts today; the process opens a visit per interval until its end and then asks for the evaluation. */
    @Transactional
    public CarePlan plan(long caseId, PlanForm form) {
        FamilyFile file = file(caseId);
        String goals = required(form.goals(), "goals", "precise-assistance.family.plan.goals-required");
        if (form.frequency() == null) {
            throw new InvalidField("frequency", "precise-assistance.family.plan.frequency-required");
        }
        if (form.endsOn() == null) {
            throw new InvalidField("endsOn", "precise-assistance.family.plan.end-required");
        }
        LocalDate today = LocalDate.now(BEIJING);
        if (form.endsOn().isAfter(today.plusYears(LONGEST_PLAN_YEARS))) {
            throw new InvalidField("endsOn", "precise-assistance.family.plan.too-long", LONGEST_PLAN_YEARS);
        }
        int visits = form.frequency().visitDays(today, form.endsOn()).size();
        if (visits == 0) {
            throw new InvalidField("endsOn", "precise-assistance.family.plan.too-short");
        }
        FamilyMapper.NewPlan plan = new FamilyMapper.NewPlan();
        plan.caseId = caseId;
        plan.goals = limit(goals, 1000);
        plan.frequency = form.frequency();
        plan.startsOn = today;
        plan.endsOn = form.endsOn();
        plan.plannedVisits = visits;
        plan.plannedBy = currentStaff.get().username();
        plan.plannedAt = Instant.now();
        mapper.insertPlan(plan);
        steps.complete(file.caseRecord(), FamilyCase.PLAN, Decision.APPROVE, plan.goals, Map.of(
                "visitCycle", "R" + visits + "/" + form.frequency().isoInterval(),
                "visitInterval", form.frequency().isoInterval(),
                "planEndsAt", Date.from(form.endsOn().plusDays(1).atStartOfDay(BEIJING).toInstant())));
        return mapper.findPlans(caseId).get(mapper.findPlans(caseId).size() - 1);
    }

    /** Records a visit against the oldest visit waiting on the case (a missed one first). */
    @Transactional
    public void recordVisit(long caseId, VisitForm form) {
        FamilyFile file = file(caseId);
        CarePlan plan = file.currentPlan().orElseThrow(() -> new InvalidField("visitedOn", "precise-assistance.family.step-not-open"));
        LocalDate today = LocalDate.now(BEIJING);
        if (form.visitedOn() == null) {
            throw new InvalidField("visitedOn", "precise-assistance.family.visit.date-required");
        }
        if (form.visitedOn().isAfter(today) || form.visitedOn().isBefore(plan.startsOn())) {
            throw new InvalidField("visitedOn", "precise-assistance.family.visit.date-outside-plan", plan.startsOn(), today);
        }
        String visitor = required(form.visitor(), "visitor", "precise-assistance.family.visit.visitor-required");
        String notes = required(form.notes(), "notes", "precise-assistance.family.visit.notes-required");
        mapper.insertVisit(new HomeVisit(null, caseId, plan.id(), form.visitedOn(), limit(visitor, 100), limit(notes, 2000),
                currentStaff.get().username(), Instant.now()));
        steps.complete(file.caseRecord(), FamilyCase.VISIT, Decision.APPROVE, limit(notes, 2000), Map.of());
    }

    @Transactional
    public void evaluate(long caseId, EvaluationForm form) {
        FamilyFile file = file(caseId);
        if (form.outcome() == null) {
            throw new InvalidField("outcome", "precise-assistance.family.evaluation.outcome-required");
        }
        String summary = required(form.summary(), "summary", "precise-assistance.family.evaluation.summary-required");
        CarePlan plan = file.currentPlan().orElseThrow(() -> new InvalidField("outcome", "precise-assistance.family.step-not-open"));
        mapper.insertEvaluation(new Evaluation(null, caseId, plan.id(), form.outcome(), limit(summary, 2000),
                currentStaff.get().username(), Instant.now()));
        steps.complete(file.caseRecord(), FamilyCase.EVALUATION,
                form.outcome() == Evaluation.Outcome.CLOSE ? Decision.APPROVE : Decision.RETURN, limit(summary, 2000), Map.of());
    }

    /** The family cases the user may see, newest first. */
    public List<CaseRecord> families(int offset, int limit) {
        return cases.search(new io.jiceng.platform.casework.CaseQuery(FamilyCase.MODULE_ID, FamilyCase.CASE_TYPE, null,
                null, null, offset, limit)).cases();
    }

    private static String required(String value, String field, String messageKey) {
        String text = text(value);
        if (text == null) {
            throw new InvalidField(field, messageKey);
        }
        return text;
    }

    private static String phone(String value, String field) {
        String text = text(value);
        if (text != null && !PHONE.matcher(text).matches()) {
            throw new InvalidField(field, "precise-assistance.family.team.phone-invalid", text);
        }
        return text;
    }

    static String text(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    static String limit(String text, int length) {
        return text.length() > length ? text.substring(0, length) : text;
    }
}
