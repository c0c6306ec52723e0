package io.jiceng.modules.assistance.award;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.calledProcessInstance;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import io.jiceng.modules.assistance.PreciseAssistanceModule;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Every path of the award verification. The review and the notice are the shared building blocks, tested on their
 * own; here stand-ins with one task each play them, and completing that task gives their outcome.
 */
@Deployment(resources = {PreciseAssistanceModule.AWARD_BPMN, "bpmn/precise-assistance/review-stand-in.bpmn",
        "bpmn/precise-assistance/notice-stand-in.bpmn"})
class AwardVerificationProcessTest {

    @RegisterExtension
    static ProcessEngineCoverageExtension engine = ProcessEngineCoverageExtension.builder("process-coverage.cfg.xml")
            .assertClassCoverageAtLeast(1.0).build();

    /** Stands in for the platform's caseLifecycle bean: the case statuses the process set, in order. */
    public static class StatusLog {
        final List<String> statuses = new ArrayList<>();

        public void moveTo(DelegateExecution execution, String status) {
            statuses.add(status);
        }
    }

    /** Stands in for the module's awardOutcomes bean: the outcomes recorded, in order. */
    public static class Outcomes {
        final List<String> recorded = new ArrayList<>();

        public void record(DelegateExecution execution, String outcome) {
            recorded.add(execution.getVariable("caseId") + " " + outcome);
        }
    }

    private final StatusLog statusLog = new StatusLog();
    private final Outcomes outcomes = new Outcomes();

    /** Bpmn assertions on this class's engine: other engines (the Spring contexts' ones) live in the same test JVM. */
    @BeforeEach
    void registerBeans() {
        BpmnAwareTests.init(engine.getProcessEngine());
        Mocks.register("caseLifecycle", statusLog);
        Mocks.register("awardOutcomes", outcomes);
    }

    @AfterEach
    void reset() {
        Mocks.reset();
        BpmnAwareTests.reset();
    }

    private ProcessInstance apply() {
        return runtimeService().startProcessInstanceByKey(PreciseAssistanceModule.AWARD_PROCESS, "JL-2026-000001",
                withVariables("caseId", 7L, "divisionCode", "350583001001", "initiator", "clerk",
                        "reviewRoles", "COMMUNITY_SPECIALIST;TOWNSHIP_REVIEWER;COUNTY_APPROVER",
                        "reviewCodeLengths", "12;9;6", "reviewStepNames", "村级审核;乡镇审核;县级审批", "reviewLevelCount", 3));
    }

    private void review(ProcessInstance application, String outcome) {
        ProcessInstance review = calledProcessInstance(application);
        assertThat(runtimeService().getVariable(review.getId(), "reviewRoles"))
                .isEqualTo("COMMUNITY_SPECIALIST;TOWNSHIP_REVIEWER;COUNTY_APPROVER");
        complete(task(review), withVariables("reviewOutcome", outcome));
    }

    private void notice(ProcessInstance application, String outcome) {
        ProcessInstance notice = calledProcessInstance("public-notice-entry", application);
        assertThat(runtimeService().getVariable(notice.getId(), "noticeProcedure")).isEqualTo(PreciseAssistanceModule.AWARD_NOTICE);
        assertThat(runtimeService().getVariable(notice.getId(), "caseId")).isEqualTo(7L);
        complete(task(notice), withVariables("noticeOutcome", outcome));
    }

    @Test
    void anApplicationApprovedAtAllLevelsThatPassesItsNoticeIsConfirmed() {
        ProcessInstance application = apply();
        assertThat(application).isWaitingAt("review");

        review(application, "APPROVED");
        assertThat(application).isWaitingAt("notice");
        notice(application, "PASSED");

        assertThat(application).isEnded().hasPassedInOrder("review", "notice", "confirmed");
        assertThat(outcomes.recorded).containsExactly("7 CONFIRMED");
        assertThat(statusLog.statuses).containsExactly("APPROVED");
    }

    @Test
    void anApplicationRejectedInReviewNeverGoesToTheNotice() {
        ProcessInstance application = apply();

        review(application, "REJECTED");

        assertThat(application).isEnded().hasPassed("rejected").hasNotPassed("notice");
        assertThat(outcomes.recorded).containsExactly("7 REJECTED");
        assertThat(statusLog.statuses).containsExactly("REJECTED");
    }

    @Test
    void anUpheldObjectionDuringTheNoticeRejectsTheApplication() {
        ProcessInstance application = apply();
        review(application, "APPROVED");

        notice(application, "REMOVED");

        assertThat(application).isEnded().hasPassed("removedByObjection").hasNotPassed("confirmed");
        assertThat(outcomes.recorded).containsExactly("7 REMOVED");
        assertThat(statusLog.statuses).containsExactly("REJECTED");
    }

    @Test
    void anApplicationWithdrawnDuringReviewEndsWithdrawn() {
        ProcessInstance application = apply();

        review(application, "WITHDRAWN");

        assertThat(application).isEnded().hasPassed("withdrawn").hasNotPassed("notice");
        assertThat(outcomes.recorded).containsExactly("7 WITHDRAWN");
        assertThat(statusLog.statuses).containsExactly("WITHDRAWN");
    }
}
