package io.jiceng.bpmn.notice;

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
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** An objection against a notice entry becomes an investigation whose finding decides the entry's fate. */
@Deployment(resources = "bpmn/notice/notice-objection.bpmn")
class NoticeObjectionProcessTest {

    @RegisterExtension
    static ProcessEngineCoverageExtension engine = ProcessEngineCoverageExtension.builder()
            .assertClassCoverageAtLeast(1.0).build();

    private static final String INVESTIGATORS = "TOWNSHIP_REVIEWER@350583001";

    private PlatformStandIns platform;

    @BeforeEach
    void registerBeans() {
        platform = PlatformStandIns.register();
    }

    @AfterEach
    void reset() {
        Mocks.reset();
    }

    private ProcessInstance object() {
        ProcessInstance objection = runtimeService().startProcessInstanceByKey("notice-objection", withVariables(
                "caseId", 41L, "divisionCode", "350583001001", "noticeId", 7L, "objectionId", 3L,
                "noticeInvestigators", INVESTIGATORS));
        assertThat(objection).isWaitingAt("investigate");
        assertThat(task(objection)).hasName("异议调查核实").hasCandidateGroup(INVESTIGATORS).isNotAssigned();
        return objection;
    }

    @Test
    void theTownshipInvestigatesAndAnUpheldObjectionRemovesTheEntry() {
        ProcessInstance objection = object();

        complete(task(objection), withVariables("decision", "UPHOLD"));

        assertThat(objection).isEnded().hasPassed("upheld");
        assertThat(platform.noticeCalls()).containsExactly("upheld 3");
    }

    @Test
    void aDismissedObjectionLeavesTheEntryInTheNotice() {
        ProcessInstance objection = object();

        complete(task(objection), withVariables("decision", "DISMISS"));

        assertThat(objection).isEnded().hasPassed("dismissed");
        assertThat(platform.noticeCalls()).containsExactly("dismissed 3");
    }
}
