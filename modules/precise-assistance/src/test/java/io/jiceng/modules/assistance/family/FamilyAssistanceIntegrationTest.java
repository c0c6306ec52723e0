package io.jiceng.modules.assistance.family;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jiceng.modules.assistance.AssistanceFixture;
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
import io.jiceng.platform.casework.CaseStatus;
import io.jiceng.platform.module.ModuleStatistics;
import io.jiceng.platform.module.ModuleStatistics.IndicatorValue;
import io.jiceng.platform.problem.InvalidField;
import io.jiceng.platform.problem.Problem;
import io.jiceng.platform.resident.Resident;
import io.jiceng.platform.staff.CurrentStaff;
import io.jiceng.platform.workitem.WorkItem;
import io.jiceng.platform.workitem.WorkItemService;
import java.time.LocalDate;
import java.util.Map;
import java.util.function.Supplier;
import java.util.Date;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;

/** A household's 家庭帮扶 case in the platform: application, assessment, team, plan, visits, evaluation. */
@SpringBootTest
class FamilyAssistanceIntegrationTest {

    /** 中山社区: this test's households live there, so the statistics count only them. */
    private static final String VILLAGE = "350583001002";
    private static final String SPECIALIST = "pa-zs-specialist";

    @Autowired ApplicationContext context;
    @Autowired FamilyService families;
    @Autowired CaseService cases;
    @Autowired CaseIntakes intakes;
    @Autowired WorkItemService workItems;
    @Autowired CurrentStaff currentStaff;
    @Autowired ManagementService management;
    @Autowired ModuleStatistics statistics;
    @Autowired FamilyMapper mapper;

    private AssistanceFixture fixture;
    private final LocalDate today = LocalDate.now(FamilyService.BEIJING);

    @BeforeEach
    void placeAndStaff() {
        fixture = context.getAutowireCapableBeanFactory().createBean(AssistanceFixture.class);
        fixture.ensurePlaceAndStaff();
        fixture.specialistOf(VILLAGE, SPECIALIST, "黄美玲");
    }

    private <T> T as(String username, Supplier<T> work) {
        return currentStaff.runAs(username, work);
    }

    private void as(String username, Runnable work) {
        currentStaff.runAs(username, () -> {
            work.run();
            return null;
        });
    }

    private CaseRecord applyFor(String name) {
        Resident resident = fixture.residentOf(VILLAGE, name);
        return as(AssistanceFixture.CLERK, () -> families.apply(resident.id(), 4, "丈夫病故，两个女儿上学，收入靠零工。"));
    }

    private static NeedsAssessment needsHelp() {
        return new NeedsAssessment(Map.of(
                NeedArea.FUNDS, new AreaFinding(4, "月收入不足两千元"),
                NeedArea.EMPLOYMENT, new AreaFinding(3, "希望就近就业"),
                NeedArea.PSYCHOLOGICAL, new AreaFinding(0, ""),
                NeedArea.FAMILY_CARE, new AreaFinding(2, "老人需要照料")), true, "情况属实");
    }

    private static TeamForm team(String specialist) {
        return new TeamForm(specialist, "吴雅婷", "13905951234", "蔡少鹏", null);
    }

    private Job visitTimer(CaseRecord family) {
        return management.createJobQuery().processInstanceId(family.processInstanceId())
                .activityId(FamilyCase.VISIT_TIMER).singleResult();
    }

    private Job planEnd(CaseRecord family) {
        return management.createJobQuery().processInstanceId(family.processInstanceId()).activityId("planEnds").singleResult();
    }

    private long indicator(String id, LocalDate from, LocalDate to) {
        return as(AssistanceFixture.CLERK, () -> statistics.report(VILLAGE, from, to)).stream()
                .filter(value -> value.indicatorId().equals(id)).mapToLong(IndicatorValue::value).findFirst().orElseThrow();
    }

    @Test
    void aHouseholdIsAssessedGivenATeamVisitedEveryTwoWeeksUntilThePlanEndsAndClosedAfterItsEvaluation() {
        CaseRecord family = applyFor("陈秀英");
        assertThat(family.caseNo()).startsWith("BF-");

        WorkItem assessment = as(SPECIALIST, () -> workItems.openFor(cases.get(family.id()))).get(0);
        assertThat(assessment.stepKey()).isEqualTo(FamilyCase.ASSESSMENT);
        as(SPECIALIST, () -> families.assess(family.id(), needsHelp()));
        as(AssistanceFixture.CLERK, () -> families.formTeam(family.id(), team(SPECIALIST)));
        long plannedBefore = indicator("visits-planned", today, today.plusWeeks(7));
        long doneBefore = indicator("visits-done", today, today.plusDays(1));
        long helpedBefore = indicator("households-helped", today, today.plusDays(1));
        CarePlan plan = as(SPECIALIST, () -> families.plan(family.id(),
                new PlanForm("申请助学金，推荐就业", VisitFrequency.BIWEEKLY, today.plusWeeks(6))));

        assertThat(plan.plannedVisits()).isEqualTo(3);
        assertThat(plan.visitDays()).containsExactly(today.plusWeeks(2), today.plusWeeks(4), today.plusWeeks(6));
        assertThat(indicator("visits-planned", today, today.plusWeeks(7))).isEqualTo(plannedBefore + 3);

        // the job executor is off in tests: run the plan's timers by hand, the engine's clock set to their days
        try {
            for (int visit = 1; visit <= 3; visit++) {
                Job due = visitTimer(family);
                assertThat(due.getDuedate().toInstant().atZone(FamilyService.BEIJING).toLocalDate())
                        .isEqualTo(today.plusWeeks(2L * visit));
                ClockUtil.setCurrentTime(new Date(due.getDuedate().getTime() + 60_000));
                management.executeJob(due.getId());
            }
        } finally {
            ClockUtil.reset();
        }
        assertThat(visitTimer(family)).as("no visit beyond the plan's three").isNull();
        assertThat(as(SPECIALIST, () -> workItems.openFor(cases.get(family.id()))))
                .extracting(WorkItem::stepKey).containsExactly("visit", "visit", "visit");
        as(SPECIALIST, () -> families.recordVisit(family.id(), new VisitForm(today, "黄美玲、吴雅婷", "送慰问品，了解孩子学习情况")));
        as(SPECIALIST, () -> families.recordVisit(family.id(), new VisitForm(today, "黄美玲", "协助填写助学金申请")));

        management.executeJob(planEnd(family).getId());
        as(AssistanceFixture.CLERK, () -> families.evaluate(family.id(),
                new EvaluationForm(Evaluation.Outcome.CLOSE, "孩子已获助学金，母亲已就业，达到帮扶目标")));

        FamilyFile file = as(AssistanceFixture.CLERK, () -> families.file(family.id()));
        assertThat(file.caseRecord().status()).isEqualTo(CaseStatus.APPROVED);
        assertThat(file.needs()).hasSize(4);
        assertThat(file.team()).hasValueSatisfying(t -> assertThat(t.specialistName()).isEqualTo("黄美玲"));
        assertThat(file.visits()).hasSize(2);
        assertThat(file.evaluations()).extracting(Evaluation::outcome).containsExactly(Evaluation.Outcome.CLOSE);
        assertThat(as(AssistanceFixture.CLERK, () -> workItems.waitingSteps(file.caseRecord())))
                .as("the missed third visit ended with the case").isEmpty();
        assertThat(indicator("visits-done", today, today.plusDays(1))).isEqualTo(doneBefore + 2);
        assertThat(indicator("households-helped", today, today.plusDays(1))).as("two visits, one household")
                .isEqualTo(helpedBefore + 1);
    }

    @Test
    void anEvaluationAskingForMoreHelpLeadsToANewPlan() {
        CaseRecord family = applyFor("林桂芳");
        as(SPECIALIST, () -> families.assess(family.id(), needsHelp()));
        as(AssistanceFixture.CLERK, () -> families.formTeam(family.id(), team(SPECIALIST)));
        as(SPECIALIST, () -> families.plan(family.id(), new PlanForm("心理疏导", VisitFrequency.MONTHLY, today.plusMonths(1))));
        management.executeJob(planEnd(family).getId());

        as(AssistanceFixture.CLERK, () -> families.evaluate(family.id(),
                new EvaluationForm(Evaluation.Outcome.CONTINUE, "情绪仍不稳定，继续帮扶三个月")));
        as(SPECIALIST, () -> families.plan(family.id(), new PlanForm("继续心理疏导", VisitFrequency.WEEKLY, today.plusMonths(3))));

        FamilyFile file = as(SPECIALIST, () -> families.file(family.id()));
        assertThat(file.plans()).extracting(CarePlan::frequency).containsExactly(VisitFrequency.MONTHLY, VisitFrequency.WEEKLY);
        assertThat(file.caseRecord().status()).isEqualTo(CaseStatus.IN_REVIEW);
    }

    @Test
    void aHouseholdAssessedAsNotNeedingHelpIsRejectedWithTheAssessorsReason() {
        CaseRecord family = applyFor("黄建国");
        NeedsAssessment noNeed = new NeedsAssessment(Map.of(NeedArea.FUNDS, new AreaFinding(0, ""),
                NeedArea.EMPLOYMENT, new AreaFinding(0, ""), NeedArea.PSYCHOLOGICAL, new AreaFinding(0, ""),
                NeedArea.FAMILY_CARE, new AreaFinding(0, "")), false, null);

        assertThatThrownBy(() -> as(SPECIALIST, () -> families.assess(family.id(), noNeed)))
                .isInstanceOf(Problem.class).extracting("messageKey").isEqualTo("opinion.required");
        assertThat(mapper.findNeeds(family.id())).as("nothing kept of the refused assessment").isEmpty();

        as(SPECIALIST, () -> families.assess(family.id(), new NeedsAssessment(noNeed.findings(), false, "子女已就业，收入稳定")));
        assertThat(as(SPECIALIST, () -> cases.get(family.id())).status()).isEqualTo(CaseStatus.REJECTED);
    }

    @Test
    void anAreaWithANeedMustBeDescribed() {
        CaseRecord family = applyFor("吴淑珍");
        NeedsAssessment undescribed = new NeedsAssessment(Map.of(NeedArea.FUNDS, new AreaFinding(3, " "),
                NeedArea.EMPLOYMENT, new AreaFinding(0, ""), NeedArea.PSYCHOLOGICAL, new AreaFinding(0, ""),
                NeedArea.FAMILY_CARE, new AreaFinding(0, "")), true, null);

        assertThatThrownBy(() -> as(SPECIALIST, () -> families.assess(family.id(), undescribed)))
                .isInstanceOfSatisfying(InvalidField.class, invalid -> {
                    assertThat(invalid.field()).isEqualTo("needs.FUNDS");
                    assertThat(invalid.messageKey()).isEqualTo("precise-assistance.family.need.description-required");
                });
    }

    @Test
    void theTeamsSpecialistMustWorkWhereTheHouseholdLives() {
        CaseRecord family = applyFor("刘振华");
        as(SPECIALIST, () -> families.assess(family.id(), needsHelp()));
        String elsewhere = fixture.specialistOf("350583001003", "pa-mz-specialist", "郑慧敏");

        assertThatThrownBy(() -> as(AssistanceFixture.CLERK, () -> families.formTeam(family.id(), team(elsewhere))))
                .isInstanceOfSatisfying(InvalidField.class, invalid ->
                        assertThat(invalid.messageKey()).isEqualTo("precise-assistance.family.team.specialist-elsewhere"));
        assertThat(mapper.findTeam(family.id())).isEmpty();
    }

    @Test
    void aPlanTooShortForASingleVisitIsRefused() {
        CaseRecord family = applyFor("蔡玉兰");
        as(SPECIALIST, () -> families.assess(family.id(), needsHelp()));
        as(AssistanceFixture.CLERK, () -> families.formTeam(family.id(), team(SPECIALIST)));

        assertThatThrownBy(() -> as(SPECIALIST, () -> families.plan(family.id(),
                new PlanForm("走访", VisitFrequency.MONTHLY, today.plusWeeks(2)))))
                .isInstanceOfSatisfying(InvalidField.class, invalid ->
                        assertThat(invalid.messageKey()).isEqualTo("precise-assistance.family.plan.too-short"));
        assertThat(mapper.findPlans(family.id())).isEmpty();
    }

    @Test
    void onlyTheStepsSpecialistMayAssess() {
        CaseRecord family = applyFor("许荣发");
        assertThatThrownBy(() -> as(AssistanceFixture.CLERK, () -> families.assess(family.id(), needsHelp())))
                .isInstanceOf(Problem.class).extracting("messageKey").isEqualTo("precise-assistance.family.step-not-open");
    }

    @Test
    void anAssessmentCannotBeApprovedBareFromTheInboxOrInABatchOnlyOnTheFamilyScreen() {
        CaseRecord family = applyFor("许丽华");
        WorkItem assessment = as(SPECIALIST, () -> workItems.openFor(cases.get(family.id()))).get(0);

        assertThatThrownBy(() -> as(SPECIALIST, () -> workItems.complete(assessment.taskId(),
                io.jiceng.platform.casework.Decision.APPROVE, "同意"))).isInstanceOf(Problem.class)
                .satisfies(refused -> {
                    Problem problem = (Problem) refused;
                    assertThat(problem.messageKey()).isEqualTo("task.module-form");
                    assertThat(context.getMessage(problem.messageKey(), problem.arguments(), java.util.Locale.SIMPLIFIED_CHINESE))
                            .as("the clerk is told where to go").isEqualTo("「需求评估」要在「家庭帮扶档案」中填写办理，不能直接审批或批量审批。");
                    assertThat(context.getMessage(problem.messageKey(), problem.arguments(), java.util.Locale.ENGLISH))
                            .contains("is done in the family file");
                });
        assertThat(as(SPECIALIST, () -> workItems.completeAll(java.util.List.of(assessment.taskId()),
                io.jiceng.platform.casework.Decision.APPROVE, "同意"))).singleElement()
                .satisfies(result -> assertThat(result.problem().messageKey()).isEqualTo("task.module-form"));
        assertThat(as(SPECIALIST, () -> workItems.openFor(cases.get(family.id())))).extracting(WorkItem::stepKey)
                .as("still waiting for its assessment").containsExactly("assessment");

        as(SPECIALIST, () -> families.assess(family.id(), needsHelp()));
        assertThat(as(SPECIALIST, () -> workItems.openFor(cases.get(family.id())))).extracting(WorkItem::stepKey)
                .doesNotContain("assessment");
    }

    @Test
    void theApiOpensAFamilyCaseWithItsDataAndNamesTheMemberAtFault() {
        Resident resident = fixture.residentOf(VILLAGE, "潘碧霞");
        long before = mapper.countFamilies();

        assertThatThrownBy(() -> as(AssistanceFixture.CLERK, () -> intakes.open(new CaseRequest(FamilyCase.MODULE_ID,
                FamilyCase.CASE_TYPE, resident.id(), null, Map.of("householdSize", "many", "difficulty", "无人照料")))))
                .isInstanceOfSatisfying(InvalidField.class, invalid -> assertThat(invalid.field()).isEqualTo("data.householdSize"));
        assertThat(mapper.countFamilies()).isEqualTo(before);

        CaseRecord opened = as(AssistanceFixture.CLERK, () -> intakes.open(new CaseRequest(FamilyCase.MODULE_ID,
                FamilyCase.CASE_TYPE, resident.id(), null, Map.of("householdSize", 2, "difficulty", "老两口无人照料"))));
        assertThat(mapper.findApplication(opened.id())).hasValueSatisfying(application -> {
            assertThat(application.householdSize()).isEqualTo(2);
            assertThat(application.divisionCode()).isEqualTo(VILLAGE);
        });
        assertThat(as(SPECIALIST, () -> workItems.openFor(opened))).extracting(WorkItem::stepKey).containsExactly("assessment");
    }
}
