package io.jiceng.modules.assistance.project;

import io.jiceng.platform.casework.CaseRecord;
import io.jiceng.platform.casework.CaseService;
import io.jiceng.platform.division.DivisionScope;
import io.jiceng.platform.division.DivisionService;
import io.jiceng.platform.problem.InvalidField;
import io.jiceng.platform.problem.NotFound;
import io.jiceng.platform.problem.Problem;
import io.jiceng.platform.staff.CurrentStaff;
import io.jiceng.platform.staff.StaffMember;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Assistance projects (帮扶项目) with yearly budgets per division, and the disbursements paid from them to family cases.
 * A disbursement never overdraws its project, even when two are recorded at the same moment.
 */
@Service
public class ProjectService {

    /** Who may set up projects and their budgets. */
    public static final String BUDGET = "PRECISE_ASSISTANCE_BUDGET";
    /** Who may see the projects and record disbursements. */
    public static final String DISBURSE = "PRECISE_ASSISTANCE_DISBURSE";
    static final String FAMILY_MODULE = "precise-assistance";
    static final String FAMILY_CASE_TYPE = "family";
    private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");
    private static final BigDecimal LARGEST_BUDGET = new BigDecimal("999999999999.99");

    private final ProjectMapper mapper;
    private final ProjectKinds kinds;
    private final CaseService cases;
    private final DivisionService divisions;
    private final CurrentStaff currentStaff;

    public ProjectService(ProjectMapper mapper, ProjectKinds kinds, CaseService cases, DivisionService divisions,
                          CurrentStaff currentStaff) {
        this.mapper = mapper;
        this.kinds = kinds;
        this.cases = cases;
        this.divisions = divisions;
        this.currentStaff = currentStaff;
    }

    @Transactional
    public AssistanceProject create(String kind, String name, String divisionCode, int year, BigDecimal budget) {
        StaffMember me = require(BUDGET);
        if (kind == null || !kinds.contains(kind)) {
            throw new InvalidField("kind", "precise-assistance.project.kind-unknown", String.join(", ", kinds.all()));
        }
        String title = name == null || name.isBlank() ? null : name.strip();
        if (title == null) {
            throw new InvalidField("name", "precise-assistance.project.name-required");
        }
        if (divisionCode == null || divisions.find(divisionCode).isEmpty() || !me.covers(divisionCode)) {
            throw new InvalidField("divisionCode", "precise-assistance.project.division-out-of-scope");
        }
        if (year < 2000 || year > 2100) {
            throw new InvalidField("year", "precise-assistance.project.year-invalid");
        }
        if (budget == null || budget.signum() <= 0 || budget.scale() > 2 || budget.compareTo(LARGEST_BUDGET) > 0) {
            throw new InvalidField("budget", "precise-assistance.project.budget-invalid");
        }
        if (mapper.find(divisionCode, year, kind).isPresent()) {
            throw new InvalidField("kind", "precise-assistance.project.exists", year);
        }
        mapper.insert(kind, title.length() > 100 ? title.substring(0, 100) : title, divisionCode, year, budget,
                me.username(), Instant.now());
        return mapper.find(divisionCode, year, kind).orElseThrow();
    }

    /** The year's projects under the user's division: budget, used, remaining, households paid. */
    public List<ProjectUsage> report(int year) {
        StaffMember me = require(DISBURSE);
        return mapper.usage(DivisionScope.likePattern(me.divisionCode()), year).stream()
                .map(ProjectMapper.UsageRow::toUsage).toList();
    }

    public AssistanceProject get(long projectId) {
        StaffMember me = currentStaff.get();
        return mapper.findById(projectId).filter(p -> me.covers(p.divisionCode()))
                .orElseThrow(() -> new NotFound("project", projectId));
    }

    /**
     * Pays an amount from a project to a household's open family case. If the amount does not fit in what is left
     * of the budget, nothing is recorded and the user is told how much is left.
     */
    @Transactional
    public Disbursement disburse(long projectId, long caseId, BigDecimal amount, LocalDate paidOn, String purpose) {
        StaffMember me = require(DISBURSE);
        AssistanceProject project = get(projectId);
        CaseRecord family = cases.get(caseId);
        if (!FAMILY_MODULE.equals(family.moduleId()) || !FAMILY_CASE_TYPE.equals(family.caseType())) {
            throw new InvalidField("caseId", "precise-assistance.disbursement.not-a-family-case", family.caseNo());
        }
        if (family.status().isFinal()) {
            throw new InvalidField("caseId", "precise-assistance.disbursement.case-closed", family.caseNo());
        }
        if (!DivisionScope.contains(project.divisionCode(), family.divisionCode())) {
            throw new InvalidField("caseId", "precise-assistance.disbursement.case-outside-project", family.caseNo(),
                    project.name());
        }
        if (amount == null || amount.signum() <= 0 || amount.scale() > 2) {
            throw new InvalidField("amount", "precise-assistance.disbursement.amount-invalid");
        }
        if (paidOn == null || paidOn.getYear() != project.budgetYear() || paidOn.isAfter(LocalDate.now(BEIJING))) {
            throw new InvalidField("paidOn", "precise-assistance.disbursement.date-invalid", project.budgetYear());
        }
        String why = purpose == null || purpose.isBlank() ? null : purpose.strip();
        if (why == null) {
            throw new InvalidField("purpose", "precise-assistance.disbursement.purpose-required");
        }
        if (mapper.takeFromBudget(projectId, amount) == 0) {
            AssistanceProject now = mapper.findById(projectId).orElseThrow();
            throw new InvalidField("amount", "precise-assistance.disbursement.exceeds-budget", money(amount),
                    project.name(), money(now.remaining()));
        }
        Disbursement disbursement = new Disbursement(null, projectId, caseId, amount, paidOn,
                why.length() > 200 ? why.substring(0, 200) : why, me.username(), Instant.now());
        mapper.insertDisbursement(disbursement);
        return disbursement;
    }

    public List<Disbursement> ofCase(long caseId) {
        cases.get(caseId);
        return mapper.findByCase(caseId);
    }

    public List<Disbursement> ofProject(long projectId) {
        get(projectId);
        return mapper.findByProject(projectId);
    }

    /** Whether the current user may record disbursements, and set up budgets. */
    public boolean mayDisburse() {
        return currentStaff.get().has(DISBURSE);
    }

    public boolean mayBudget() {
        return currentStaff.get().has(BUDGET);
    }

    private StaffMember require(String permission) {
        StaffMember me = currentStaff.get();
        if (!me.has(permission)) {
            throw new Problem("staff.permission.missing", permission);
        }
        return me;
    }

    static String money(BigDecimal amount) {
        return amount.setScale(2, java.math.RoundingMode.UNNECESSARY).toPlainString();
    }
}
