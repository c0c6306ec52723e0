package io.jiceng.bpmn.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import io.jiceng.bpmn.PlatformStandIns;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;

/** Every path of the resident-record correction request. */
@Deployment(resources = "bpmn/core/resident-correction.bpmn")
class ResidentCorrectionProcessTest {

    @RegisterExtension
    static ProcessEngineCoverageExtension engine = ProcessEngineCoverageExtension.builder()
            .assertClassCoverageAtLeast(1.0).build();

    private static final String REVIEWERS = "TOWNSHIP_REVIEWER@350583001";

    private PlatformStandIns platform;
    private final List<Object> correctedCases = new ArrayList<>();

    @BeforeEach
    void registerBeans() {
        platform = PlatformStandIns.register();
        Mocks.register("residentCorrectionApplier", (JavaDelegate) execution -> correctedCases.add(execution.getVariable("caseId")));
    }

    @AfterEach
    void reset() {
        Mocks.reset();
    }

    private ProcessInstance submit() {
        return runtimeService().startProcessInstanceByKey("resident-correction", "RC-2026-000001",
                withVariables("caseId", 42L, "divisionCode", "350583001001", "initiator", "clerk", "reviewerGroup", REVIEWERS));
    }

    @Test
    void aSubmittedRequestWaitsForTheTownshipReviewerWithADueDate() {
        java.time.Instant before = java.time.Instant.now();
        ProcessInstance instance = submit();
        java.time.Instant after = java.time.Instant.now();

        assertThat(instance).isWaitingAt("townshipReview");
        assertThat(task(instance)).hasCandidateGroup(REVIEWERS).isNotAssigned();
        // 5 working days (the stand-in counts calendar days); the engine keeps due dates to the millisecond or second
        assertThat(task(instance).getDueDate().toInstant()).as("due in 5 working days")
                .isBetween(before.plus(java.time.Duration.ofDays(5)).minusSeconds(1), after.plus(java.time.Duration.ofDays(5)));
        assertThat(platform.statuses()).containsExactly("IN_REVIEW");
    }

    @Test
    void anApprovedRequestUpdatesTheResidentRecord() {
        ProcessInstance instance = submit();

        complete(task(instance), withVariables("decision", "APPROVE"));

        assertThat(instance).hasPassedInOrder("townshipReview", "applyCorrection", "approved").isEnded();
        assertThat(correctedCases).containsExactly(42L);
        assertThat(platform.statuses()).containsExactly("IN_REVIEW", "APPROVED");
    }

    @Test
    void aRejectedRequestEndsWithoutTouchingTheRecord() {
        ProcessInstance instance = submit();

        complete(task(instance), withVariables("decision", "REJECT"));

        assertThat(instance).hasPassed("rejected").hasNotPassed("applyCorrection").isEnded();
        assertThat(correctedCases).isEmpty();
        assertThat(platform.statuses()).containsExactly("IN_REVIEW", "REJECTED");
    }

    @Test
    void aReturnedRequestGoesBackToTheClerkAndAfterResubmissionToTheSameReview() {
        ProcessInstance instance = submit();

        complete(task(instance), withVariables("decision", "RETURN"));
        assertThat(instance).isWaitingAt("revise");
        assertThat(task(instance)).isAssignedTo("clerk");

        complete(task(instance), withVariables("decision", "RESUBMIT"));
        assertThat(instance).isWaitingAt("townshipReview");
        assertThat(task(instance)).hasCandidateGroup(REVIEWERS);

        complete(task(instance), withVariables("decision", "APPROVE"));
        assertThat(instance).isEnded().hasPassed("approved");
        assertThat(platform.statuses()).containsExactly("IN_REVIEW", "RETURNED", "IN_REVIEW", "APPROVED");
    }

    @Test
    void theClerkMayWithdrawAReturnedRequest() {
        ProcessInstance instance = submit();

        complete(task(instance), withVariables("decision", "RETURN"));
        complete(task(instance), withVariables("decision", "WITHDRAW"));

        assertThat(instance).hasPassed("withdrawn").hasNotPassed("applyCorrection").isEnded();
        assertThat(platform.statuses()).containsExactly("IN_REVIEW", "RETURNED", "WITHDRAWN");
    }
}
