package io.jiceng.modules.assistance.family;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.managementService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Every path of 家庭帮扶: assessment, team, plan, visits on the plan's cycle, evaluation. */
@Deployment(resources = "bpmn/precise-assistance/family-assistance.bpmn")
class FamilyAssistanceProcessTest {

    @RegisterExtension
    static ProcessEngineCoverageExtension engine = ProcessEngineCoverageExtension.builder("process-coverage.cfg.xml")
            .assertClassCoverageAtLeast(1.0).build();

    private static final String SPECIALISTS = "COMMUNITY_SPECIALIST@350583001001";
    private static final String STREET_OFFICE = "STREET_CLERK@350583001";
    private static final Instant PLAN_MADE = Instant.parse("2026-03-02T01:00:00Z");
    private static final Duration TWO_WEEKS = Duration.ofDays(14);

    /** Stands in for the platform's caseLifecycle bean. */
    public static class StatusLog {
        final List<String> statuses = new ArrayList<>();

        public void moveTo(DelegateExecution execution, String status) {
            statuses.add(status);
        }
    }

    /** Stands in for the platform's workingDays calendar. */
    public static class DueDates {
        public Date dueIn(int workingDays) {
            return Date.from(ClockUtil.getCurrentTime().toInstant().plus(Duration.ofDays(workingDays)));
        }
    }

    private final StatusLog statusLog = new StatusLog();

    /** Bpmn assertions on this class's engine: other engines (the Spring contexts' ones) live in the same test JVM. */
    @BeforeEach
    void registerBeans() {
        BpmnAwareTests.init(engine.getProcessEngine());
        Mocks.register("caseLifecycle", statusLog);
        Mocks.register("workingDays", new DueDates());
        ClockUtil.setCurrentTime(Date.from(PLAN_MADE));
    }

    @AfterEach
    void reset() {
        Mocks.reset();
        ClockUtil.reset();
        BpmnAwareTests.reset();
    }

    private ProcessInstance apply() {
        return runtimeService().startProcessInstanceByKey(FamilyCase.PROCESS_KEY, withVariables("caseId", 1L,
                "divisionCode", "350583001001", "specialistGroup", SPECIALISTS, "streetGroup", STREET_OFFICE));
    }

    /** Assessed as needing help, team formed with 黄美玲 as specialist, plan of three fortnightly visits. */
    private ProcessInstance planned() {
        ProcessInstance family = apply();
        complete(task(family), withVariables("decision", "APPROVE"));
        assertThat(task(family)).hasDefinitionKey("team").hasCandidateGroup(STREET_OFFICE);
        complete(task(family), withVariables("decision", "APPROVE", "teamSpecialist", "specialist"));
        assertThat(task(family)).hasDefinitionKey("plan").isAssignedTo("specialist");
        complete(task(family), planOfThreeVisits());
        return family;
    }

    private static java.util.Map<String, Object> planOfThreeVisits() {
        return withVariables("decision", "APPROVE", "visitCycle", "R3/P14D", "visitInterval", "P14D",
                "planEndsAt", Date.from(PLAN_MADE.plus(Duration.ofDays(43))));
    }

    private static Job job(String activityId) {
        return managementService().createJobQuery().activityId(activityId).singleResult();
    }

    private static List<Task> openVisits(ProcessInstance family) {
        return taskQuery().processInstanceId(family.getId()).taskDefinitionKey("visit").orderByTaskCreateTime().asc().list();
    }

    /** Runs a timer's job as the job executor would, a moment after it fell due. */
    private static void runJobAtItsTime(Job job) {
        ClockUtil.setCurrentTime(Date.from(job.getDuedate().toInstant().plusSeconds(60)));
        execute(job);
    }

    @Test
    void aHouseholdAssessedAsNotNeedingHelpEndsRejected() {
        ProcessInstance family = apply();
        assertThat(family).isWaitingAt("assessment");
        assertThat(task(family)).hasCandidateGroup(SPECIALISTS);

        complete(task(family), withVariables("decision", "REJECT"));

        assertThat(family).hasPassed("notNeeded").isEnded();
        assertThat(statusLog.statuses).containsExactly("REJECTED");
    }

    @Test
    void aHouseholdsPlanCreatesAVisitEveryTwoWeeksUntilThePlanEnds() {
        ProcessInstance family = planned();
        assertThat(family).isWaitingAt("planEnds");

        for (int visit = 1; visit <= 3; visit++) {
            Job due = job("visitDue");
            assertThat(due.getDuedate()).isEqualTo(Date.from(PLAN_MADE.plus(TWO_WEEKS.multipliedBy(visit))));
            runJobAtItsTime(due);
            Task opened = openVisits(family).get(openVisits(family).size() - 1);
            assertThat(opened.getAssignee()).isEqualTo("specialist");
            assertThat(opened.getDueDate()).as("a visit is due before the next one")
                    .isEqualTo(Date.from(opened.getCreateTime().toInstant().plus(TWO_WEEKS)));
            if (visit != 2) {
                complete(opened, withVariables("decision", "APPROVE"));
            }
        }
        assertThat(job("visitDue")).as("no visit after the last one that fits in the plan").isNull();

        runJobAtItsTime(job("planEnds"));

        List<Task> missed = openVisits(family);
        assertThat(missed).hasSize(1);
        assertThat(missed.get(0).getDueDate()).as("the missed second visit stays open, overdue")
                .isBefore(ClockUtil.getCurrentTime());

        assertThat(family).isWaitingAt("evaluation", "visit");
        assertThat(task("evaluation", family)).hasCandidateGroup(STREET_OFFICE);
        assertThat(statusLog.statuses).isEmpty();
    }

    @Test
    void anEvaluationMayAskForANewPlanAndThenClosesTheCaseEndingMissedVisits() {
        ProcessInstance family = planned();
        runJobAtItsTime(job("visitDue"));
        runJobAtItsTime(job("planEnds"));
        assertThat(job("visitDue")).as("the plan's cycle ends with the plan").isNull();

        complete(task("evaluation", family), withVariables("decision", "RETURN"));
        assertThat(task("plan", family)).isAssignedTo("specialist");
        complete(task("plan", family), planOfThreeVisits());
        runJobAtItsTime(job("planEnds"));
        complete(task("evaluation", family), withVariables("decision", "APPROVE"));

        assertThat(family).hasPassed("closed").isEnded();
        assertThat(openVisits(family)).isEmpty();
        assertThat(statusLog.statuses).containsExactly("APPROVED");
    }
}
