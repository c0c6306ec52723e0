package io.jiceng.bpmn.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import io.jiceng.bpmn.PlatformStandIns;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;

/** Every path of the multi-level review building block, with village → township → county as the levels. */
@Deployment(resources = "bpmn/review/multi-level-review.bpmn")
class MultiLevelReviewProcessTest {

    @RegisterExtension
    static ProcessEngineCoverageExtension engine = ProcessEngineCoverageExtension.builder()
            .assertClassCoverageAtLeast(1.0).build();

    private static final String VILLAGE = "COMMUNITY_SPECIALIST@350583001001";
    private static final String TOWNSHIP = "TOWNSHIP_REVIEWER@350583001";
    private static final String COUNTY = "COUNTY_APPROVER@350583";

    private PlatformStandIns platform;

    @BeforeEach
    void registerBeans() {
        platform = PlatformStandIns.register();
    }

    @AfterEach
    void reset() {
        Mocks.reset();
    }

    private ProcessInstance startThreeLevels() {
        return runtimeService().startProcessInstanceByKey("multi-level-review", withVariables(
                "divisionCode", "350583001001", "initiator", "clerk",
                "reviewRoles", "COMMUNITY_SPECIALIST;TOWNSHIP_REVIEWER;COUNTY_APPROVER",
                "reviewCodeLengths", "12;9;6", "reviewStepNames", "村级审核;乡镇审核;县级审批", "reviewLevelCount", 3));
    }

    private void decide(ProcessInstance instance, String expectedGroup, String decision) {
        assertThat(instance).isWaitingAt("review");
        assertThat(task(instance)).hasCandidateGroup(expectedGroup);
        complete(task(instance), withVariables("decision", decision));
    }

    private String outcome(ProcessInstance instance) {
        return (String) org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.historyService()
                .createHistoricVariableInstanceQuery().processInstanceId(instance.getId()).variableName("reviewOutcome")
                .singleResult().getValue();
    }

    @Test
    void eachLevelReviewsInTurnAtItsOwnDivisionAndTheLastApprovalEndsApproved() {
        ProcessInstance instance = startThreeLevels();

        assertThat(task(instance)).hasName("村级审核").isNotAssigned();
        decide(instance, VILLAGE, "APPROVE");
        assertThat(task(instance)).hasName("乡镇审核");
        decide(instance, TOWNSHIP, "APPROVE");
        assertThat(task(instance)).hasName("县级审批");
        decide(instance, COUNTY, "APPROVE");

        assertThat(instance).isEnded().hasPassed("approved");
        assertThat(outcome(instance)).isEqualTo("APPROVED");
        assertThat(platform.statuses()).containsExactly("IN_REVIEW", "IN_REVIEW", "IN_REVIEW");
    }

    @Test
    void aRejectionAtAnyLevelEndsTheReviewRejected() {
        ProcessInstance instance = startThreeLevels();

        decide(instance, VILLAGE, "APPROVE");
        decide(instance, TOWNSHIP, "REJECT");

        assertThat(instance).isEnded().hasPassed("rejected");
        assertThat(outcome(instance)).isEqualTo("REJECTED");
    }

    @Test
    void aCaseReturnedByTheCountyComesBackToTheCountyAfterTheApplicantResubmits() {
        ProcessInstance instance = startThreeLevels();
        decide(instance, VILLAGE, "APPROVE");
        decide(instance, TOWNSHIP, "APPROVE");

        decide(instance, COUNTY, "RETURN");
        assertThat(instance).isWaitingAt("revise");
        assertThat(task(instance)).isAssignedTo("clerk");
        complete(task(instance), withVariables("decision", "RESUBMIT"));

        decide(instance, COUNTY, "APPROVE");
        assertThat(instance).isEnded();
        assertThat(outcome(instance)).isEqualTo("APPROVED");
        assertThat(platform.statuses()).containsExactly("IN_REVIEW", "IN_REVIEW", "IN_REVIEW", "RETURNED", "IN_REVIEW");
    }

    @Test
    void aLevelMayReturnTheCaseToThePreviousLevelWhichThenSendsItUpAgain() {
        ProcessInstance instance = startThreeLevels();
        decide(instance, VILLAGE, "APPROVE");

        decide(instance, TOWNSHIP, "RETURN_PREVIOUS");
        assertThat(task(instance)).hasName("村级审核");
        decide(instance, VILLAGE, "APPROVE");
        decide(instance, TOWNSHIP, "APPROVE");
        decide(instance, COUNTY, "APPROVE");

        assertThat(outcome(instance)).isEqualTo("APPROVED");
    }

    @Test
    void theFirstLevelReturningToThePreviousLevelReturnsToTheApplicant() {
        ProcessInstance instance = startThreeLevels();

        decide(instance, VILLAGE, "RETURN_PREVIOUS");

        assertThat(instance).isWaitingAt("revise");
        assertThat(task(instance)).isAssignedTo("clerk");
    }

    @Test
    void theApplicantMayWithdrawAReturnedCase() {
        ProcessInstance instance = startThreeLevels();
        decide(instance, VILLAGE, "RETURN");

        complete(task(instance), withVariables("decision", "WITHDRAW"));

        assertThat(instance).isEnded().hasPassed("withdrawn");
        assertThat(outcome(instance)).isEqualTo("WITHDRAWN");
    }

    @Test
    void aSingleLevelIsEnough() {
        ProcessInstance instance = runtimeService().startProcessInstanceByKey("multi-level-review", withVariables(
                "divisionCode", "350583001001", "initiator", "clerk", "reviewRoles", "TOWNSHIP_REVIEWER",
                "reviewCodeLengths", "9", "reviewStepNames", "街道审核", "reviewLevelCount", 1));

        decide(instance, TOWNSHIP, "APPROVE");

        assertThat(outcome(instance)).isEqualTo("APPROVED");
    }
}
